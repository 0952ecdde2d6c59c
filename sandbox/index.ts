import { startBsgSandbox, type BsgSandbox } from './bsg/index.js';
import type { SandboxClock } from './kit/clock.js';
import type { SandboxServer } from './kit/server.js';

/** Every provider simulator, running. */
export interface Sandboxes {
  bsg: BsgSandbox;
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
  const bsg = await startBsgSandbox({ clock: options.clock(), seed });
  const all: SandboxServer[] = [bsg];
  return {
    bsg,
    list: () => all,
    close: async () => {
      await Promise.all(all.map((sandbox) => sandbox.close()));
    },
  };
}
