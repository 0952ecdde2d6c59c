import { z } from 'zod';
import { NotFoundError } from '../../src/domain/errors.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { Run, RunFileContent, RunPage, TriggerRunInput } from '../../src/domain/run.js';
import type { CallContext } from '../../src/upstream/types.js';
import type { RunListQuery, RunOperations } from '../run-port.js';
import { PeachClient } from './client.js';
import { csvRowCount, toRun } from './map.js';
import { PEACH_ANY_ID, peachRun, peachRunList, startingAfterOf } from './wire.js';

const MAX_LIMIT = 100;
/** The file holding the query results a run worked on. */
const QUERY_RESULTS_FILE = 'query_results.csv';
/** File names are one path segment; anything else is not a file Peach can have published. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Peach's native campaign runs: list, get, start (with optional query results override) and file download. */
export class PeachRuns implements RunOperations {
  constructor(
    private readonly account: AccountRef,
    private readonly client: PeachClient,
  ) {}

  async listRuns(campaignId: string, query: RunListQuery, context: CallContext): Promise<RunPage> {
    if (!PEACH_ANY_ID.test(campaignId)) return { runs: [], nextCursor: null, totalCount: 0 };
    const page = await this.client
      .request(
        {
          method: 'GET',
          path: `/campaigns/${encodeURIComponent(campaignId)}/runs`,
          endpoint: '/campaigns/:borrowerCampaignId/runs',
          query: { limit: Math.min(MAX_LIMIT, Math.max(1, query.limit)), startingAfter: query.cursor ?? undefined },
          schema: peachRunList,
        },
        context,
      )
      .catch((error: unknown) => {
        if (PeachClient.isEmptyList(error)) return null;
        throw error;
      });
    if (page === null) return { runs: [], nextCursor: null, totalCount: query.cursor === null ? 0 : null };
    const runs = page.data.map((wire) => toRun(this.account, campaignId, wire));
    const next = page.nextUrl ? (startingAfterOf(page.nextUrl) ?? runs.at(-1)?.runId ?? null) : null;
    return { runs, nextCursor: next, totalCount: page.total };
  }

  async getRun(campaignId: string, runId: string, context: CallContext): Promise<Run | null> {
    if (!PEACH_ANY_ID.test(campaignId) || !PEACH_ANY_ID.test(runId)) return null;
    try {
      const wire = await this.client.request(
        {
          method: 'GET',
          path: `${runPath(campaignId, runId)}`,
          endpoint: '/campaigns/:borrowerCampaignId/runs/:campaignRunId',
          schema: peachRun,
        },
        context,
        { typeName: 'Run', id: runId },
      );
      return toRun(this.account, campaignId, wire);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async trigger(campaignId: string, input: TriggerRunInput, context: CallContext): Promise<Run> {
    if (!PEACH_ANY_ID.test(campaignId)) throw new NotFoundError('Campaign', campaignId);
    const wire = await this.client.request(
      {
        method: 'POST',
        path: `/campaigns/${encodeURIComponent(campaignId)}/runs`,
        endpoint: '/campaigns/:borrowerCampaignId/runs',
        body: input.queryResultsOverride ? { queryResultsOverride: input.queryResultsOverride } : {},
        schema: peachRun,
      },
      context,
      { typeName: 'Campaign', id: campaignId },
    );
    return toRun(this.account, campaignId, wire);
  }

  async downloadFile(
    campaignId: string,
    runId: string,
    fileName: string,
    context: CallContext,
  ): Promise<RunFileContent> {
    const subject = { typeName: 'Run' as const, id: `${runId}/${fileName}` };
    if (!PEACH_ANY_ID.test(campaignId) || !PEACH_ANY_ID.test(runId) || !FILE_NAME.test(fileName)) {
      throw new NotFoundError(subject.typeName, subject.id);
    }
    const text = await this.client.request(
      {
        method: 'GET',
        path: `${runPath(campaignId, runId)}/files/${encodeURIComponent(fileName)}`,
        endpoint: '/campaigns/:borrowerCampaignId/runs/:campaignRunId/files/:fileName',
        schema: z.string(),
        responseType: 'text',
      },
      context,
      subject,
    );
    return { name: fileName, contentType: contentTypeOf(fileName), text };
  }

  /** Counts the rows of `query_results.csv` (one download); null until the run has published it. */
  async rowCount(run: Run, context: CallContext): Promise<number | null> {
    if (!run.files.includes(QUERY_RESULTS_FILE)) return null;
    const file = await this.downloadFile(run.providerId, run.runId, QUERY_RESULTS_FILE, context);
    return csvRowCount(file.text);
  }
}

function runPath(campaignId: string, runId: string): string {
  return `/campaigns/${encodeURIComponent(campaignId)}/runs/${encodeURIComponent(runId)}`;
}

function contentTypeOf(fileName: string): string {
  return fileName.toLowerCase().endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
}
