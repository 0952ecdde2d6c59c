import type { CampaignEdge, CampaignFilter, CampaignOrder } from '../../adapters/port.js';
import { encodeRef } from '../domain/ids.js';
import type { CallContext } from '../upstream/types.js';
import { decodeCursor, encodeCursor, type MergeCursor } from './cursor.js';
import { askEach, listingFingerprint, totalOf, type MergedPage, type MergeSource } from './merge.js';
import { comparator } from './order.js';
import { listInOrderBefore } from './sorted-scan.js';

export interface MergeBeforeRequest {
  last: number;
  /** A cursor of this listing; null pages back from the end. */
  before: string | null;
  filter: CampaignFilter;
  order: CampaignOrder;
}

/**
 * One page of the merged listing going backwards: each account is asked for the campaigns right before
 * its position in `before` (one more when the cursor's own campaign may be among them), the windows are
 * merged in order, the cursor's campaign is left out and the last `last` are kept. Every edge gets a
 * cursor with each account's position after it, so paging forward or backward from any edge is exact.
 */
export async function mergePageBefore(
  sources: readonly MergeSource[],
  request: MergeBeforeRequest,
  context: CallContext,
): Promise<MergedPage> {
  const listing = listingFingerprint(request.filter, request.order);
  const start: MergeCursor = request.before
    ? decodeCursor(request.before, listing, 'before')
    : { listing, positions: Object.fromEntries(sources.map((source) => [source.key, null])), totals: {}, edge: '' };
  // An account missing from the positions has handed out nothing yet: nothing of it comes before.
  const active = sources.filter((source) => Object.hasOwn(start.positions, source.key));
  const limit = request.last + (request.before ? 1 : 0);
  const { answers, failures } = await askEach(active, (source) => {
    const cursor = start.positions[source.key] ?? null;
    return listInOrderBefore(source.adapter, { limit, cursor, filter: request.filter, order: request.order }, context);
  });

  const positions: MergeCursor['positions'] = { ...start.positions };
  const totals = { ...start.totals };
  for (const { source, answer } of answers) {
    totals[source.key] = answer.totalCount;
    if (answer.startCursor === null) delete positions[source.key];
    else positions[source.key] = answer.startCursor;
  }
  const compare = comparator(request.order);
  const candidates: { key: string; edge: CampaignEdge }[] = answers
    .flatMap(({ source, answer }) => answer.edges.map((edge) => ({ key: source.key, edge })))
    .filter(({ edge }) => encodeRef(edge.campaign) !== start.edge)
    .sort((a, b) => compare(a.edge.campaign, b.edge.campaign));
  const firstKept = Math.max(0, candidates.length - request.last);
  const edges: MergedPage['edges'] = [];
  candidates.forEach(({ key, edge }, index) => {
    positions[key] = edge.after;
    if (index < firstKept) return;
    const cursor = encodeCursor({ listing, positions: { ...positions }, totals, edge: encodeRef(edge.campaign) });
    edges.push({ campaign: edge.campaign, cursor });
  });
  const hasPreviousPage = firstKept > 0 || answers.some(({ answer }) => answer.startCursor !== null);
  const totalCount = totalOf(sources, totals, failures);
  return { edges, hasNextPage: request.before !== null, hasPreviousPage, totalCount, failures };
}
