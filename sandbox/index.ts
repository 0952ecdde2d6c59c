import { startBsgSandbox, type BsgSandbox } from './bsg/index.js';
import { startKonigleSandbox, type KonigleSandbox } from './konigle/index.js';
import { startPeachSandbox, type PeachSandbox } from './peach/index.js';
import { startSessionMSandbox, type SessionMSandbox } from './sessionm/index.js';
import type { SandboxClock } from './kit/clock.js';
import type { SandboxServer } from './kit/server.js';
import type { WebhookTarget } from './kit/webhooks.js';

/** Every provider simulator, running. */
export interface Sandboxes {
  bsg: BsgSandbox;
  sessionm: SessionMSandbox;
  peach: PeachSandbox;
  konigle: KonigleSandbox;
  /** Each simulator's webhook target (url empty until a receiver is connected). */
  webhooks: Record<string, WebhookTarget>;
  list(): SandboxServer[];
  close(): Promise<void>;
}

export interface SandboxesOptions {
  /** Makes each simulator's clock (one each, so they can be stopped independently). */
  clock: () => SandboxClock;
  /** Generated campaigns per provider on top of the named demo ones. */
  seedCampaigns?: number;
  /** When set, every simulator signs status-change webhooks with it (deliveries start once a url is set). */
  webhookSecret?: string;
}

/** Starts all simulators on free ports. */
export async function startSandboxes(options: SandboxesOptions): Promise<Sandboxes> {
  const seed = { campaigns: options.seedCampaigns ?? 0 };
  const webhooks: Record<string, WebhookTarget> = {};
  const webhook = (provider: string) => {
    if (options.webhookSecret === undefined) return {};
    webhooks[provider] = { url: '', secret: options.webhookSecret };
    return { webhook: webhooks[provider] };
  };
  const [bsg, sessionm, peach, konigle] = await Promise.all([
    startBsgSandbox({ clock: options.clock(), seed, ...webhook('bsg') }),
    startSessionMSandbox({ clock: options.clock(), seed, ...webhook('sessionm') }),
    startPeachSandbox({ clock: options.clock(), seed, ...webhook('peach') }),
    startKonigleSandbox({ clock: options.clock(), seed, ...webhook('konigle') }),
  ]);
  const all: SandboxServer[] = [bsg, sessionm, peach, konigle];
  return {
    bsg,
    sessionm,
    peach,
    konigle,
    webhooks,
    list: () => all,
    close: async () => {
      await Promise.all(all.map((sandbox) => sandbox.close()));
    },
  };
}
