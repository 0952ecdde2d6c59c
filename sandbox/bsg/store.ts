import { createHash } from 'node:crypto';
import type { SandboxClock } from '../kit/clock.js';
import { deliverWebhook, type WebhookTarget } from '../kit/webhooks.js';
import { fillWaitingCounters, TERMINAL_STATUSES, type BsgCampaignRecord, type BsgStatus } from './state.js';

/** The status-change event every simulator delivers, with BSG's own ids and status words. */
export interface BsgStatusChangedEvent {
  type: 'campaign.status_changed';
  campaignId: string;
  previousStatus: BsgStatus;
  status: BsgStatus;
  occurredAt: string;
}

/** The simulator's campaigns and its duplicate-request guard. */
export class BsgStore {
  readonly campaigns = new Map<number, BsgCampaignRecord>();
  private readonly recentRequests = new Map<string, number>();
  private nextId = 53_651_990;

  constructor(
    readonly clock: SandboxClock,
    private readonly duplicateWindowMs: number,
    private readonly webhook?: WebhookTarget,
  ) {}

  /** Adds a campaign with the next id (ids grow with creation, like BSG's). */
  insert(record: Omit<BsgCampaignRecord, 'id'>): BsgCampaignRecord {
    this.nextId += 1;
    const stored = { ...record, id: this.nextId };
    this.campaigns.set(stored.id, stored);
    return stored;
  }

  /** Looks a campaign up by its path id; only integer ids exist. */
  find(id: string | number): BsgCampaignRecord | undefined {
    const text = String(id);
    return /^\d+$/.test(text) ? this.campaigns.get(Number(text)) : undefined;
  }

  /** Marks a change that is not a status change (statistics moving). */
  touch(record: BsgCampaignRecord): void {
    record.updatedAt = this.clock.now();
  }

  /** Changes a status, stamps the start and finish times, and delivers the webhook when one is configured. */
  setStatus(record: BsgCampaignRecord, status: BsgStatus): void {
    if (record.status === status) return;
    const previousStatus = record.status;
    const now = this.clock.now();
    record.status = status;
    record.statusSince = now;
    record.updatedAt = now;
    if (status === 'sending') record.realStartAt ??= now;
    if (TERMINAL_STATUSES.has(status)) record.finishedAt ??= now;
    fillWaitingCounters(record);
    if (!this.webhook) return;
    const event: BsgStatusChangedEvent = {
      type: 'campaign.status_changed',
      campaignId: String(record.id),
      previousStatus,
      status,
      occurredAt: now.toISOString(),
    };
    void deliverWebhook(this.webhook, event);
  }

  /**
   * True when the same request (endpoint, canonical body, token) was accepted less than the window ago.
   * Only accepted requests open a window, so a client repeating a refused one is not locked out for longer.
   */
  isDuplicate(endpoint: string, body: unknown, token: string): boolean {
    const now = this.clock.now().getTime();
    if (this.recentRequests.size > 10_000) this.forgetBefore(now - this.duplicateWindowMs);
    const key = createHash('sha256')
      .update(`${endpoint}\0${token}\0${canonical(body)}`)
      .digest('hex');
    const seen = this.recentRequests.get(key);
    if (seen !== undefined && now - seen < this.duplicateWindowMs) return true;
    this.recentRequests.set(key, now);
    return false;
  }

  private forgetBefore(cutoff: number): void {
    for (const [key, at] of this.recentRequests) if (at < cutoff) this.recentRequests.delete(key);
  }
}

/** JSON with object keys sorted at every depth, so key order never hides a duplicate. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}
