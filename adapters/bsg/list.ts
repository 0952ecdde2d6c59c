import type { Campaign } from '../../src/domain/campaign.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { CallContext } from '../../src/upstream/types.js';
import type { CampaignEdge, CampaignFilter, CampaignListQuery, CampaignPage } from '../port.js';
import { BSG_FILTERABLE_TYPES, toCampaign } from './map.js';
import type { BsgSession } from './session.js';
import { bsgCampaignList, formatBsgDate } from './wire.js';

/** BSG's documented page size bounds for `page[limit]`. */
const MIN_LIMIT = 30;
const MAX_LIMIT = 500;

/**
 * Lists one page in creation order. The cursor is BSG's own offset; filters BSG cannot apply
 * (status, some channels) are applied here, scanning ahead until the page and one look-ahead item
 * are found, so `nextCursor` is exact.
 */
export async function listBsgCampaigns(
  account: AccountRef,
  session: BsgSession,
  query: CampaignListQuery,
  context: CallContext,
): Promise<CampaignPage> {
  const pushed = pushableQuery(query);
  const localFilter = (campaign: Campaign) => matchesLocally(campaign, query.filter, pushed.channelPushed);
  const edges: CampaignEdge[] = [];
  let offset = Number(query.cursor ?? 0);
  let total = 0;
  for (;;) {
    const limit = Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, query.limit + 1));
    const page = await session.request(
      {
        method: 'GET',
        path: '/api/campaigns',
        endpoint: '/api/campaigns',
        query: { ...pushed.params, 'page[offset]': offset, 'page[limit]': limit },
        schema: bsgCampaignList,
      },
      context,
    );
    total = page.meta.page.total;
    for (const [index, wire] of page.data.entries()) {
      const campaign = toCampaign(account, wire);
      if (!localFilter(campaign)) continue;
      if (edges.length === query.limit) {
        return { edges, nextCursor: String(offset + index), totalCount: pushed.complete ? total : null };
      }
      edges.push({ campaign, after: String(offset + index + 1) });
    }
    offset += page.data.length;
    if (page.data.length === 0 || offset >= total) break;
  }
  return { edges, nextCursor: null, totalCount: pushed.complete ? total : null };
}

interface PushedQuery {
  params: Record<string, string>;
  channelPushed: boolean;
  /** True when BSG applied every filter, so its total is the answer's total. */
  complete: boolean;
}

function pushableQuery(query: CampaignListQuery): PushedQuery {
  const { filter, order } = query;
  const params: Record<string, string> = { sort: 'date', way: order.direction === 'ASC' ? 'asc' : 'desc' };
  if (filter.search) {
    params['search[field]'] = 'taskname';
    params['search[value]'] = filter.search.slice(0, 255);
  }
  if (filter.createdAfter) params['filter[from]'] = formatBsgDate(filter.createdAfter);
  if (filter.createdBefore) params['filter[to]'] = formatBsgDate(filter.createdBefore);
  const singleChannel = filter.channels?.length === 1 ? BSG_FILTERABLE_TYPES[filter.channels[0] ?? 'OTHER'] : undefined;
  if (singleChannel) params['filter[type]'] = singleChannel;
  const channelPushed = singleChannel !== undefined || !filter.channels;
  return { params, channelPushed, complete: channelPushed && !filter.statuses };
}

function matchesLocally(campaign: Campaign, filter: CampaignFilter, channelPushed: boolean): boolean {
  if (filter.statuses && !filter.statuses.includes(campaign.status)) return false;
  if (!channelPushed && filter.channels && !campaign.channels.some((c) => filter.channels?.includes(c))) return false;
  return true;
}
