import { createClock, type SandboxClock } from '../kit/clock.js';
import { startSandboxServer, type SandboxServer } from '../kit/server.js';
import type { WebhookTarget } from '../kit/webhooks.js';
import { peachControlRoutes } from './control.js';
import { renderRunFile } from './files.js';
import { DEFAULT_PEACH_TIMINGS, PeachLifecycle, type PeachTimings } from './lifecycle.js';
import { peachRoutes } from './routes.js';
import { seedPeach } from './seed.js';
import {
  toCampaignWire,
  toRunWire,
  type PeachCampaignWire,
  type PeachRunFile,
  type PeachRunStatus,
  type PeachRunWire,
} from './state.js';
import { PeachStore } from './store.js';
import { NOT_FOUND, peachError } from './wire.js';

export { BORROWERS, REDASH_QUERIES, DEMO_REDASH_HOST } from './borrowers.js';
export { DEMO_CAMPAIGNS } from './seed.js';
export { DEFAULT_PEACH_TIMINGS, PEACH_DECIDES_UTC, type PeachTimings } from './lifecycle.js';
export type { PeachWebhookEvent } from './store.js';
export * from './state.js';

/** The api key header Peach reads. */
export const PEACH_API_KEY_HEADER = 'x-api-key';

/** Credentials the simulator accepts when none are configured: a test-mode key and the company it belongs to. */
export const DEFAULT_PEACH_CREDENTIALS = { apiKeys: ['test_peach_sandbox_key'], companyId: 'CP-GDB3-G1JO' };

/** How to start the simulator; every field has a deterministic default. */
export interface PeachSandboxOptions {
  clock?: SandboxClock;
  port?: number;
  credentials?: { apiKeys: string[]; companyId: string };
  seed?: { campaigns?: number };
  webhook?: WebhookTarget;
  /** Share of runs that fail, 0..1, drawn with `random` when a run starts. */
  runFailureRate?: number;
  random?: () => number;
  timings?: Partial<PeachTimings>;
  /** Answer 409 to a start-run while another run of the campaign is pending or running (default true). */
  rejectConcurrentRuns?: boolean;
}

/** A running Peach simulator and its in-process handles. */
export interface PeachSandbox extends SandboxServer {
  companyId: string;
  /** `<url>/api/companies/<companyId>`: prefix of every company-scoped path. */
  companyUrl: string;
  /** A campaign by id or `ext-<externalId>`, as the API returns it. */
  campaign(id: string): PeachCampaignWire | undefined;
  run(campaignId: string, runId: string): PeachRunWire | undefined;
  /** A campaign's runs, newest first. */
  runs(campaignId: string): PeachRunWire[];
  /** Every campaign id, newest first (the list order). */
  campaignIds(): string[];
  /** Forces a run status (files and webhook included), like the control route. */
  setRunStatus(campaignId: string, runId: string, status: PeachRunStatus): void;
  /** The text of a run file, or undefined when the run has not published it. */
  runFile(campaignId: string, runId: string, file: PeachRunFile): string | undefined;
}

/** Starts the Peach borrower-campaigns simulator. */
export async function startPeachSandbox(options: PeachSandboxOptions = {}): Promise<PeachSandbox> {
  const clock = options.clock ?? createClock({ mode: 'manual' });
  const random = options.random ?? Math.random;
  const credentials = options.credentials ?? DEFAULT_PEACH_CREDENTIALS;
  const store = new PeachStore(clock);
  const timings = { ...DEFAULT_PEACH_TIMINGS, ...options.timings };
  const lifecycle = new PeachLifecycle(store, timings, options.runFailureRate ?? 0, random);
  seedPeach(store, lifecycle, options.seed?.campaigns ?? 0);
  store.webhook = options.webhook;
  clock.onTick((now) => lifecycle.tick(now));
  const apiKeys = new Set(credentials.apiKeys);
  const server = await startSandboxServer({
    name: 'peach',
    routes: peachRoutes(store, lifecycle, options.rejectConcurrentRuns ?? true),
    controlRoutes: peachControlRoutes(store, lifecycle),
    clock,
    authenticate: (request) => {
      const key = request.headers[PEACH_API_KEY_HEADER];
      if (typeof key !== 'string' || !apiKeys.has(key)) return peachError(401, 'Unauthorized');
      const companyId = request.params['companyId'];
      if (companyId !== undefined && companyId !== credentials.companyId) return peachError(403, 'Forbidden');
      return undefined;
    },
    notFound: NOT_FOUND(),
    random,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  const findRun = (campaignId: string, runId: string) => {
    const campaign = store.findCampaign(campaignId);
    return campaign && store.findRun(campaign.id, runId);
  };
  return {
    ...server,
    companyId: credentials.companyId,
    companyUrl: `${server.url}/api/companies/${credentials.companyId}`,
    campaign: (id) => {
      const campaign = store.findCampaign(id);
      return campaign && toCampaignWire(campaign);
    },
    run: (campaignId, runId) => {
      const run = findRun(campaignId, runId);
      return run && toRunWire(run);
    },
    runs: (campaignId) => {
      const campaign = store.findCampaign(campaignId);
      return campaign ? store.runsOf(campaign.id).map(toRunWire) : [];
    },
    campaignIds: () => store.campaignsNewestFirst().map((campaign) => campaign.id),
    setRunStatus: (campaignId, runId, status) => {
      const run = findRun(campaignId, runId);
      if (run && run.status !== status) lifecycle.transition(run, status, clock.now());
    },
    runFile: (campaignId, runId, file) => {
      const run = findRun(campaignId, runId);
      return run?.availableFiles.includes(file) ? renderRunFile(run, file) : undefined;
    },
  };
}
