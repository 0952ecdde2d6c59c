import type { Campaign } from '../../src/domain/campaign.js';
import { ValidationError } from '../../src/domain/errors.js';
import { encodeRef } from '../../src/domain/ids.js';
import type { CampaignFilter, CampaignListQuery, CampaignOrder, CampaignPage, CampaignPageBefore } from '../port.js';

type SortKey = string | number | null;

/** A position in the listing: the sort key and global id of the last campaign handed out. */
interface Position {
  k: SortKey;
  r: string;
}

/**
 * Pages the account's campaigns. SessionM's "all active campaigns" answer is one unpaged list, so every
 * filter and order is applied here and the cursor is a keyset position (sort key + global id): a
 * campaign created between two pages neither shifts nor repeats the rest.
 */
export function pageOf(all: readonly Campaign[], query: CampaignListQuery): CampaignPage {
  const { matching, firstAfter, edgeOf } = ordered(all, query);
  const from = query.cursor === null ? 0 : firstAfter(query.cursor);
  const edges = matching.slice(from, from + query.limit).map(edgeOf);
  const more = from + edges.length < matching.length;
  return { edges, nextCursor: more ? (edges.at(-1)?.after ?? query.cursor) : null, totalCount: matching.length };
}

/** The page right before a keyset position (null = the end of the list). */
export function pageBefore(all: readonly Campaign[], query: CampaignListQuery): CampaignPageBefore {
  const { matching, firstAfter, edgeOf } = ordered(all, query);
  const end = query.cursor === null ? matching.length : firstAfter(query.cursor);
  const from = Math.max(0, end - query.limit);
  const previous = from > 0 ? matching[from - 1] : undefined;
  const startCursor = previous ? edgeOf(previous).after : null;
  return { edges: matching.slice(from, end).map(edgeOf), startCursor, totalCount: matching.length };
}

/** The matching campaigns in the asked order, where a cursor's position falls in them, and their edges. */
function ordered(all: readonly Campaign[], query: CampaignListQuery) {
  const compare = comparatorFor(query.order);
  const matching = all.filter((campaign) => matches(campaign, query.filter)).sort((a, b) => compare(a, b));
  return {
    matching,
    /** The index of the first campaign after the cursor's position (the length when none is). */
    firstAfter(cursor: string): number {
      const position = decodePosition(cursor);
      const index = matching.findIndex((campaign) => compare(campaign, position) > 0);
      return index < 0 ? matching.length : index;
    },
    edgeOf: (campaign: Campaign) => ({ campaign, after: encodePosition(positionOf(campaign, query.order)) }),
  };
}

function matches(campaign: Campaign, filter: CampaignFilter): boolean {
  if (filter.statuses && !filter.statuses.includes(campaign.status)) return false;
  if (filter.channels && !campaign.channels.some((channel) => filter.channels?.includes(channel))) return false;
  if (filter.search && !campaign.name.toLowerCase().includes(filter.search.toLowerCase())) return false;
  if (filter.createdAfter && campaign.createdAt < filter.createdAfter) return false;
  if (filter.createdBefore && campaign.createdAt > filter.createdBefore) return false;
  return true;
}

/** The gateway's order: the field (missing values last) in the asked direction, then the global id. */
function comparatorFor(order: CampaignOrder): (a: Campaign, b: Campaign | Position) => number {
  const sign = order.direction === 'ASC' ? 1 : -1;
  return (a, b) => {
    const left = positionOf(a, order);
    const right = 'r' in b ? b : positionOf(b, order);
    if (left.k !== right.k) {
      if (left.k === null) return 1;
      if (right.k === null) return -1;
      return left.k < right.k ? -sign : sign;
    }
    return left.r === right.r ? 0 : left.r < right.r ? -1 : 1;
  };
}

function positionOf(campaign: Campaign, order: CampaignOrder): Position {
  return { k: sortKey(campaign, order), r: encodeRef(campaign) };
}

function sortKey(campaign: Campaign, order: CampaignOrder): SortKey {
  switch (order.field) {
    case 'CREATED_AT':
      return campaign.createdAt.getTime();
    case 'UPDATED_AT':
      return (campaign.updatedAt ?? campaign.createdAt).getTime();
    case 'NAME':
      return campaign.name.toLowerCase();
    case 'STARTS_AT':
      return campaign.schedule.startsAt?.getTime() ?? null;
  }
}

function encodePosition(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodePosition(cursor: string): Position {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && 'r' in value && 'k' in value) {
      const { k, r } = value;
      if (typeof r === 'string' && (k === null || typeof k === 'string' || typeof k === 'number')) return { k, r };
    }
  } catch {
    // reported below
  }
  throw new ValidationError([{ path: ['after'], message: 'is not a cursor of this listing' }]);
}
