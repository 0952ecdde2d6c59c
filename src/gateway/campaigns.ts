import type { CampaignFilter, CampaignOrder, ProviderAdapter } from '../../adapters/port.js';
import type { Campaign, CampaignRef } from '../domain/campaign.js';
import { availableActions, ACTION_CAPABILITY } from '../domain/campaign.js';
import { InvalidTransitionError, NotFoundError, UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { encodeRef } from '../domain/ids.js';
import type { PriceEstimateInput, SendCampaignInput } from '../domain/inputs.js';
import type { Money } from '../domain/money.js';
import type { Capability, ProviderId } from '../domain/provider.js';
import { canTransition, TRANSITIONS, type CampaignAction } from '../domain/status.js';
import type { CallContext } from '../upstream/types.js';
import { createLoaders, type Loaders } from './loaders.js';
import { mergePage, type MergedPage } from './merge.js';
import type { Tenant } from './tenants.js';

/** Arguments of the federated campaigns listing. */
export interface CampaignsQuery {
  first: number;
  after: string | null;
  providers: readonly ProviderId[] | null;
  filter: CampaignFilter;
  order: CampaignOrder;
}

/**
 * The gateway core as one GraphQL request sees it: a tenant, its accounts, per-request loaders.
 * Resolvers call into this and nothing else.
 */
export class RequestGateway {
  readonly loaders: Loaders;

  constructor(
    readonly tenant: Tenant,
    readonly context: CallContext,
  ) {
    this.loaders = createLoaders(tenant, context);
  }

  /** One page of the merged listing across the tenant's accounts. */
  listCampaigns(query: CampaignsQuery): Promise<MergedPage> {
    const sources = [...this.tenant.accounts]
      .filter(([, adapter]) => !query.providers || query.providers.includes(adapter.account.provider))
      .map(([key, adapter]) => ({ key, adapter }));
    return mergePage(
      sources,
      { first: query.first, after: query.after, filter: query.filter, order: query.order },
      this.context,
    );
  }

  /** A campaign of this tenant, or null (another tenant's id is simply not found). */
  campaign(ref: CampaignRef): Promise<Campaign | null> {
    return this.loaders.campaign.load(ref);
  }

  /** What the campaign can do now. */
  availableActions(campaign: Campaign): CampaignAction[] {
    const adapter = this.tenant.accounts.get(campaign.account);
    return adapter ? availableActions(campaign.status, adapter.capabilities) : [];
  }

  /** Runs a lifecycle action after the capability and status-machine checks; neither refusal calls the provider. */
  async runAction(ref: CampaignRef, action: CampaignAction, at?: Date): Promise<Campaign> {
    const adapter = this.adapterFor(ref);
    this.require(adapter, ACTION_CAPABILITY[action]);
    const current = await this.campaign(ref);
    if (!current) throw new NotFoundError('Campaign', encodeRef(ref));
    if (!canTransition(current.status, action)) {
      throw new InvalidTransitionError(action, current.status, TRANSITIONS[action].from);
    }
    const updated = await adapter.runAction(action, ref.providerId, at ? { at } : {}, this.context);
    this.loaders.campaign.clear(ref).prime(ref, updated);
    return updated;
  }

  /** Creates and sends a one-shot message campaign on an account that can send. */
  async send(accountId: string | null, input: SendCampaignInput): Promise<Campaign> {
    const adapter = this.accountWith('SEND', accountId);
    if (!adapter.send) throw new UnsupportedOperationError(adapter.account.provider, 'SEND');
    return adapter.send(input, this.context);
  }

  /** Prices a message campaign before sending it. */
  async estimatePrice(accountId: string | null, input: PriceEstimateInput): Promise<Money> {
    const adapter = this.accountWith('ESTIMATE_PRICE', accountId);
    if (!adapter.estimatePrice) throw new UnsupportedOperationError(adapter.account.provider, 'ESTIMATE_PRICE');
    return adapter.estimatePrice(input, this.context);
  }

  /** The adapter of a campaign's account; another tenant's account is not found. */
  adapterFor(ref: CampaignRef): ProviderAdapter {
    const adapter = this.tenant.accounts.get(ref.account);
    if (!adapter || adapter.account.provider !== ref.provider) throw new NotFoundError('Campaign', encodeRef(ref));
    return adapter;
  }

  private require(adapter: ProviderAdapter, capability: Capability): void {
    if (!adapter.capabilities.has(capability))
      throw new UnsupportedOperationError(adapter.account.provider, capability);
  }

  /** The named account, or the only account with the capability when none is named. */
  private accountWith(capability: Capability, accountId: string | null): ProviderAdapter {
    if (accountId !== null) {
      const adapter = this.tenant.accounts.get(accountId);
      if (!adapter) throw new NotFoundError('ProviderAccount', accountId);
      this.require(adapter, capability);
      return adapter;
    }
    const able = [...this.tenant.accounts.values()].filter((adapter) => adapter.capabilities.has(capability));
    const [only] = able;
    if (able.length === 1 && only) return only;
    const message =
      able.length === 0 ? `no provider account can ${capability}` : 'name the account: several can do this';
    throw new ValidationError([{ path: ['account'], message }]);
  }
}
