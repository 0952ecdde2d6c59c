import type {
  CampaignEdge,
  CampaignListQuery,
  CampaignPage,
  CampaignPageBefore,
  ProviderAdapter,
} from '../../adapters/port.js';
import type { Campaign } from '../domain/campaign.js';
import type { CallContext } from '../upstream/types.js';
import { comparator } from './order.js';

/** The most campaigns read from one account to sort them in the gateway. */
export const MAX_SCAN = 10_000;

/**
 * Lists one page in an order the provider cannot sort by: reads the account's list in its native
 * order (up to MAX_SCAN campaigns), sorts it by the requested key, and pages it with an offset cursor.
 * Providers that can sort natively skip this entirely (`adapter.nativeOrders`).
 */
async function listSorted(
  adapter: ProviderAdapter,
  query: CampaignListQuery,
  context: CallContext,
): Promise<CampaignPage> {
  const all = await readSorted(adapter, query, context);
  const offset = Number(query.cursor ?? 0);
  const edges = edgesAt(all, offset, offset + query.limit);
  const end = offset + edges.length;
  return { edges, nextCursor: end < all.length ? String(end) : null, totalCount: all.length };
}

/** The page right before an offset cursor of `listSorted` (null = the end), sorted the same way. */
async function listSortedBefore(
  adapter: ProviderAdapter,
  query: CampaignListQuery,
  context: CallContext,
): Promise<CampaignPageBefore> {
  const all = await readSorted(adapter, query, context);
  const end = Math.min(all.length, query.cursor === null ? all.length : Number(query.cursor));
  const start = Math.max(0, end - query.limit);
  return { edges: edgesAt(all, start, end), startCursor: start > 0 ? String(start) : null, totalCount: all.length };
}

/** One page in the asked order: from the adapter when it sorts so itself, else sorted here (`listSorted`). */
export function listInOrder(adapter: ProviderAdapter, query: CampaignListQuery, context: CallContext) {
  return sortsNatively(adapter, query) ? adapter.listCampaigns(query, context) : listSorted(adapter, query, context);
}

/** The page before a cursor in the asked order, from the adapter or sorted here, as `listInOrder` chose. */
export function listInOrderBefore(adapter: ProviderAdapter, query: CampaignListQuery, context: CallContext) {
  return sortsNatively(adapter, query)
    ? adapter.listCampaignsBefore(query, context)
    : listSortedBefore(adapter, query, context);
}

/** True when the adapter returns this order itself. */
function sortsNatively(adapter: ProviderAdapter, query: CampaignListQuery): boolean {
  const native = adapter.nativeOrders ?? ['CREATED_AT'];
  return native.includes(query.order.field) || native.includes(`${query.order.field}:${query.order.direction}`);
}

/** The account's whole list (up to MAX_SCAN) in one adapter call, each adapter using its largest pages. */
async function readSorted(adapter: ProviderAdapter, query: CampaignListQuery, context: CallContext) {
  const native = { field: 'CREATED_AT', direction: 'DESC' } as const;
  const page = await adapter.listCampaigns(
    { limit: MAX_SCAN, cursor: null, filter: query.filter, order: native },
    context,
  );
  return page.edges.map((edge) => edge.campaign).sort(comparator(query.order));
}

function edgesAt(all: readonly Campaign[], start: number, end: number): CampaignEdge[] {
  return all.slice(start, end).map((campaign, index) => ({ campaign, after: String(start + index + 1) }));
}
