import type { Campaign, CampaignStats, Channel } from '../src/domain/campaign.js';
import type { PriceEstimateInput, SendCampaignInput } from '../src/domain/inputs.js';
import type { Money } from '../src/domain/money.js';
import type { AccountRef, Capability } from '../src/domain/provider.js';
import type { CampaignAction, CampaignStatus } from '../src/domain/status.js';
import type { CallContext, UpstreamHealth } from '../src/upstream/types.js';
import type { KonigleOperations } from './konigle-port.js';
import type { SessionMOperations } from './sessionm-port.js';
import type { PeachOperations } from './peach-port.js';
import type { RunOperations } from './run-port.js';

/** Filters a list of campaigns; an adapter pushes what its API can do and applies the rest itself. */
export interface CampaignFilter {
  statuses?: readonly CampaignStatus[];
  channels?: readonly Channel[];
  /** Case-insensitive text search on the name. */
  search?: string;
  createdAfter?: Date;
  createdBefore?: Date;
}

export const CAMPAIGN_ORDER_FIELDS = ['CREATED_AT', 'UPDATED_AT', 'NAME', 'STARTS_AT'] as const;
export type CampaignOrderField = (typeof CAMPAIGN_ORDER_FIELDS)[number];
export type OrderDirection = 'ASC' | 'DESC';

export interface CampaignOrder {
  field: CampaignOrderField;
  direction: OrderDirection;
}

/** One page request to one provider account. `cursor` is the adapter's own opaque position (null = start). */
export interface CampaignListQuery {
  limit: number;
  cursor: string | null;
  filter: CampaignFilter;
  order: CampaignOrder;
}

/** One campaign of a page and the adapter's cursor for the position right after it. */
export interface CampaignEdge {
  campaign: Campaign;
  after: string;
}

/** One page from one provider account, in the requested order. */
export interface CampaignPage {
  edges: CampaignEdge[];
  /** Where the next page starts; null when this was the last (exact: never a promise of an empty page). */
  nextCursor: string | null;
  /** How many match the filter, when the provider can tell. */
  totalCount: number | null;
}

/** The campaigns right before a position, for paging backwards. */
export interface CampaignPageBefore {
  /** Up to `limit` campaigns, in the requested (forward) order, each with its forward cursor. */
  edges: CampaignEdge[];
  /** The cursor right before `edges[0]`; null when nothing matching comes before it (exact, like `nextCursor`). */
  startCursor: string | null;
  totalCount: number | null;
}

/** Arguments some lifecycle actions need (SCHEDULE needs a time). */
export interface ActionArgs {
  at?: Date;
}

/**
 * What every provider adapter implements. Optional members exist only on adapters whose capabilities
 * include them; the gateway checks capabilities before calling, so an adapter never fakes an operation.
 */
export interface ProviderAdapter {
  readonly account: AccountRef;
  readonly capabilities: ReadonlySet<Capability>;
  /**
   * Orders `listCampaigns` returns itself: a field (both directions) or `FIELD:DIRECTION` (default:
   * CREATED_AT). Other orders are sorted by the gateway after reading the account's list.
   */
  readonly nativeOrders?: readonly (CampaignOrderField | `${CampaignOrderField}:${OrderDirection}`)[];
  /** The konigle-only operations (contacts, LTV, test emails, create and update). */
  readonly konigle?: KonigleOperations;
  listCampaigns(query: CampaignListQuery, context: CallContext): Promise<CampaignPage>;
  /**
   * The `limit` campaigns right before `query.cursor` (a cursor `listCampaigns` made; null = the end of
   * the list), in a native order.
   */
  listCampaignsBefore(query: CampaignListQuery, context: CallContext): Promise<CampaignPageBefore>;
  /** Fetches campaigns by provider id; ids the provider does not know are absent from the map. */
  getCampaigns(providerIds: readonly string[], context: CallContext): Promise<Map<string, Campaign>>;
  /** Runs a lifecycle action already allowed by capabilities and the status machine. */
  runAction(action: CampaignAction, providerId: string, args: ActionArgs, context: CallContext): Promise<Campaign>;
  send?(input: SendCampaignInput, context: CallContext): Promise<Campaign>;
  estimatePrice?(input: PriceEstimateInput, context: CallContext): Promise<Money>;
  /** Full delivery counters, where the provider reports more than its campaign object carries. */
  deliveryStats?(providerId: string, context: CallContext): Promise<CampaignStats>;
  /** SessionM's behaviors, offers, customer campaigns, progress, opt-in and create. */
  readonly sessionm?: SessionMOperations;
  /** Native campaign runs (Peach): list, re-read, trigger, download files. */
  readonly runs?: RunOperations;
  /** Peach's create and update of borrower campaigns. */
  readonly peach?: PeachOperations;
  /** How the account's upstream connection is doing (circuit state, last error, latency). */
  health?(): UpstreamHealth;
  /** Releases sockets and timers. */
  close(): Promise<void>;
}
