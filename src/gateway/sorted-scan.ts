import type { CampaignEdge, CampaignListQuery, CampaignPage, ProviderAdapter } from '../../adapters/port.js';
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
export async function listSorted(
  adapter: ProviderAdapter,
  query: CampaignListQuery,
  context: CallContext,
): Promise<CampaignPage> {
  const all: Campaign[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listCampaigns(
      { limit: 100, cursor, filter: query.filter, order: { field: 'CREATED_AT', direction: 'DESC' } },
      context,
    );
    all.push(...page.edges.map((edge) => edge.campaign));
    cursor = page.nextCursor;
  } while (cursor !== null && all.length < MAX_SCAN);
  all.sort(comparator(query.order));
  const offset = Number(query.cursor ?? 0);
  const slice = all.slice(offset, offset + query.limit);
  const edges: CampaignEdge[] = slice.map((campaign, index) => ({ campaign, after: String(offset + index + 1) }));
  const end = offset + slice.length;
  return { edges, nextCursor: end < all.length ? String(end) : null, totalCount: all.length };
}

/** True when the adapter returns this order itself. */
export function sortsNatively(adapter: ProviderAdapter, query: CampaignListQuery): boolean {
  const native = adapter.nativeOrders ?? ['CREATED_AT'];
  return native.includes(query.order.field) || native.includes(`${query.order.field}:${query.order.direction}`);
}
