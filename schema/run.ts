import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError, ValidationError } from '../src/domain/errors.js';
import { encodeRef } from '../src/domain/ids.js';
import { decodeRunRef, encodeRunRef, type Run, type RunRef as RunRefShape } from '../src/domain/run.js';
import { builder } from './builder.js';
import { CampaignRef } from './campaign.js';
import { RunStatusEnum } from './enums.js';
import { nodeId } from './node-ids.js';
import { registerNodeScope } from './scopes.js';

const MAX_PAGE = 100;

/** The gateway path a run file downloads from (authorized with the caller's API key). */
export function runFilePath(run: RunRefShape, fileName: string): string {
  const id = encodeGlobalID('Run', encodeRunRef(run));
  return `/files/runs/${encodeURIComponent(id)}/${encodeURIComponent(fileName)}`;
}

/** Reads a Run global id; anything else (malformed, another type) is a typed not-found. */
export function parseRunId(globalId: string): RunRefShape {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    const ref = typename === 'Run' ? decodeRunRef(id) : undefined;
    if (ref) return ref;
  } catch {
    // falls through to not-found
  }
  throw new NotFoundError('Run', globalId);
}

interface RunFile {
  name: string;
  url: string;
}

const RunFileRef = builder.objectRef<RunFile>('RunFile').implement({
  description: 'A file a run published. Download it from `url` on this gateway with your API key.',
  fields: (t) => ({
    name: t.exposeString('name'),
    url: t.exposeString('url', {
      description: 'Path on this gateway (GET with `Authorization: Bearer <key>`); never the provider’s URL.',
    }),
  }),
});

/** One run of a campaign (a Peach campaign run). */
export const RunNodeRef = builder.objectRef<Run>('Run');

registerNodeScope('Run', 'campaigns:read');

builder.node(RunNodeRef, {
  description: 'One execution of a campaign: its status, when it started and finished, and the files it published.',
  id: { resolve: nodeId('Run', (run: Run) => encodeRunRef(run)) },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'runId' in value,
  loadOne: (id, { gateway }) => {
    const ref = decodeRunRef(id);
    return ref ? gateway.peach.run(ref).catch(() => null) : null;
  },
  fields: (t) => ({
    runId: t.exposeString('runId', { description: "The provider's own run id." }),
    campaignId: t.id({ resolve: (run) => encodeGlobalID('Campaign', encodeRef(run)) }),
    campaign: t.field({
      type: CampaignRef,
      nullable: true,
      resolve: (run, _args, { gateway }) => gateway.campaign(run),
    }),
    status: t.expose('status', { type: RunStatusEnum }),
    providerStatus: t.exposeString('providerStatus', { description: "The provider's own status word." }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it reached SUCCEEDED or FAILED; null while in progress.',
    }),
    rowCount: t.int({
      nullable: true,
      complexity: { field: 20 },
      description: 'Rows the run’s query produced (read from its results file: one provider call); null before.',
      resolve: (run, _args, { gateway }) => gateway.peach.rowCount(run),
    }),
    files: t.field({
      type: [RunFileRef],
      resolve: (run) => run.files.map((name) => ({ name, url: runFilePath(run, name) })),
    }),
  }),
});

builder.objectField(CampaignRef, 'runs', (t) =>
  t.connection(
    {
      type: RunNodeRef,
      description: 'The campaign’s runs, newest first (Peach); empty for providers without runs.',
      complexity: (args) => ({ field: 10, multiplier: args.first ?? 20 }),
      resolve: async (campaign, args, { gateway }) => {
        if (args.last != null || args.before != null) {
          throw new ValidationError([{ path: ['last'], message: 'backward paging is not supported; use first/after' }]);
        }
        const first = args.first ?? 20;
        if (first < 1 || first > MAX_PAGE) {
          throw new ValidationError([{ path: ['first'], message: `must be between 1 and ${MAX_PAGE}` }]);
        }
        const page = await gateway.peach.runs(campaign, first, args.after ?? null);
        return {
          totalCount: page.totalCount,
          pageInfo: {
            hasNextPage: page.nextCursor !== null,
            hasPreviousPage: args.after != null,
            startCursor: page.runs[0]?.runId ?? null,
            endCursor: page.runs.at(-1)?.runId ?? args.after ?? null,
          },
          edges: page.runs.map((run) => ({ cursor: run.runId, node: run })),
        };
      },
    },
    {
      name: 'CampaignRunsConnection',
      fields: (c) => ({
        totalCount: c.int({
          nullable: true,
          description: 'How many runs the campaign has, when the provider tells.',
          resolve: (connection) => (connection as { totalCount?: number | null }).totalCount ?? null,
        }),
      }),
    },
  ),
);
