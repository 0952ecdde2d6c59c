import type { ProviderAdapter } from '../../adapters/port.js';
import type { CustomerCampaignsQuery, SessionMOperations } from '../../adapters/sessionm-port.js';
import type { Campaign, CampaignRef } from '../domain/campaign.js';
import { NotFoundError, UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { encodeRef, refOf } from '../domain/ids.js';
import type { AccountRef, Capability, ProviderId } from '../domain/provider.js';
import {
  behaviorKey,
  type CampaignBehavior,
  type CampaignContent,
  type CampaignOffer,
  type CreateSessionMCampaignInput,
  type CustomerCampaign,
  type CustomerCampaignPage,
  type CustomerKey,
  type CustomerProgress,
} from '../domain/sessionm.js';
import type { CallContext } from '../upstream/types.js';
import type { Loaders } from './loaders.js';
import type { Tenant } from './tenants.js';

/** What this part borrows from the request gateway: the idempotency guard, event publishing, loaders. */
export interface SessionMGatewayEffects {
  once<T>(operation: string, input: unknown, key: string | null, effect: () => Promise<T>): Promise<T>;
  publishCreated(campaign: Campaign): Promise<void>;
  loaders: Pick<Loaders, 'campaignContent'>;
}

/** A customer of one provider account, as `Query.customer` resolved it. */
export interface CustomerHandle {
  account: AccountRef;
  key: CustomerKey;
}

/**
 * SessionM's part of the gateway core for one request: behaviors and offers of campaigns, customers'
 * campaigns and progress, opt-in and create. Capabilities are checked before any provider call.
 */
export class SessionMGateway {
  constructor(
    private readonly tenant: Tenant,
    private readonly context: CallContext,
    private readonly effects: SessionMGatewayEffects,
  ) {}

  /**
   * Behaviors and offers, read once per request and batched per account (one listing for all the
   * campaigns a query asks about); empty for providers without them, null when unknown.
   */
  campaignContent(campaign: CampaignRef): Promise<CampaignContent | null> {
    return this.effects.loaders.campaignContent.load(refOf(campaign));
  }

  /**
   * One behavior of a campaign by its key (`behaviorKey`), from the campaign's content: several behaviors
   * and offers of one campaign cost one read, and campaigns of one account are read together. Null when
   * unknown (also a campaign of an account the tenant does not have).
   */
  async behavior(campaign: CampaignRef, key: string): Promise<CampaignBehavior | null> {
    const content = await this.campaignContent(campaign);
    const behavior = content?.behaviors.find((candidate) => behaviorKey(candidate) === key);
    return behavior ? { campaign: refOf(campaign), ...behavior } : null;
  }

  /** One offer of a campaign by SessionM's offer id, read like `behavior`; null when unknown. */
  async offer(campaign: CampaignRef, offerId: string): Promise<CampaignOffer | null> {
    const content = await this.campaignContent(campaign);
    const offer = content?.offers.find((candidate) => candidate.id === offerId);
    return offer ? { campaign: refOf(campaign), ...offer } : null;
  }

  /** Names a customer at a provider: the given account, or the only one of that provider. Calls nobody. */
  customer(
    provider: ProviderId,
    accountId: string | null,
    id: string | null,
    externalId: string | null,
  ): CustomerHandle {
    if ((id === null) === (externalId === null)) {
      throw new ValidationError([
        { path: [id === null ? 'id' : 'externalId'], message: 'give exactly one of id or externalId' },
      ]);
    }
    const key: CustomerKey = id !== null ? { kind: 'id', id } : { kind: 'externalId', id: externalId ?? '' };
    const accounts = [...this.tenant.accounts.values()].filter(
      (adapter) =>
        adapter.account.provider === provider && (accountId === null || adapter.account.account === accountId),
    );
    const [only] = accounts;
    if (!only) throw new NotFoundError('ProviderAccount', accountId ?? provider);
    if (accounts.length > 1)
      throw new ValidationError([{ path: ['account'], message: 'name the account: several match' }]);
    this.operations(only, 'CUSTOMER_PROGRESS');
    return { account: only.account, key };
  }

  /** One page of the customer's active campaigns. */
  customerCampaigns(customer: CustomerHandle, query: CustomerCampaignsQuery): Promise<CustomerCampaignPage> {
    return this.operationsOf(customer).customerCampaigns(customer.key, query, this.context);
  }

  /** One campaign as the customer sees it; a campaign of another account is not found. */
  customerCampaign(customer: CustomerHandle, ref: CampaignRef): Promise<CustomerCampaign> {
    return this.operationsOf(customer, ref).customerCampaign(customer.key, ref.providerId, this.context);
  }

  /** The customer's progress in a campaign. */
  customerProgress(customer: CustomerHandle, ref: CampaignRef): Promise<CustomerProgress> {
    return this.operationsOf(customer, ref).customerProgress(customer.key, ref.providerId, this.context);
  }

  /** Opts a customer in, at most once per idempotency key. */
  optIn(ref: CampaignRef, customer: CustomerKey, idempotencyKey: string | null): Promise<CustomerProgress> {
    const input = { ref: encodeRef(ref), customer };
    return this.effects.once('customer.optIn', input, idempotencyKey, () => {
      const adapter = this.tenant.accounts.get(ref.account);
      if (!adapter || adapter.account.provider !== ref.provider) throw new NotFoundError('Campaign', encodeRef(ref));
      return this.operations(adapter, 'OPT_IN').optIn(customer, ref.providerId, this.context);
    });
  }

  /** Creates a SessionM campaign and publishes its CREATED event. */
  create(
    accountId: string | null,
    input: CreateSessionMCampaignInput,
    idempotencyKey: string | null,
  ): Promise<Campaign> {
    return this.effects.once('campaign.createSessionM', { accountId, input }, idempotencyKey, async () => {
      const adapter = this.accountFor(accountId);
      const created = await this.operations(adapter, 'CREATE').createCampaign(input, this.context);
      await this.effects.publishCreated(created);
      return created;
    });
  }

  private accountFor(accountId: string | null): ProviderAdapter {
    if (accountId !== null) {
      const adapter = this.tenant.accounts.get(accountId);
      if (!adapter) throw new NotFoundError('ProviderAccount', accountId);
      return adapter;
    }
    const able = [...this.tenant.accounts.values()].filter((adapter) => adapter.sessionm !== undefined);
    const [only] = able;
    if (able.length === 1 && only) return only;
    const message = able.length === 0 ? 'no SessionM account' : 'name the account: several can do this';
    throw new ValidationError([{ path: ['input', 'account'], message }]);
  }

  private operationsOf(customer: CustomerHandle, ref?: CampaignRef): SessionMOperations {
    const adapter = this.tenant.accounts.get(customer.account.account);
    if (ref && (ref.account !== customer.account.account || ref.provider !== customer.account.provider)) {
      throw new NotFoundError('Campaign', encodeRef(ref));
    }
    if (!adapter) throw new NotFoundError('ProviderAccount', customer.account.account);
    return this.operations(adapter, 'CUSTOMER_PROGRESS');
  }

  private operations(adapter: ProviderAdapter, capability: Capability): SessionMOperations {
    if (!adapter.capabilities.has(capability) || !adapter.sessionm) {
      throw new UnsupportedOperationError(adapter.account.provider, capability);
    }
    return adapter.sessionm;
  }
}
