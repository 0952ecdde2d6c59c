import { createClock, type SandboxClock } from '../kit/clock.js';
import { startSandboxServer, type SandboxServer } from '../kit/server.js';
import type { WebhookTarget } from '../kit/webhooks.js';
import { bearerOf, TokenBook } from './auth.js';
import { bsgControlRoutes } from './control.js';
import { UNAUTHENTICATED } from './errors.js';
import { advanceBsg, DEFAULT_BSG_TIMINGS, type BsgTimings } from './lifecycle.js';
import { bsgRoutes } from './routes.js';
import { seedBsg } from './seed.js';
import {
  toCampaignSchema,
  toDetailSchema,
  type BsgCampaignDetailWire,
  type BsgCampaignWire,
  type BsgStatus,
} from './state.js';
import { BsgStore } from './store.js';

export type { BsgStatusChangedEvent } from './store.js';
export type { BsgCampaignDetailWire, BsgCampaignWire, BsgStatus } from './state.js';
export { DEFAULT_BSG_TIMINGS, MODERATION_TRIGGER, type BsgTimings } from './lifecycle.js';

/** Api keys the simulator accepts when none are configured (BSG keys are `live_…` or `test_…`). */
export const DEFAULT_BSG_CREDENTIALS = { apiKeys: ['test_sandbox_bsg_key'] };

/** Bearer lifetime when none is configured: 30 days, as in the spec's example JWT. */
export const DEFAULT_BSG_TOKEN_TTL_MS = 30 * 24 * 3_600_000;

/** Window of the duplicate-request guard when none is configured. */
export const DEFAULT_BSG_DUPLICATE_WINDOW_MS = 10_000;

export interface BsgSandboxOptions {
  /** Defaults to a manual clock starting at 2026-01-01T00:00:00Z. */
  clock?: SandboxClock;
  /** Defaults to 0 (a free port). */
  port?: number;
  /** Api keys `/api/auth/login` exchanges for a bearer. */
  credentials?: { apiKeys: string[] };
  /** Generated campaigns on top of the named demo ones. */
  seed?: { campaigns?: number };
  /** Receives `campaign.status_changed` for every status change. */
  webhook?: WebhookTarget;
  /** Source of randomness for fault rates. */
  random?: () => number;
  /** Lifetime of issued bearer tokens, in clock time. */
  tokenTtlMs?: number;
  /** Window of the duplicate-request guard, in clock time. */
  duplicateWindowMs?: number;
  timings?: Partial<BsgTimings>;
}

/** A running BSG simulator and its in-process handles. */
export interface BsgSandbox extends SandboxServer {
  /** A campaign as `GET /api/campaigns/{id}` answers it. */
  campaign(id: number | string): BsgCampaignWire | undefined;
  /** A campaign as `GET /api/campaigns/{id}/detail` answers it. */
  detail(id: number | string): BsgCampaignDetailWire | undefined;
  /** Forces a status like the platform would (stamps times, fires the webhook). */
  setStatus(id: number | string, status: BsgStatus): void;
  /** Every campaign id, oldest first. */
  campaignIds(): number[];
}

/** Starts the BSG One-API simulator: login/refresh, campaign list/get/detail/price/send/stop, a clock-driven lifecycle. */
export async function startBsgSandbox(options: BsgSandboxOptions = {}): Promise<BsgSandbox> {
  const clock = options.clock ?? createClock({ mode: 'manual' });
  const store = new BsgStore(clock, options.duplicateWindowMs ?? DEFAULT_BSG_DUPLICATE_WINDOW_MS, options.webhook);
  const tokens = new TokenBook(clock, options.tokenTtlMs ?? DEFAULT_BSG_TOKEN_TTL_MS);
  seedBsg(store, options.seed?.campaigns ?? 0);
  const timings = { ...DEFAULT_BSG_TIMINGS, ...options.timings };
  clock.onTick(() => advanceBsg(store, timings));
  const server = await startSandboxServer({
    name: 'bsg',
    routes: bsgRoutes(store, tokens, (options.credentials ?? DEFAULT_BSG_CREDENTIALS).apiKeys),
    controlRoutes: bsgControlRoutes(store),
    clock,
    publicRoutes: ['auth.login'],
    authenticate: (request) => (tokens.owner(bearerOf(request)) === undefined ? UNAUTHENTICATED : undefined),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  return {
    ...server,
    campaign: (id) => {
      const record = store.find(id);
      return record ? toCampaignSchema(record) : undefined;
    },
    detail: (id) => {
      const record = store.find(id);
      return record ? toDetailSchema(record) : undefined;
    },
    setStatus: (id, status) => {
      const record = store.find(id);
      if (record) store.setStatus(record, status);
    },
    campaignIds: () => [...store.campaigns.keys()],
  };
}
