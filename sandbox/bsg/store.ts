import { createHash, randomBytes } from 'node:crypto';
import type { SandboxClock } from '../kit/clock.js';
import { deliverWebhook, type WebhookTarget } from '../kit/webhooks.js';
import type { BsgCampaignRecord, BsgStatus } from './state.js';

/** The simulator's whole state: campaigns, issued tokens and the duplicate-request guard. */
export class BsgStore {
  readonly campaigns = new Map<number, BsgCampaignRecord>();
  private readonly tokens = new Map<string, { apiKey: string; expiresAt: number }>();
  private readonly recentRequests = new Map<string, number>();
  private nextId = 53_651_990;

  constructor(
    readonly clock: SandboxClock,
    private readonly tokenTtlMs: number,
    private readonly duplicateWindowMs: number,
    private readonly webhook?: WebhookTarget,
  ) {}

  /** Adds a campaign with the next id. */
  insert(record: Omit<BsgCampaignRecord, 'id'>): BsgCampaignRecord {
    this.nextId += 1;
    const stored = { ...record, id: this.nextId };
    this.campaigns.set(stored.id, stored);
    return stored;
  }

  /** Changes a status, stamps it and delivers the webhook when one is configured. */
  setStatus(record: BsgCampaignRecord, status: BsgStatus): void {
    if (record.status === status) return;
    const previousStatus = record.status;
    record.status = status;
    record.statusSince = this.clock.now();
    if (this.webhook) {
      void deliverWebhook(this.webhook, {
        type: 'campaign.status_changed',
        campaignId: String(record.id),
        previousStatus,
        status,
        occurredAt: record.statusSince.toISOString(),
      });
    }
  }

  /** Issues a bearer token for an api key. */
  issueToken(apiKey: string): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { apiKey, expiresAt: this.clock.now().getTime() + this.tokenTtlMs });
    return token;
  }

  /** The api key behind a live token, or undefined for an unknown or expired one. */
  tokenOwner(token: string): string | undefined {
    const entry = this.tokens.get(token);
    if (!entry || entry.expiresAt <= this.clock.now().getTime()) return undefined;
    return entry.apiKey;
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  /** True when the same request (endpoint, body, token) came within the duplicate window; records it either way. */
  isDuplicate(route: string, body: unknown, token: string): boolean {
    const now = this.clock.now().getTime();
    const key = createHash('sha256')
      .update(`${route}\0${token}\0${canonical(body)}`)
      .digest('hex');
    const seen = this.recentRequests.get(key);
    this.recentRequests.set(key, now);
    return seen !== undefined && now - seen < this.duplicateWindowMs;
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}
