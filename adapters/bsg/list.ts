import type { Campaign } from '../../src/domain/campaign.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { CallContext } from '../../src/upstream/types.js';
import { pageBeforeOffset } from '../offset-paging.js';
import type { CampaignEdge, CampaignFilter, CampaignListQuery, CampaignPage, CampaignPageBefore } from '../port.js';
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
    const page = await readPage(session, pushed.params, offset, limit, context);
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

/** The page right before an offset cursor (null = the end), read backwards in windows of BSG's own pages. */
export async function listBsgCampaignsBefore(
  account: AccountRef,
  session: BsgSession,
  query: CampaignListQuery,
  context: CallContext,
): Promise<CampaignPageBefore> {
  const pushed = pushableQuery(query);
  const windowSize = Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, query.limit + 1));
  const read = async (offset: number, limit: number) => {
    const page = await readPage(session, pushed.params, offset, limit, context);
    return { start: offset, items: page.data, total: page.meta.page.total };
  };
  const page = await pageBeforeOffset(
    {
      total: async () => (await read(0, MIN_LIMIT)).total,
      readEndingAt: (end) => {
        const start = Math.max(0, end - windowSize);
        return read(start, Math.max(MIN_LIMIT, end - start));
      },
      accept: (wire) => {
        const campaign = toCampaign(account, wire);
        return matchesLocally(campaign, query.filter, pushed.channelPushed) ? campaign : null;
      },
    },
    query.cursor,
    query.limit,
  );
  return { edges: page.edges, startCursor: page.startCursor, totalCount: pushed.complete ? page.total : null };
}

function readPage(
  session: BsgSession,
  params: Record<string, string>,
  offset: number,
  limit: number,
  context: CallContext,
) {
  return session.request(
    {
      method: 'GET',
      path: '/api/campaigns',
      endpoint: '/api/campaigns',
      query: { ...params, 'page[offset]': offset, 'page[limit]': limit },
      schema: bsgCampaignList,
    },
    context,
  );
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
