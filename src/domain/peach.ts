import type { Secret } from './secret.js';

/** SFTP upload settings of a Peach campaign, without the password (only whether one is set). */
export interface PeachSftpSettings {
  host: string;
  username: string;
  cdDir: string | null;
  hasPassword: boolean;
}

/** Peach-only facts about a borrower campaign. Secrets Peach echoes back are reduced to "is one set". */
export interface PeachCampaignDetails {
  provider: 'peach';
  externalId: string | null;
  /** The Peachy crontab, or null for a campaign run only on trigger. */
  schedule: string | null;
  redashQueryUrl: string | null;
  hasRedashApiKey: boolean;
  contactExporterId: string | null;
  bulkSenderId: string | null;
  sftp: PeachSftpSettings | null;
  deletedAt: Date | null;
}

/** SFTP settings as written: the password is write-only. */
export interface PeachSftpInput {
  host: string;
  username: string;
  password: Secret | null;
  cdDir: string | null;
}

/**
 * Fields of a Peach create or update: absent keys are left as they are, null clears. `redashApiKey` and
 * the SFTP password are write-only secrets.
 */
export interface PeachCampaignInput {
  externalId?: string | null;
  redashQueryUrl?: string | null;
  redashApiKey?: Secret | null;
  /** A Peachy crontab, validated before it is sent. */
  schedule?: string | null;
  contactExporterId?: string | null;
  bulkSenderId?: string | null;
  sftpSettings?: PeachSftpInput | null;
}
