import { createClock, type SandboxClock } from '../kit/clock.js';
import { startSandboxServer, type SandboxServer } from '../kit/server.js';
import { deliverWebhook, type WebhookTarget } from '../kit/webhooks.js';
import { DEFAULT_SESSIONM_CREDENTIALS, sessionmAuthenticator, type SessionMCredentials } from './auth.js';
import { sessionmControlRoutes, stateView } from './control.js';
import { customerRoutes } from './customer-routes.js';
import { ROUTE_NOT_FOUND } from './errors.js';
import { startLifecycle } from './lifecycle.js';
import { customerState, type CustomerState } from './progress.js';
import { campaignRoutes } from './routes.js';
import { seedSessionM } from './seed.js';
import { SessionMStore, type CampaignStatus, type StatusChange } from './state.js';
import { isoDate } from './views.js';

export { DEFAULT_SESSIONM_CREDENTIALS, type SessionMCredentials } from './auth.js';
export { DEMO_CAMPAIGN_IDS, DEMO_USERS } from './seed.js';
export { CAMPAIGN_STATUSES, type CampaignStatus } from './state.js';
export type { CustomerState } from './progress.js';

/** How to start the SessionM simulator; every field has a default suited to tests. */
export interface SessionMSandboxOptions {
  clock?: SandboxClock;
  port?: number;
  credentials?: SessionMCredentials;
  /** Extra generated campaigns on top of the named demo ones; same options give the same data. */
  seed?: { campaigns?: number };
  /** Receives `campaign.status_changed` for every status change. */
  webhook?: WebhookTarget;
  random?: () => number;
}

/** The webhook body sent for every campaign status change, in the provider's ids and status words. */
export interface SessionMStatusChangedEvent {
  type: 'campaign.status_changed';
  campaignId: number;
  previousStatus: CampaignStatus;
  status: CampaignStatus;
  occurredAt: string;
}

/** A running SessionM simulator plus in-process helpers for tests. */
export type SessionMSandbox = SandboxServer & {
  credentials: SessionMCredentials;
  store: SessionMStore;
  /** Forces a provider status (id or permalink), exactly like the control route. */
  setStatus(id: number | string, status: CampaignStatus): void;
  /** The stored campaign as `/__sandbox/state` shows it, or undefined. */
  campaign(id: number | string): ReturnType<typeof stateView> | undefined;
  /** The customer's state in a campaign (internal or external user id). */
  customerState(userId: string, campaignId: number): CustomerState | undefined;
  /** Resolves when every webhook sent so far has been answered (or has failed). */
  webhooksSettled(): Promise<void>;
};

/** Starts the SessionM Campaigns API simulator on its own port. */
export async function startSessionMSandbox(options: SessionMSandboxOptions = {}): Promise<SessionMSandbox> {
  const clock = options.clock ?? createClock({ mode: 'manual' });
  const credentials = options.credentials ?? DEFAULT_SESSIONM_CREDENTIALS;
  const store = new SessionMStore(clock);
  const pending = new Set<Promise<number>>();
  const webhook = options.webhook;
  if (webhook !== undefined) {
    store.onStatusChange((change: StatusChange) => {
      const event: SessionMStatusChangedEvent = {
        type: 'campaign.status_changed',
        campaignId: change.campaign.id,
        previousStatus: change.previousStatus,
        status: change.status,
        occurredAt: isoDate(change.at),
      };
      const delivery = deliverWebhook(webhook, event);
      pending.add(delivery);
      void delivery.then(() => pending.delete(delivery));
    });
  }
  seedSessionM(store, options.seed?.campaigns ?? 0);
  startLifecycle(store);

  const server = await startSandboxServer({
    name: 'sessionm',
    routes: [...campaignRoutes(store), ...customerRoutes(store)],
    controlRoutes: sessionmControlRoutes(store),
    clock,
    authenticate: sessionmAuthenticator(credentials, store),
    notFound: ROUTE_NOT_FOUND,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.random !== undefined ? { random: options.random } : {}),
  });
  const find = (id: number | string) => store.campaignById(String(id)) ?? store.campaignByPermalink(String(id));

  return {
    ...server,
    credentials,
    store,
    setStatus(id, status) {
      const campaign = find(id);
      if (campaign === undefined) throw new Error(`unknown SessionM campaign ${id}`);
      store.setStatus(campaign, status);
    },
    campaign(id) {
      const campaign = find(id);
      return campaign === undefined ? undefined : stateView(store, campaign);
    },
    customerState(userId, campaignId) {
      const user = store.users.get(userId) ?? store.userByExternalId(userId);
      const campaign = store.campaigns.get(campaignId);
      if (user === undefined || campaign === undefined) return undefined;
      return customerState(campaign, user, store.peekParticipation(user.id, campaign.id));
    },
    async webhooksSettled() {
      await Promise.all([...pending]);
    },
  };
}
