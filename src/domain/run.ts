import type { CampaignRef } from './campaign.js';
import { decodeChildRef, encodeChildRef } from './ids.js';
import type { RunStatus } from './status.js';

/** Where a run lives: its campaign's provider account and id, and the provider's run id. */
export interface RunRef extends CampaignRef {
  runId: string;
}

/** One execution of a campaign (a Peach campaign run), as the gateway sees it. */
export interface Run extends RunRef {
  status: RunStatus;
  /** The provider's own status word. */
  providerStatus: string;
  createdAt: Date | null;
  updatedAt: Date | null;
  startedAt: Date | null;
  /** When it reached a final status; null while in progress. */
  finishedAt: Date | null;
  /** Names of the files the run has published so far. */
  files: string[];
}

/** One page of a campaign's runs, newest first; `nextCursor` is the provider's own position. */
export interface RunPage {
  runs: Run[];
  nextCursor: string | null;
  totalCount: number | null;
}

/** A run file's content, read through the gateway. */
export interface RunFileContent {
  name: string;
  contentType: string;
  text: string;
}

/** What a triggered run uses instead of the campaign's own query: rows of scalars (each names a borrower). */
export interface TriggerRunInput {
  queryResultsOverride: Record<string, string | number | boolean | null>[] | null;
}

/** Final run statuses: no change follows them. */
export const FINAL_RUN_STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED', 'CANCELLED'];

/** The local part of a Run global id: `provider:account:campaignId:runId` (a child of its campaign). */
export function encodeRunRef(ref: RunRef): string {
  return encodeChildRef(ref, ref.runId);
}

/** Parses a run's local id; undefined when malformed. */
export function decodeRunRef(localId: string): RunRef | undefined {
  const child = decodeChildRef(localId);
  return child ? { ...child.campaign, runId: child.childId } : undefined;
}

/** Just the reference part of a run. */
export function runRefOf(run: RunRef): RunRef {
  return { provider: run.provider, account: run.account, providerId: run.providerId, runId: run.runId };
}
