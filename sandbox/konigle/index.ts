import { createClock, type SandboxClock } from '../kit/clock.js';
import { json } from '../kit/router.js';
import { startSandboxServer, type SandboxServer } from '../kit/server.js';
import type { WebhookTarget } from '../kit/webhooks.js';
import { tokenAuthentication } from './auth.js';
import { campaignActionRoutes } from './campaign-actions.js';
import { campaignRoutes } from './campaign-routes.js';
import { contactRoutes } from './contact-routes.js';
import { controlRoutes } from './control.js';
import { advanceKonigle, forceStatus } from './lifecycle.js';
import { newestFirst } from './paging.js';
import { seedKonigle } from './seed.js';
import type { ExecutionStatus, KonigleStatus } from './state.js';
import { KonigleStore } from './store.js';
import { campaignView, contactView, type KonigleCampaignWire, type KonigleContactWire } from './views.js';

export { DEMO_AUDIENCES, DEMO_CAMPAIGNS, DEMO_CHANNELS, DEMO_CONTACTS, DEMO_TEMPLATES } from './seed.js';
export { FAST_SEND_MS } from './lifecycle.js';
export { CAMPAIGN_STATUSES, EXECUTION_STATUSES, type ExecutionStatus, type KonigleStatus } from './state.js';
export type { KonigleWebhookEvent } from './store.js';
export type { KonigleCampaignWire, KonigleContactWire } from './views.js';

/** The API key the simulator accepts unless told otherwise (`Authorization: Token test_konigle_sandbox_key`). */
export const DEFAULT_KONIGLE_CREDENTIALS = { apiKeys: ['test_konigle_sandbox_key'] };

/** How to start the Konigle simulator. */
export interface KonigleSandboxOptions {
  /** Defaults to a manual clock at 2026-01-01T00:00:00Z. */
  clock?: SandboxClock;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Keys accepted in `Authorization: Token <key>`. */
  credentials?: { apiKeys: string[] };
  /** Generated campaigns on top of the named demo ones. */
  seed?: { campaigns?: number };
  /** Receives every campaign and execution status change. */
  webhook?: WebhookTarget;
  /** Randomness for fault rates. */
  random?: () => number;
}

/** A running Konigle simulator plus in-process handles for tests. */
export interface KonigleSandbox extends SandboxServer {
  /** A campaign's detail view, as `GET /campaigns/{id}` answers it. */
  campaign(id: string): KonigleCampaignWire | undefined;
  contact(email: string): KonigleContactWire | undefined;
  /** Forces a campaign status as the platform would (execution follows, webhooks fire). */
  setStatus(id: string, status: KonigleStatus): void;
  setExecutionStatus(id: string, status: ExecutionStatus): void;
  /** Every campaign id, newest first (the list order). */
  campaignIds(): string[];
}

/** Starts the Konigle Reachout simulator: campaigns, their execution and contacts with LTV. */
export async function startKonigleSandbox(options: KonigleSandboxOptions = {}): Promise<KonigleSandbox> {
  const clock = options.clock ?? createClock({ mode: 'manual' });
  const store = new KonigleStore(clock, options.webhook);
  seedKonigle(store, options.seed?.campaigns ?? 0);
  clock.onTick(() => advanceKonigle(store));
  const server = await startSandboxServer({
    name: 'konigle',
    routes: [...campaignRoutes(store), ...campaignActionRoutes(store), ...contactRoutes(store)],
    controlRoutes: controlRoutes(store),
    clock,
    authenticate: tokenAuthentication((options.credentials ?? DEFAULT_KONIGLE_CREDENTIALS).apiKeys),
    notFound: json(404, { detail: 'Not found.' }),
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.random === undefined ? {} : { random: options.random }),
  });
  const find = (id: string) => store.campaigns.get(id);
  return {
    ...server,
    campaign: (id) => {
      const campaign = find(id);
      return campaign && campaignView(campaign, true);
    },
    contact: (email) => {
      const contact = store.contactByEmail(email);
      return contact && contactView(contact);
    },
    setStatus: (id, status) => {
      const campaign = find(id);
      if (campaign) forceStatus(store, campaign, status);
    },
    setExecutionStatus: (id, status) => {
      const campaign = find(id);
      if (campaign) store.setExecutionStatus(campaign, status);
    },
    campaignIds: () => [...store.campaigns.values()].sort(newestFirst).map((c) => c.id),
  };
}
