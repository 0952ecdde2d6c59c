import { startBsgSandbox, type BsgSandbox } from './bsg/index.js';
import { startSessionMSandbox, type SessionMSandbox } from './sessionm/index.js';
import type { SandboxClock } from './kit/clock.js';
import type { SandboxServer } from './kit/server.js';

/** Every provider simulator, running. */
export interface Sandboxes {
  bsg: BsgSandbox;
  sessionm: SessionMSandbox;
  list(): SandboxServer[];
  close(): Promise<void>;
}

export interface SandboxesOptions {
  /** Makes each simulator's clock (one each, so they can be stopped independently). */
  clock: () => SandboxClock;
  /** Generated campaigns per provider on top of the named demo ones. */
  seedCampaigns?: number;
}

/** Starts all simulators on free ports. */
export async function startSandboxes(options: SandboxesOptions): Promise<Sandboxes> {
  const seed = { campaigns: options.seedCampaigns ?? 0 };
  const [bsg, sessionm] = await Promise.all([
    startBsgSandbox({ clock: options.clock(), seed }),
    startSessionMSandbox({ clock: options.clock(), seed }),
  ]);
  const all: SandboxServer[] = [bsg, sessionm];
  return {
    bsg,
    sessionm,
    list: () => all,
    close: async () => {
      await Promise.all(all.map((sandbox) => sandbox.close()));
    },
  };
}
