import type { Campaign, Channel } from '../../src/domain/campaign.js';
import type { PeachCampaignInput } from '../../src/domain/peach.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { Run } from '../../src/domain/run.js';
import { FINAL_RUN_STATUSES } from '../../src/domain/run.js';
import type { CampaignStatus, RunStatus } from '../../src/domain/status.js';
import type { PeachCampaign, PeachRun } from './wire.js';

/**
 * Peach campaigns have no status field; the gateway derives one:
 *
 * | derived word | when                        | CampaignStatus |
 * |--------------|-----------------------------|----------------|
 * | `deleted`    | `deletedAt` is set          | CANCELLED      |
 * | `scheduled`  | `schedule` (crontab) is set | SCHEDULED      |
 * | `manual`     | neither: runs on trigger    | DRAFT          |
 */
export const PEACH_CAMPAIGN_STATUS_TABLE: Readonly<Record<string, CampaignStatus>> = {
  deleted: 'CANCELLED',
  scheduled: 'SCHEDULED',
  manual: 'DRAFT',
};

/**
 * Run `status` -> RunStatus. Only `failed` is documented; `pending`, `running` and `succeeded` complete
 * the lifecycle Peach's run description implies. Any other word maps to UNKNOWN (kept in providerStatus).
 *
 * | Peach       | RunStatus |
 * |-------------|-----------|
 * | `pending`   | PENDING   |
 * | `running`   | RUNNING   |
 * | `succeeded` | SUCCEEDED |
 * | `failed`    | FAILED    |
 */
export const PEACH_RUN_STATUS_TABLE: Readonly<Record<string, RunStatus>> = {
  pending: 'PENDING',
  running: 'RUNNING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
};

/** The derived status word of a campaign (see the table above). */
export function peachCampaignWord(wire: PeachCampaign): string {
  if (wire.deletedAt !== null) return 'deleted';
  return wire.schedule !== null ? 'scheduled' : 'manual';
}

/**
 * Channels: a Contact Exporter writes the auto-dialer contacts file (VOICE); a Bulk Sender sends on the
 * channel of its own configuration, which the campaign API does not tell (OTHER).
 */
function channelsOf(wire: PeachCampaign): Channel[] {
  const channels: Channel[] = [];
  if (wire.contactExporterId !== null) channels.push('VOICE');
  if (wire.bulkSenderId !== null) channels.push('OTHER');
  return channels;
}

/** Maps one Peach borrower campaign to the domain (its secrets were dropped at the wire boundary). */
export function toCampaign(account: AccountRef, wire: PeachCampaign): Campaign {
  const word = peachCampaignWord(wire);
  return {
    // Field by field: a literal that starts with a spread is built on a slow path, once per item.
    provider: account.provider,
    account: account.account,
    providerId: wire.id,
    name: wire.externalId ?? wire.id,
    description: null,
    status: PEACH_CAMPAIGN_STATUS_TABLE[word] ?? 'UNKNOWN',
    providerStatus: word,
    channels: channelsOf(wire),
    schedule: { startsAt: null, endsAt: null, scheduledAt: null, cron: wire.schedule },
    stats: null,
    ltv: null,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
    details: {
      provider: 'peach',
      externalId: wire.externalId,
      schedule: wire.schedule,
      redashQueryUrl: wire.redashQueryUrl,
      hasRedashApiKey: wire.hasRedashApiKey,
      contactExporterId: wire.contactExporterId,
      bulkSenderId: wire.bulkSenderId,
      sftp: wire.sftpSettings,
      deletedAt: wire.deletedAt,
    },
  };
}

/**
 * Maps one run. Peach gives only `createdAt`/`updatedAt`: the run starts when it is created, and its
 * last update of a final status is when it finished.
 */
export function toRun(account: AccountRef, campaignId: string, wire: PeachRun): Run {
  const status = PEACH_RUN_STATUS_TABLE[wire.status] ?? 'UNKNOWN';
  return {
    // Field by field: a literal that starts with a spread is built on a slow path, once per item.
    provider: account.provider,
    account: account.account,
    providerId: campaignId,
    runId: wire.id,
    status,
    providerStatus: wire.status,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
    startedAt: wire.createdAt,
    finishedAt: FINAL_RUN_STATUSES.includes(status) ? wire.updatedAt : null,
    files: wire.availableFiles ?? [],
  };
}

/** The JSON body of a create or update: only the keys given; secrets revealed here and nowhere else. */
export function campaignBody(input: PeachCampaignInput): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const copy = ['externalId', 'redashQueryUrl', 'schedule', 'contactExporterId', 'bulkSenderId'] as const;
  for (const key of copy) if (input[key] !== undefined) body[key] = input[key];
  if (input.redashApiKey !== undefined) body['redashApiKey'] = input.redashApiKey?.reveal() ?? null;
  if (input.sftpSettings !== undefined) {
    const sftp = input.sftpSettings;
    body['sftpSettings'] = sftp && {
      host: sftp.host,
      username: sftp.username,
      password: sftp.password?.reveal() ?? null,
      cdDir: sftp.cdDir,
    };
  }
  return body;
}

/** Counts the data rows of a CSV file (the header excluded; quoted newlines respected). */
export function csvRowCount(text: string): number {
  let rows = 0;
  let quoted = false;
  let content = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === '\n' && !quoted) {
      if (content) rows += 1;
      content = false;
    } else if (char !== '\r') content = true;
  }
  if (content) rows += 1;
  return Math.max(0, rows - 1);
}
