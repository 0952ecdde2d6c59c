import type { Campaign } from '../src/domain/campaign.js';
import type {
  CampaignContent,
  CreateSessionMCampaignInput,
  CustomerCampaign,
  CustomerCampaignFilter,
  CustomerCampaignPage,
  CustomerKey,
  CustomerProgress,
} from '../src/domain/sessionm.js';
import type { CallContext } from '../src/upstream/types.js';

/** One page request of a customer's campaigns, in the provider's own page numbering. */
export interface CustomerCampaignsQuery {
  filter: CustomerCampaignFilter;
  page: number;
  pageSize: number;
}

/**
 * What only SessionM can do: behaviors and offers of a campaign, customer-scoped campaigns and progress,
 * opt-in and create. The gateway checks CUSTOMER_PROGRESS, OPT_IN and CREATE before calling these.
 */
export interface SessionMOperations {
  /** A campaign's behaviors and offers; null when the account has no reference customer to read them as. */
  campaignContent(providerId: string, context: CallContext): Promise<CampaignContent | null>;
  /**
   * Behaviors and offers of several campaigns with as few calls as the API allows; every id is a key of
   * the answer, with null when the account has no reference customer and an Error when that one failed.
   */
  campaignContents(
    providerIds: readonly string[],
    context: CallContext,
  ): Promise<Map<string, CampaignContent | null | Error>>;
  customerCampaigns(
    customer: CustomerKey,
    query: CustomerCampaignsQuery,
    context: CallContext,
  ): Promise<CustomerCampaignPage>;
  /** One active campaign as the customer sees it; NotFoundError when it is not active or unknown. */
  customerCampaign(customer: CustomerKey, providerId: string, context: CallContext): Promise<CustomerCampaign>;
  /** The customer's progress, readable even after the campaign ended. */
  customerProgress(customer: CustomerKey, providerId: string, context: CallContext): Promise<CustomerProgress>;
  /** Opts the customer in; each documented refusal is an OptInRefusedError subclass. */
  optIn(customer: CustomerKey, providerId: string, context: CallContext): Promise<CustomerProgress>;
  createCampaign(input: CreateSessionMCampaignInput, context: CallContext): Promise<Campaign>;
}
