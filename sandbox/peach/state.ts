import type { QueryRow } from './borrowers.js';

/** Run statuses: `failed` is documented; the rest are the simulator's vocabulary (alphabetical, like Peach's enum). */
export const PEACH_RUN_STATUSES = ['failed', 'pending', 'running', 'succeeded'] as const;
export type PeachRunStatus = (typeof PEACH_RUN_STATUSES)[number];

/** Peach campaigns have no status; webhooks and the state dump use this derived word. */
export type PeachCampaignState = 'scheduled' | 'manual' | 'deleted';

/** The files a run can produce, in the order they appear. */
export const PEACH_RUN_FILES = ['query_results.csv', 'campaign_input.csv', 'contacts_output.csv', 'log.txt'] as const;
export type PeachRunFile = (typeof PEACH_RUN_FILES)[number];

/** Where a campaign run's contacts file and log are uploaded; `password` is a secret Peach echoes back. */
export interface PeachSftpSettings {
  host: string;
  username: string;
  password: string | null;
  cdDir: string | null;
}

/** A borrower campaign as stored. */
export interface PeachCampaignRecord {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  externalId: string | null;
  redashQueryUrl: string | null;
  redashApiKey: string | null;
  schedule: string | null;
  contactExporterId: string | null;
  bulkSenderId: string | null;
  sftpSettings: PeachSftpSettings | null;
  /** Insertion order, to break createdAt ties. */
  sequence: number;
}

/** What started a run. */
export type PeachRunTrigger = 'manual' | 'schedule';

/** A campaign run as stored, with what the simulator needs to progress it. */
export interface PeachRunRecord {
  id: string;
  borrowerCampaignId: string;
  createdAt: Date;
  updatedAt: Date;
  status: PeachRunStatus;
  statusSince: Date;
  trigger: PeachRunTrigger;
  override: QueryRow[] | undefined;
  /** The query results, once the run has executed its query. */
  rows: QueryRow[] | undefined;
  /** Why the query could not run, if it could not. */
  queryError: string | undefined;
  /** Drawn at creation from `runFailureRate`. */
  willFail: boolean;
  availableFiles: PeachRunFile[];
  queryResultsFileId: string | null;
  campaignInputFileId: string | null;
  contactsOutputFileId: string | null;
  logFileId: string | null;
  log: string[];
  sequence: number;
}

/** Peach's timestamp format: ISO 8601, seconds precision, `Z`. */
export function peachTime(date: Date | null): string | null {
  return date === null ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The documented campaign object, secrets included (the real API echoes them). */
export function toCampaignWire(campaign: PeachCampaignRecord) {
  return {
    id: campaign.id,
    createdAt: peachTime(campaign.createdAt),
    updatedAt: peachTime(campaign.updatedAt),
    deletedAt: peachTime(campaign.deletedAt),
    externalId: campaign.externalId,
    redashQueryUrl: campaign.redashQueryUrl,
    redashApiKey: campaign.redashApiKey,
    schedule: campaign.schedule,
    contactExporterId: campaign.contactExporterId,
    bulkSenderId: campaign.bulkSenderId,
    sftpSettings: campaign.sftpSettings ? { ...campaign.sftpSettings } : null,
  };
}

/** The documented run object plus the id and timestamps the samples leave out. */
export function toRunWire(run: PeachRunRecord) {
  return {
    id: run.id,
    createdAt: peachTime(run.createdAt),
    updatedAt: peachTime(run.updatedAt),
    deletedAt: null,
    status: run.status,
    borrowerCampaignId: run.borrowerCampaignId,
    availableFiles: [...run.availableFiles],
    queryResultsFileId: run.queryResultsFileId,
    campaignInputFileId: run.campaignInputFileId,
    contactsOutputFileId: run.contactsOutputFileId,
    logFileId: run.logFileId,
  };
}

/** Campaign and run objects as the API returns them. */
export type PeachCampaignWire = ReturnType<typeof toCampaignWire>;
export type PeachRunWire = ReturnType<typeof toRunWire>;

/** The derived state of a campaign. */
export function campaignState(campaign: PeachCampaignRecord): PeachCampaignState {
  if (campaign.deletedAt !== null) return 'deleted';
  return campaign.schedule === null ? 'manual' : 'scheduled';
}

/** True while a run has not reached `succeeded` or `failed`. */
export function isInProgress(run: PeachRunRecord): boolean {
  return run.status === 'pending' || run.status === 'running';
}
