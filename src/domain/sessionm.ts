import type { CampaignRef } from './campaign.js';
import { DomainError } from './errors.js';

/** SessionM-only facts about a campaign (never its raw targeting query). */
export interface SessionMCampaignDetails {
  provider: 'sessionm';
  /** The client id SessionM also calls the permalink; usable instead of the numeric id. */
  externalId: string;
  campaignType: string | null;
  optInRequired: boolean;
  optInStartsAt: Date | null;
  optInEndsAt: Date | null;
  reportingEndsAt: Date | null;
  /** Customers with this tag are targeted. */
  qualifyTag: string | null;
  /** Customers with this tag are targeted away. */
  disqualifyTag: string | null;
  targeted: boolean;
}

/** How a behavior counts events. */
export const BEHAVIOR_TYPES = ['COUNT', 'UNIQUE', 'COMPOSITE', 'UNKNOWN'] as const;
export type BehaviorType = (typeof BEHAVIOR_TYPES)[number];

/** A SessionM behavior (achievement): what a customer must do, how often, for how many points. */
export interface Behavior {
  /** SessionM's behavior id, when the answer carried it. */
  id: string | null;
  externalId: string | null;
  name: string;
  /** The Events API event that advances it. */
  eventName: string | null;
  /** Null when only the progress list was available (an inactive campaign). */
  type: BehaviorType | null;
  points: number | null;
  /** Events needed for one achievement. */
  goal: number;
  maxTimesRepeatable: number | null;
  maxTimesRepeatablePerPeriod: number | null;
  periodSeconds: number | null;
  minSecondsBetweenEvents: number | null;
  consecutive: boolean | null;
}

/** What a deal discounts. */
export const DISCOUNT_TYPES = ['PERCENT', 'FIXED_AMOUNT', 'OTHER'] as const;
export type DiscountType = (typeof DISCOUNT_TYPES)[number];

/** A deal's discount; `value` is a decimal string (a percentage for PERCENT). */
export interface OfferDiscount {
  type: DiscountType;
  providerType: string;
  value: string | null;
}

/** The kinds of media an offer may carry, from SessionM's numeric content types. */
export const MEDIA_KINDS = ['IMAGE', 'VIDEO', 'AUDIO', 'WEB_LINK', 'OTHER'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** An image, video, audio clip or link attached to an offer. */
export interface OfferMedia {
  uri: string;
  kind: MediaKind;
  culture: string | null;
}

/** Which restriction lists an offer has. */
export const RESTRICTION_KINDS = ['CATALOG', 'PURCHASE', 'REDEMPTION', 'LOCATION'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** A summary of one restriction list: its kind and how many rules it holds. */
export interface OfferRestriction {
  kind: RestrictionKind;
  rules: number;
}

/** A SessionM offer (outcome / deal) tied to a campaign. */
export interface Offer {
  id: string;
  name: string;
  /** SessionM's offer type word (deal, trigger, outcome_entry, ...). */
  type: string;
  totalAvailable: number | null;
  discount: OfferDiscount | null;
  title: string | null;
  description: string | null;
  terms: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  validityPeriod: number | null;
  validityUnit: string | null;
  validAfterEnd: boolean | null;
  points: number | null;
  media: OfferMedia[];
  restrictions: OfferRestriction[];
}

/**
 * What identifies a behavior within its campaign: SessionM's behavior id, or its name when SessionM named
 * it only in the rules (no id). Names are unique within a campaign: SessionM keys the rules by name.
 */
export function behaviorKey(behavior: Behavior): string {
  return behavior.id ?? behavior.name;
}

/** A behavior with the campaign it belongs to (a Behavior node: its global id names both). */
export interface CampaignBehavior extends Behavior {
  campaign: CampaignRef;
}

/** An offer with the campaign it belongs to (an Offer node: its global id names both). */
export interface CampaignOffer extends Offer {
  campaign: CampaignRef;
}

/** A campaign's behaviors and offers, read together. */
export interface CampaignContent {
  behaviors: Behavior[];
  offers: Offer[];
}

/** A customer's state in a campaign (SessionM's progress states, normalized). */
export const CUSTOMER_PROGRESS_STATES = [
  'QUALIFIED',
  'NOT_QUALIFIED',
  'OPTED_IN',
  'OPTED_OUT',
  'IN_PROGRESS',
  'COMPLETED',
  'UNKNOWN',
] as const;
export type CustomerProgressState = (typeof CUSTOMER_PROGRESS_STATES)[number];

/** A customer's progress on one behavior. */
export interface BehaviorProgress {
  behaviorId: string;
  externalId: string | null;
  eventName: string | null;
  name: string;
  progress: number;
  goal: number;
}

/** A customer's standing in one campaign. */
export interface CustomerProgress {
  state: CustomerProgressState;
  /** SessionM's own state word. */
  providerState: string;
  /** Set only when the customer explicitly opted in (true) or out (false). */
  optedIn: boolean | null;
  behaviors: BehaviorProgress[];
}

/** A customer, by SessionM's internal user id or by the client's external id. */
export type CustomerKey = { kind: 'id'; id: string } | { kind: 'externalId'; id: string };

/** Which campaigns a customer list shows. */
export const CUSTOMER_CAMPAIGN_FILTERS = ['ELIGIBLE', 'INELIGIBLE', 'ALL'] as const;
export type CustomerCampaignFilter = (typeof CUSTOMER_CAMPAIGN_FILTERS)[number];

/** An active campaign as one customer sees it. */
export interface CustomerCampaign {
  /** The campaign's provider id (numeric). */
  providerId: string;
  externalId: string | null;
  name: string;
  startsAt: Date;
  endsAt: Date;
  optInStartsAt: Date | null;
  optInEndsAt: Date | null;
  qualified: boolean;
  optedIn: boolean | null;
  state: CustomerProgressState;
  providerState: string;
  behaviors: Behavior[];
  offers: Offer[];
}

/** One page of a customer's campaigns, in SessionM's page numbering. */
export interface CustomerCampaignPage {
  page: number;
  pageSize: number;
  numberOfPages: number;
  campaigns: CustomerCampaign[];
}

/** A SessionM campaign to create; SessionM creates it live. */
export interface CreateSessionMCampaignInput {
  name: string;
  startsAt: Date;
  endsAt: Date;
  externalId: string | null;
  campaignType: 'PROMOTION' | 'MESSAGING' | null;
  optInRequired: boolean;
  optInStartsAt: Date | null;
  optInEndsAt: Date | null;
  /** Customers need one of these tags to be targeted. */
  includeTags: string[];
  /** Customers with any of these tags are targeted away. */
  excludeTags: string[];
}

/** The documented reasons SessionM refuses an opt-in. */
export const OPT_IN_REFUSALS = ['CUSTOMER_INELIGIBLE', 'NOT_STARTED', 'ENDED', 'LIMIT_REACHED', 'FAILED'] as const;
export type OptInRefusal = (typeof OPT_IN_REFUSALS)[number];

const REFUSAL_TEXT: Record<OptInRefusal, string> = {
  CUSTOMER_INELIGIBLE: 'the customer is not eligible for',
  NOT_STARTED: 'opt-in has not started for',
  ENDED: 'opt-in has ended for',
  LIMIT_REACHED: 'the opt-in limit is reached for',
  FAILED: 'the provider could not opt the customer in to',
};

/** The provider refused to opt a customer in; `reason` says which documented refusal it was. */
export abstract class OptInRefusedError extends DomainError {
  readonly code = 'OPT_IN_REFUSED';
  constructor(
    readonly reason: OptInRefusal,
    readonly campaignId: string,
    readonly providerReason: string,
  ) {
    super(`${REFUSAL_TEXT[reason]} campaign ${campaignId}: ${providerReason}`);
  }
}

/** `user_ineligible_for_campaign`: the campaign's targeting leaves the customer out. */
export class CustomerIneligibleError extends OptInRefusedError {
  constructor(campaignId: string, providerReason: string) {
    super('CUSTOMER_INELIGIBLE', campaignId, providerReason);
  }
}

/** `opt_in_not_started`: the opt-in window has not opened yet. */
export class OptInNotStartedError extends OptInRefusedError {
  constructor(campaignId: string, providerReason: string) {
    super('NOT_STARTED', campaignId, providerReason);
  }
}

/** `opt_in_ended`: the opt-in window has closed. */
export class OptInEndedError extends OptInRefusedError {
  constructor(campaignId: string, providerReason: string) {
    super('ENDED', campaignId, providerReason);
  }
}

/** `opt_in_limit_reached`: the campaign has as many opted-in customers as it allows. */
export class OptInLimitReachedError extends OptInRefusedError {
  constructor(campaignId: string, providerReason: string) {
    super('LIMIT_REACHED', campaignId, providerReason);
  }
}

/** `opt_in_error`: the opt-in failed for a reason SessionM does not give (e.g. no opt-in required). */
export class OptInFailedError extends OptInRefusedError {
  constructor(campaignId: string, providerReason: string) {
    super('FAILED', campaignId, providerReason);
  }
}

/** Rebuilds the refusal class for a reason (idempotent replay, adapters). */
export function optInRefusal(reason: OptInRefusal, campaignId: string, providerReason: string): OptInRefusedError {
  switch (reason) {
    case 'CUSTOMER_INELIGIBLE':
      return new CustomerIneligibleError(campaignId, providerReason);
    case 'NOT_STARTED':
      return new OptInNotStartedError(campaignId, providerReason);
    case 'ENDED':
      return new OptInEndedError(campaignId, providerReason);
    case 'LIMIT_REACHED':
      return new OptInLimitReachedError(campaignId, providerReason);
    case 'FAILED':
      return new OptInFailedError(campaignId, providerReason);
  }
}
