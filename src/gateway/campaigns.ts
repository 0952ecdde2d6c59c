import type { CampaignFilter, CampaignOrder, ProviderAdapter } from '../../adapters/port.js';
import type { Campaign, CampaignRef } from '../domain/campaign.js';
import { availableActions, ACTION_CAPABILITY } from '../domain/campaign.js';
import { InvalidTransitionError, NotFoundError, UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { encodeRef, refOf } from '../domain/ids.js';
import type { PriceEstimateInput, SendCampaignInput } from '../domain/inputs.js';
import type { Money } from '../domain/money.js';
import type { Capability, ProviderId } from '../domain/provider.js';
import { canTransition, TRANSITIONS, type CampaignAction } from '../domain/status.js';
import { filter } from 'graphql-yoga';
import type { CampaignEvent, StreamItem } from '../events/types.js';
import type { CallContext } from '../upstream/types.js';
import { createLoaders, type Loaders } from './loaders.js';
import { mergePage, type MergedPage } from './merge.js';
import { mergePageBefore } from './merge-before.js';
import { validateIdempotencyKey } from './idempotency.js';
import type { GatewayServices } from './services.js';
import { KonigleGateway } from './konigle.js';
import { SessionMGateway } from './sessionm.js';
import { PeachGateway } from './peach.js';
import type { Tenant } from './tenants.js';

/** Arguments of the federated campaigns listing: forward (`first`/`after`) or backward (`last`/`before`). */
export type CampaignsQuery = {
  providers: readonly ProviderId[] | null;
  filter: CampaignFilter;
  order: CampaignOrder;
} & ({ first: number; after: string | null } | { last: number; before: string | null });

/**
 * The gateway core as one GraphQL request sees it: a tenant, its accounts, per-request loaders.
 * Resolvers call into this and nothing else.
 */
export class RequestGateway {
  readonly loaders: Loaders;

  constructor(
    readonly tenant: Tenant,
    readonly context: CallContext,
    private readonly services: GatewayServices,
    /** The request's `Idempotency-Key` header, used when a mutation names no key of its own. */
    private readonly headerIdempotencyKey: string | null = null,
  ) {
    this.loaders = createLoaders(tenant, context);
  }

  #sessionm: SessionMGateway | undefined;
  #konigle: KonigleGateway | undefined;
  #peach: PeachGateway | undefined;

  /** Peach's create, update and schedule, and campaign runs (list, trigger, files), with idempotency and events. */
  get peach(): PeachGateway {
    this.#peach ??= new PeachGateway(
      this.tenant,
      this.context,
      {
        once: (operation, input, key, effect) => this.once(operation, input, key, effect),
        publishStatus: (campaign, previous) => this.publishStatus(campaign, previous),
        refresh: (campaign) => void this.loaders.campaign.clear(campaign).prime(campaign, campaign),
        campaign: (ref) => this.campaign(ref),
        loaders: this.loaders,
      },
      this.services,
    );
    return this.#peach;
  }

  /** Konigle's contacts, LTV, test emails, create and update, under the same idempotency and events. */
  get konigle(): KonigleGateway {
    this.#konigle ??= new KonigleGateway(this.tenant, this.context, {
      once: (operation, input, key, effect) => this.once(operation, input, key, effect),
      publishCreated: (campaign) => this.publishStatus(campaign, null),
      refresh: (campaign) => void this.loaders.campaign.clear(campaign).prime(campaign, campaign),
      loaders: this.loaders,
    });
    return this.#konigle;
  }

  /** SessionM's behaviors, offers, customers, opt-in and create, under the same idempotency and events. */
  get sessionm(): SessionMGateway {
    this.#sessionm ??= new SessionMGateway(this.tenant, this.context, {
      once: (operation, input, key, effect) => this.once(operation, input, key, effect),
      publishCreated: (campaign) => this.publishStatus(campaign, null),
      loaders: this.loaders,
    });
    return this.#sessionm;
  }

  /**
   * One page of the merged listing across the tenant's accounts. The campaigns read are the request's
   * copies: asking for one of them again by id in the same request calls nobody.
   */
  async listCampaigns(query: CampaignsQuery): Promise<MergedPage> {
    const sources = [...this.tenant.accounts]
      .filter(([, adapter]) => !query.providers || query.providers.includes(adapter.account.provider))
      .map(([key, adapter]) => ({ key, adapter }));
    const { filter, order } = query;
    const page =
      'last' in query
        ? await mergePageBefore(sources, { last: query.last, before: query.before, filter, order }, this.context)
        : await mergePage(sources, { first: query.first, after: query.after, filter, order }, this.context);
    for (const { campaign } of page.edges) this.loaders.campaign.prime(refOf(campaign), campaign);
    return page;
  }

  /** A campaign of this tenant, or null (another tenant's id is simply not found). */
  campaign(ref: CampaignRef): Promise<Campaign | null> {
    return this.loaders.campaign.load(ref);
  }

  /** The tenant's event stream from `since` (replay, then live), filtered; notices pass through. */
  events(since: string | null, accept: (event: CampaignEvent) => boolean): AsyncIterable<StreamItem> {
    const source = this.services.bus.subscribe(this.tenant.id, {
      since,
      ...(this.context.signal ? { signal: this.context.signal } : {}),
    });
    return filter((item: StreamItem) => !('event' in item) || accept(item.event))(source);
  }

  /** The newest event id of the tenant's stream, the `since` that makes a query and a subscription seamless. */
  latestEventId(): Promise<string | null> {
    return this.services.bus.latestId(this.tenant.id);
  }

  /** A campaign's current fields, bypassing the request cache (a subscription outlives one read). */
  freshCampaign(ref: CampaignRef): Promise<Campaign | null> {
    return this.loaders.campaign.clear(ref).load(ref);
  }

  /** What the campaign can do now. */
  availableActions(campaign: Campaign): CampaignAction[] {
    const adapter = this.tenant.accounts.get(campaign.account);
    return adapter ? availableActions(campaign.status, adapter.capabilities) : [];
  }

  /**
   * Runs a lifecycle action after the capability and status-machine checks (neither refusal calls the
   * provider), at most once per idempotency key, and publishes the status change once.
   */
  runAction(
    ref: CampaignRef,
    action: CampaignAction,
    at: Date | undefined,
    idempotencyKey: string | null,
  ): Promise<Campaign> {
    const input = { ref: encodeRef(ref), action, at: at?.toISOString() ?? null };
    return this.once(`campaign.${action}`, input, idempotencyKey, async () => {
      const adapter = this.adapterFor(ref);
      this.require(adapter, ACTION_CAPABILITY[action]);
      const current = await this.campaign(ref);
      if (!current) throw new NotFoundError('Campaign', encodeRef(ref));
      if (!canTransition(current.status, action)) {
        throw new InvalidTransitionError(action, current.status, TRANSITIONS[action].from);
      }
      const updated = await adapter.runAction(action, ref.providerId, at ? { at } : {}, this.context);
      this.loaders.campaign.clear(ref).prime(ref, updated);
      await this.publishStatus(updated, current.status);
      return updated;
    });
  }

  /** Creates and sends a one-shot message campaign on an account that can send. */
  send(accountId: string | null, input: SendCampaignInput, idempotencyKey: string | null): Promise<Campaign> {
    return this.once('campaign.send', { accountId, input }, idempotencyKey, async () => {
      const adapter = this.accountWith('SEND', accountId);
      if (!adapter.send) throw new UnsupportedOperationError(adapter.account.provider, 'SEND');
      const created = await adapter.send(input, this.context);
      await this.publishStatus(created, null);
      return created;
    });
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

  /** Runs `effect` under the idempotency guard when a key is given (argument first, then header). */
  private once<T>(operation: string, input: unknown, key: string | null, effect: () => Promise<T>): Promise<T> {
    const chosen =
      key ?? (this.headerIdempotencyKey && validateIdempotencyKey(this.headerIdempotencyKey, 'Idempotency-Key'));
    if (!chosen) return effect();
    return this.services.idempotency.run({ tenantId: this.tenant.id, key: chosen, operation, input }, effect);
  }

  /**
   * Records the campaign's new status and publishes the change (CREATED when there was none before).
   * The provider already acted, so a failure to publish is logged, never turned into a failed mutation.
   */
  private async publishStatus(campaign: Campaign, previous: Campaign['status'] | null): Promise<void> {
    await this.services.changes
      .observe(this.tenant.id, {
        type: previous === null ? 'CREATED' : 'STATUS_CHANGED',
        campaign: refOf(campaign),
        status: campaign.status,
        source: 'MUTATION',
        occurredAt: new Date().toISOString(),
        knownPrevious: previous,
      })
      .catch((error: unknown) =>
        this.services.logger.error(
          { err: error, campaign: encodeRef(campaign), requestId: this.context.requestId },
          'status event not published',
        ),
      );
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
