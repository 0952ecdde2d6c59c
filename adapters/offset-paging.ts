import type { Campaign } from '../src/domain/campaign.js';
import type { CampaignEdge } from './port.js';

/** A run of a provider's list, read at an absolute offset. */
export interface OffsetWindow<T> {
  start: number;
  items: readonly T[];
  /** How many the provider's list held when it answered. */
  total: number;
}

/** How an adapter reads its offset-addressed list backwards. */
export interface OffsetListing<T> {
  /** How many the list holds: where paging back from the end starts. */
  total(): Promise<number>;
  /** A window starting below `end` (at the provider's page alignment) and reaching at least to `end - 1`. */
  readEndingAt(end: number): Promise<OffsetWindow<T>>;
  /** The campaign an item maps to, or null when a filter the provider could not apply rejects it. */
  accept(item: T): Campaign | null;
}

/** The matching campaigns right before an offset, with the offset cursors `listCampaigns` uses. */
export interface OffsetPageBefore {
  edges: CampaignEdge[];
  startCursor: string | null;
  /** The list's size as last reported. */
  total: number;
}

/**
 * Pages backwards through a list whose cursor is an absolute offset (null = the end): reads windows
 * towards the start until `limit` matches and one look-behind match are found, so `startCursor` is exact.
 */
export async function pageBeforeOffset<T>(
  listing: OffsetListing<T>,
  cursor: string | null,
  limit: number,
): Promise<OffsetPageBefore> {
  let end = cursor === null ? await listing.total() : Number(cursor);
  let total = end;
  const found: { campaign: Campaign; offset: number }[] = [];
  while (end > 0 && found.length <= limit) {
    const window = await listing.readEndingAt(end);
    total = window.total;
    const usable = window.items.slice(0, Math.max(0, end - window.start));
    for (let index = usable.length - 1; index >= 0 && found.length <= limit; index -= 1) {
      const campaign = listing.accept(usable[index] as T);
      if (campaign) found.push({ campaign, offset: window.start + index });
    }
    if (window.start >= end || usable.length === 0) break;
    end = window.start;
  }
  const taken = found.slice(0, limit);
  const edges = taken.map(({ campaign, offset }) => ({ campaign, after: String(offset + 1) })).reverse();
  const first = taken.at(-1);
  return { edges, startCursor: found.length > limit && first ? String(first.offset) : null, total };
}
