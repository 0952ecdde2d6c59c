import type { SandboxClock } from '../kit/clock.js';
import { deliverWebhook, type WebhookTarget } from '../kit/webhooks.js';
import type {
  ExecutionStatus,
  KonigleAudience,
  KonigleCampaign,
  KonigleChannel,
  KonigleContact,
  KonigleStatus,
  KonigleTemplate,
} from './state.js';

/** The status-change event the simulator delivers; `runId` is the campaign id (one execution per campaign). */
export type KonigleWebhookEvent =
  | {
      type: 'campaign.status_changed';
      campaignId: string;
      previousStatus: KonigleStatus;
      status: KonigleStatus;
      occurredAt: string;
    }
  | {
      type: 'run.status_changed';
      campaignId: string;
      runId: string;
      previousStatus: ExecutionStatus;
      status: ExecutionStatus;
      occurredAt: string;
    };

/** The simulator's state: campaigns, contacts, audiences, templates, channels, ids and webhook delivery. */
export class KonigleStore {
  readonly campaigns = new Map<string, KonigleCampaign>();
  readonly contacts = new Map<string, KonigleContact>();
  readonly audiences = new Map<string, KonigleAudience>();
  readonly templates = new Map<string, KonigleTemplate>();
  readonly channels = new Map<string, KonigleChannel>();
  private sequence = 0;

  constructor(
    readonly clock: SandboxClock,
    private readonly webhook?: WebhookTarget,
  ) {}

  nowIso(): string {
    return this.clock.now().toISOString();
  }

  /** Deterministic ids, e.g. `cmp_00001a`. */
  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}_${this.sequence.toString(36).padStart(6, '0')}`;
  }

  contactByEmail(email: string): KonigleContact | undefined {
    const wanted = email.toLowerCase();
    for (const contact of this.contacts.values()) if (contact.email.toLowerCase() === wanted) return contact;
    return undefined;
  }

  channelByCode(code: string): KonigleChannel | undefined {
    for (const channel of this.channels.values()) if (channel.code === code) return channel;
    return undefined;
  }

  audienceByCode(code: string): KonigleAudience | undefined {
    for (const audience of this.audiences.values()) if (audience.code === code) return audience;
    return undefined;
  }

  /** Recipients of an audience: its nominal size, or the matching contacts when more. */
  audienceSize(audienceId: string): number {
    const audience = this.audiences.get(audienceId);
    if (!audience) return 0;
    const matching = [...this.contacts.values()].filter(
      (c) => audience.tags.length === 0 || c.tags.some((t) => audience.tags.includes(t)),
    ).length;
    return Math.max(audience.size, matching);
  }

  /** Changes a campaign's status, keeps `updated_at` current and announces the change. */
  setStatus(campaign: KonigleCampaign, status: KonigleStatus): void {
    if (campaign.status === status) return;
    const previousStatus = campaign.status;
    campaign.status = status;
    campaign.updated_at = this.nowIso();
    this.emit({
      type: 'campaign.status_changed',
      campaignId: campaign.id,
      previousStatus,
      status,
      occurredAt: campaign.updated_at,
    });
  }

  /** Changes the execution's status (when there is one) and announces it as a run change. */
  setExecutionStatus(campaign: KonigleCampaign, status: ExecutionStatus): void {
    const execution = campaign.execution;
    if (!execution || execution.status === status) return;
    const previousStatus = execution.status;
    execution.status = status;
    campaign.updated_at = this.nowIso();
    this.emit({
      type: 'run.status_changed',
      campaignId: campaign.id,
      runId: campaign.id,
      previousStatus,
      status,
      occurredAt: campaign.updated_at,
    });
  }

  private emit(event: KonigleWebhookEvent): void {
    if (this.webhook) void deliverWebhook(this.webhook, event);
  }
}
