import type { SandboxClock } from '../kit/clock.js';
import { deliverWebhook, type WebhookTarget } from '../kit/webhooks.js';
import type { QueryRow } from './borrowers.js';
import {
  campaignState,
  peachTime,
  type PeachCampaignRecord,
  type PeachRunRecord,
  type PeachRunStatus,
  type PeachRunTrigger,
} from './state.js';

const ID_SPACE = 36 ** 8;

/** Peach-style id `XX-XXXX-XXXX` from a counter: a bijection mod 36^8, so ids are distinct and look random. */
export function peachId(prefix: string, n: number): string {
  const code = ((n * 2_654_435_761 + 1_234_567_891) % ID_SPACE).toString(36).toUpperCase().padStart(8, '0');
  return `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Fields of a new campaign. */
export type NewCampaign = Omit<PeachCampaignRecord, 'id' | 'sequence' | 'updatedAt'> & { id?: string };

/** The simulator's whole state: campaigns, their runs, and webhook delivery of status changes. */
export class PeachStore {
  readonly campaigns = new Map<string, PeachCampaignRecord>();
  private readonly runsByCampaign = new Map<string, PeachRunRecord[]>();
  private sequence = 0;
  /** Set once seeding is done, so seeded history is not delivered. */
  webhook: WebhookTarget | undefined;

  constructor(readonly clock: SandboxClock) {}

  /** A fresh id with the given prefix (`BC` campaign, `CR` run, `FI` file). */
  nextId(prefix: string): string {
    this.sequence += 1;
    return peachId(prefix, this.sequence);
  }

  insertCampaign(fields: NewCampaign): PeachCampaignRecord {
    this.sequence += 1;
    const campaign = { ...fields, id: fields.id ?? peachId('BC', this.sequence), updatedAt: fields.createdAt };
    const stored: PeachCampaignRecord = { ...campaign, sequence: this.sequence };
    this.campaigns.set(stored.id, stored);
    this.runsByCampaign.set(stored.id, []);
    return stored;
  }

  /** Finds a campaign by Peach id or by `ext-<externalId>`. */
  findCampaign(anyId: string): PeachCampaignRecord | undefined {
    if (!anyId.startsWith('ext-')) return this.campaigns.get(anyId);
    const externalId = anyId.slice('ext-'.length);
    return [...this.campaigns.values()].find((campaign) => campaign.externalId === externalId);
  }

  /** The campaign holding an external id, if any. */
  byExternalId(externalId: string): PeachCampaignRecord | undefined {
    return this.findCampaign(`ext-${externalId}`);
  }

  /** Every campaign, newest first (Peach's reverse chronological order). */
  campaignsNewestFirst(): PeachCampaignRecord[] {
    return [...this.campaigns.values()].sort(newestFirst);
  }

  /** A campaign's runs, newest first. */
  runsOf(campaignId: string): PeachRunRecord[] {
    return [...(this.runsByCampaign.get(campaignId) ?? [])].sort(newestFirst);
  }

  allRuns(): PeachRunRecord[] {
    return [...this.runsByCampaign.values()].flat();
  }

  findRun(campaignId: string, runId: string): PeachRunRecord | undefined {
    return this.runsByCampaign.get(campaignId)?.find((run) => run.id === runId);
  }

  /** Adds a `pending` run; seeds move it on through the lifecycle like any other. */
  insertRun(
    campaign: PeachCampaignRecord,
    at: Date,
    trigger: PeachRunTrigger,
    override: QueryRow[] | undefined,
    willFail: boolean,
    id?: string,
  ): PeachRunRecord {
    this.sequence += 1;
    const run: PeachRunRecord = {
      id: id ?? peachId('CR', this.sequence),
      borrowerCampaignId: campaign.id,
      createdAt: at,
      updatedAt: at,
      status: 'pending',
      statusSince: at,
      trigger,
      override,
      rows: undefined,
      queryError: undefined,
      willFail,
      availableFiles: [],
      queryResultsFileId: null,
      campaignInputFileId: null,
      contactsOutputFileId: null,
      logFileId: null,
      log: [],
      sequence: this.sequence,
    };
    run.log.push(`${peachTime(at)} INFO run ${run.id} created (trigger: ${trigger})`);
    this.runsByCampaign.get(campaign.id)?.push(run);
    return run;
  }

  /** Changes a run's status, stamps it and delivers `run.status_changed`. */
  setRunStatus(run: PeachRunRecord, status: PeachRunStatus, at: Date): void {
    if (run.status === status) return;
    const previousStatus = run.status;
    run.status = status;
    run.statusSince = at;
    run.updatedAt = at;
    run.log.push(`${peachTime(at)} INFO status ${previousStatus} -> ${status}`);
    this.emit({
      type: 'run.status_changed',
      campaignId: run.borrowerCampaignId,
      runId: run.id,
      previousStatus,
      status,
      occurredAt: peachTime(at),
    });
  }

  /** Applies a change to a campaign, stamps `updatedAt` and delivers `campaign.status_changed` when its derived state moved. */
  changeCampaign(campaign: PeachCampaignRecord, change: (campaign: PeachCampaignRecord) => void): void {
    const previousStatus = campaignState(campaign);
    change(campaign);
    const now = this.clock.now();
    campaign.updatedAt = now;
    const status = campaignState(campaign);
    if (status !== previousStatus) {
      this.emit({
        type: 'campaign.status_changed',
        campaignId: campaign.id,
        previousStatus,
        status,
        occurredAt: peachTime(now),
      });
    }
  }

  private emit(event: PeachWebhookEvent): void {
    if (this.webhook) void deliverWebhook(this.webhook, event);
  }
}

/** The body of every webhook the simulator delivers (Peach documents none; this is the sandbox's contract). */
export interface PeachWebhookEvent {
  type: 'campaign.status_changed' | 'run.status_changed';
  campaignId: string;
  runId?: string;
  previousStatus: string;
  status: string;
  occurredAt: string | null;
}

function newestFirst(a: { createdAt: Date; sequence: number }, b: { createdAt: Date; sequence: number }): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.sequence - a.sequence;
}
