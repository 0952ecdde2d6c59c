import type { Campaign } from '../../src/domain/campaign.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type { CallContext } from '../../src/upstream/types.js';
import type { CampaignEdge, CampaignFilter, CampaignListQuery, CampaignPage, CampaignPageBefore } from '../port.js';
import { PeachClient } from './client.js';
import { toCampaign } from './map.js';
import { peachCampaignList, startingAfterOf } from './wire.js';

/** Peach's documented page size bound for `limit`. */
const MAX_LIMIT = 100;

/**
 * Lists one page newest first (Peach's only order). The cursor is Peach's own `startingAfter` id, taken
 * from `nextUrl`. Peach filters nothing, so every filter is applied here, scanning ahead until the page
 * and one more match are found: `nextCursor` is exact.
 */
export async function listPeachCampaigns(
  account: AccountRef,
  client: PeachClient,
  query: CampaignListQuery,
  context: CallContext,
): Promise<CampaignPage> {
  const filtered = hasFilter(query.filter);
  const edges: CampaignEdge[] = [];
  let startingAfter = query.cursor;
  let total: number | null = null;
  for (;;) {
    const page = await readPage(client, query.limit, startingAfter, context);
    if (page === null) break;
    total = page.total;
    for (const wire of page.data) {
      const campaign = toCampaign(account, wire);
      if (filtered && !matches(campaign, query.filter)) continue;
      if (edges.length === query.limit) return { edges, nextCursor: edges.at(-1)?.after ?? null, totalCount: count() };
      edges.push({ campaign, after: wire.id });
    }
    const last = page.data.at(-1);
    const olderThanWanted = last && query.filter.createdAfter && last.createdAt < query.filter.createdAfter;
    startingAfter = startingAfterOf(page.nextUrl) ?? (page.nextUrl ? (last?.id ?? null) : null);
    if (!startingAfter || olderThanWanted) break;
  }
  return { edges, nextCursor: null, totalCount: count() };

  function count(): number | null {
    return filtered ? null : total;
  }
}

/**
 * The page right before a cursor. The cursor names the last campaign handed out, so that campaign (read
 * by `current`) comes first, then Peach's `endingBefore` pages towards the newest. From the end (null
 * cursor) Peach offers no oldest-first order, so its list is read forward to the end, keeping the tail.
 */
export async function listPeachCampaignsBefore(
  account: AccountRef,
  client: PeachClient,
  query: CampaignListQuery,
  current: (id: string) => Promise<Campaign | undefined>,
  context: CallContext,
): Promise<CampaignPageBefore> {
  const filtered = hasFilter(query.filter);
  const wanted = query.limit + 1;
  /** Nearest first: matching campaigns going back from the cursor, up to one look-behind. */
  let found: CampaignEdge[] = [];
  let total: number | null = null;
  const accept = (campaign: Campaign) => !filtered || matches(campaign, query.filter);
  if (query.cursor === null) {
    let startingAfter: string | null = null;
    do {
      const page = await readPage(client, MAX_LIMIT, startingAfter, context);
      if (page === null) break;
      total = page.total;
      for (const wire of page.data) {
        const campaign = toCampaign(account, wire);
        if (accept(campaign)) found.unshift({ campaign, after: wire.id });
      }
      found = found.slice(0, wanted);
      startingAfter = startingAfterOf(page.nextUrl) ?? (page.nextUrl ? (page.data.at(-1)?.id ?? null) : null);
    } while (startingAfter);
  } else {
    const last = await current(query.cursor);
    if (last && accept(last)) found.push({ campaign: last, after: query.cursor });
    let endingBefore: string | null = query.cursor;
    while (endingBefore && found.length < wanted) {
      const page = await readPage(client, MAX_LIMIT, endingBefore, context, 'endingBefore');
      if (page === null || page.data.length === 0) break;
      total = page.total;
      for (const wire of [...page.data].reverse()) {
        const campaign = toCampaign(account, wire);
        if (accept(campaign) && found.length < wanted) found.push({ campaign, after: wire.id });
      }
      endingBefore = page.previousUrl ? (page.data[0]?.id ?? null) : null;
    }
  }
  const lookBehind = found[query.limit];
  return {
    edges: found.slice(0, query.limit).reverse(),
    startCursor: lookBehind?.after ?? null,
    totalCount: filtered ? null : total,
  };
}

async function readPage(
  client: PeachClient,
  limit: number,
  cursor: string | null,
  context: CallContext,
  direction: 'startingAfter' | 'endingBefore' = 'startingAfter',
) {
  try {
    return await client.request(
      {
        method: 'GET',
        path: '/campaigns',
        endpoint: '/campaigns',
        query: { limit: Math.min(MAX_LIMIT, limit + 1), [direction]: cursor ?? undefined },
        schema: peachCampaignList,
      },
      context,
    );
  } catch (error) {
    if (PeachClient.isEmptyList(error)) return null;
    throw error;
  }
}

function hasFilter(filter: CampaignFilter): boolean {
  return Boolean(filter.statuses || filter.channels || filter.search || filter.createdAfter || filter.createdBefore);
}

function matches(campaign: Campaign, filter: CampaignFilter): boolean {
  if (filter.statuses && !filter.statuses.includes(campaign.status)) return false;
  if (filter.channels && !campaign.channels.some((channel) => filter.channels?.includes(channel))) return false;
  if (filter.search && !campaign.name.toLowerCase().includes(filter.search.toLowerCase())) return false;
  if (filter.createdAfter && campaign.createdAt < filter.createdAfter) return false;
  if (filter.createdBefore && campaign.createdAt > filter.createdBefore) return false;
  return true;
}
