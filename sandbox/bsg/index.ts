import { createClock, type SandboxClock } from '../kit/clock.js';
import { json } from '../kit/router.js';
import { startSandboxServer, type SandboxServer } from '../kit/server.js';
import type { WebhookTarget } from '../kit/webhooks.js';
import { bsgControlRoutes } from './control.js';
import { advanceBsg, DEFAULT_BSG_TIMINGS, type BsgTimings } from './lifecycle.js';
import { bearerOf, bsgRoutes } from './routes.js';
import { seedBsg } from './seed.js';
import { toCampaignSchema, type BsgCampaignRecord, type BsgStatus } from './state.js';
import { BsgStore } from './store.js';

/** Api keys the simulator accepts when none are configured. */
export const DEFAULT_BSG_CREDENTIALS = { apiKeys: ['test_sandbox_bsg_key'] };

export interface BsgSandboxOptions {
  clock?: SandboxClock;
  port?: number;
  credentials?: { apiKeys: string[] };
  seed?: { campaigns?: number };
  webhook?: WebhookTarget;
  random?: () => number;
  /** Lifetime of issued bearer tokens (clock time); default one hour. */
  tokenTtlMs?: number;
  /** Window of the duplicate-request guard (clock time); default 10 s. */
  duplicateWindowMs?: number;
  timings?: Partial<BsgTimings>;
}

/** A running BSG simulator and its in-process handles. */
export interface BsgSandbox extends SandboxServer {
  campaign(id: number): ReturnType<typeof toCampaignSchema> | undefined;
  setStatus(id: number, status: BsgStatus): void;
  /** Every campaign id, oldest first. */
  campaignIds(): number[];
}

/** Starts the BSG One-API simulator. */
export async function startBsgSandbox(options: BsgSandboxOptions = {}): Promise<BsgSandbox> {
  const clock = options.clock ?? createClock({ mode: 'manual' });
  const store = new BsgStore(
    clock,
    options.tokenTtlMs ?? 3_600_000,
    options.duplicateWindowMs ?? 10_000,
    options.webhook,
  );
  seedBsg(store, options.seed?.campaigns ?? 0);
  const timings = { ...DEFAULT_BSG_TIMINGS, ...options.timings };
  clock.onTick(() => advanceBsg(store, timings));
  const apiKeys = new Set((options.credentials ?? DEFAULT_BSG_CREDENTIALS).apiKeys);
  const server = await startSandboxServer({
    name: 'bsg',
    routes: bsgRoutes(store, apiKeys),
    controlRoutes: bsgControlRoutes(store),
    clock,
    publicRoutes: ['auth.login'],
    authenticate: (request) => {
      const token = bearerOf(request);
      return token && store.tokenOwner(token) ? undefined : json(401, { message: 'Unauthenticated.' });
    },
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const find = (id: number): BsgCampaignRecord | undefined => store.campaigns.get(id);
  return {
    ...server,
    campaign: (id) => {
      const record = find(id);
      return record ? toCampaignSchema(record) : undefined;
    },
    setStatus: (id, status) => {
      const record = find(id);
      if (record) store.setStatus(record, status);
    },
    campaignIds: () => [...store.campaigns.keys()],
  };
}
