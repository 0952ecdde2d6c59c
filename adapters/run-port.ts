import type { Run, RunFileContent, RunPage, TriggerRunInput } from '../src/domain/run.js';
import type { CallContext } from '../src/upstream/types.js';

/** One page request of a campaign's runs, in the provider's own paging (`cursor` null = newest). */
export interface RunListQuery {
  limit: number;
  cursor: string | null;
}

/**
 * Runs of campaigns, for providers with native runs. The gateway checks TRIGGER_RUN before `trigger`;
 * reads need no capability beyond having runs.
 */
export interface RunOperations {
  listRuns(campaignId: string, query: RunListQuery, context: CallContext): Promise<RunPage>;
  /** One run, re-read (webhooks, file downloads); null when the provider does not know it. */
  getRun(campaignId: string, runId: string, context: CallContext): Promise<Run | null>;
  trigger(campaignId: string, input: TriggerRunInput, context: CallContext): Promise<Run>;
  /** A file the run published; NotFoundError when it has no such file. */
  downloadFile(campaignId: string, runId: string, fileName: string, context: CallContext): Promise<RunFileContent>;
  /** How many rows the run's query produced, read from its results file; null before it has one. */
  rowCount?(run: Run, context: CallContext): Promise<number | null>;
}
