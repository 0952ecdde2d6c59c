import { createHash } from 'node:crypto';
import type {
  CampaignEdge,
  CampaignFilter,
  CampaignOrder,
  CampaignPage,
  ProviderAdapter,
} from '../../adapters/port.js';
import type { Campaign } from '../domain/campaign.js';
import { encodeRef } from '../domain/ids.js';
import type { CallContext } from '../upstream/types.js';
import { decodeCursor, encodeCursor, type MergeCursor } from './cursor.js';
import { comparator } from './order.js';
import { listInOrder } from './sorted-scan.js';

/** One provider account taking part in a merged listing. */
export interface MergeSource {
  key: string;
  adapter: ProviderAdapter;
}

export interface MergeRequest {
  first: number;
  after: string | null;
  filter: CampaignFilter;
  order: CampaignOrder;
}

/** A provider account that could not answer; its position is kept so the next request retries it. */
export interface MergeFailure {
  source: MergeSource;
  error: unknown;
}

export interface MergedPage {
  edges: { campaign: Campaign; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Sum of the accounts' totals when every account told it and none failed. */
  totalCount: number | null;
  failures: MergeFailure[];
}

/**
 * One page of a k-way merge over several provider accounts. Each account is asked for at most `first`
 * items from its own position; the smallest heads are taken in order (tie-break on the global id), and
 * the cursor records each account's position after the last item taken, so the next page is exact.
 */
export async function mergePage(
  sources: readonly MergeSource[],
  request: MergeRequest,
  context: CallContext,
): Promise<MergedPage> {
  const listing = listingFingerprint(request.filter, request.order);
  const start: MergeCursor = request.after
    ? decodeCursor(request.after, listing, 'after')
    : { listing, positions: {}, totals: {}, edge: '' };
  const active = sources.filter((source) => start.positions[source.key] !== null);
  const { answers, failures } = await askEach(active, (source) => {
    const cursor = start.positions[source.key] ?? null;
    return listInOrder(
      source.adapter,
      { limit: request.first, cursor, filter: request.filter, order: request.order },
      context,
    );
  });
  const streams: Stream[] = answers.map(({ source, answer }) => ({ source, page: answer, taken: 0 }));

  const positions = { ...start.positions };
  const totals = { ...start.totals };
  for (const stream of streams) totals[stream.source.key] = stream.page.totalCount;
  const compare = comparator(request.order);
  const edges: MergedPage['edges'] = [];
  while (edges.length < request.first) {
    const next = smallestHead(streams, compare);
    if (!next) break;
    const edge = next.page.edges[next.taken] as CampaignEdge;
    next.taken += 1;
    const exhausted = next.taken === next.page.edges.length && next.page.nextCursor === null;
    positions[next.source.key] = exhausted ? null : edge.after;
    const cursor = encodeCursor({ listing, positions: { ...positions }, totals, edge: encodeRef(edge.campaign) });
    edges.push({ campaign: edge.campaign, cursor });
  }
  for (const stream of streams) {
    if (stream.page.edges.length === 0 && stream.page.nextCursor === null) positions[stream.source.key] = null;
  }
  const hasNextPage = streams.some((s) => s.taken < s.page.edges.length || s.page.nextCursor !== null);
  const totalCount = totalOf(sources, totals, failures);
  return { edges, hasNextPage, hasPreviousPage: request.after !== null, totalCount, failures };
}

/** Asks every account at once; the ones that fail become failures, never the whole page's failure. */
export async function askEach<T>(
  sources: readonly MergeSource[],
  ask: (source: MergeSource) => Promise<T>,
): Promise<{ answers: { source: MergeSource; answer: T }[]; failures: MergeFailure[] }> {
  const settled = await Promise.allSettled(sources.map(ask));
  const answers: { source: MergeSource; answer: T }[] = [];
  const failures: MergeFailure[] = [];
  settled.forEach((result, index) => {
    const source = sources[index] as MergeSource;
    if (result.status === 'fulfilled') answers.push({ source, answer: result.value });
    else failures.push({ source, error: result.reason });
  });
  return { answers, failures };
}

/** Sum of the accounts' totals when every account told it and none failed; null otherwise. */
export function totalOf(
  sources: readonly MergeSource[],
  totals: Record<string, number | null>,
  failures: readonly MergeFailure[],
): number | null {
  const known = sources.map((source) => totals[source.key]);
  return failures.length === 0 && known.every((t): t is number => typeof t === 'number')
    ? known.reduce((a, b) => a + b, 0)
    : null;
}

interface Stream {
  source: MergeSource;
  page: CampaignPage;
  taken: number;
}

function smallestHead(streams: Stream[], compare: (a: Campaign, b: Campaign) => number): Stream | undefined {
  let best: Stream | undefined;
  for (const stream of streams) {
    const head = stream.page.edges[stream.taken];
    if (!head) continue;
    const bestHead = best?.page.edges[best.taken];
    if (!bestHead || compare(head.campaign, bestHead.campaign) < 0) best = stream;
  }
  return best;
}

/** Identifies a listing by filter and order, so a cursor is never used on another listing. */
export function listingFingerprint(filter: CampaignFilter, order: CampaignOrder): string {
  const text = JSON.stringify({ filter, order });
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}
