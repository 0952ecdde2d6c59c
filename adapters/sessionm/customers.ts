import type { Campaign } from '../../src/domain/campaign.js';
import { NotFoundError } from '../../src/domain/errors.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type {
  CampaignContent,
  CreateSessionMCampaignInput,
  CustomerCampaign,
  CustomerCampaignPage,
  CustomerKey,
  CustomerProgress,
} from '../../src/domain/sessionm.js';
import type { CallContext } from '../../src/upstream/types.js';
import type { CustomerCampaignsQuery, SessionMOperations } from '../sessionm-port.js';
import type { SessionMClient } from './client.js';
import { toDomainError, type ErrorSubject } from './errors.js';
import { toBehaviors, toCampaign, toCustomerCampaign, toProgress } from './map.js';
import {
  customerCampaignAnswer,
  customerCampaignPage,
  customerCampaignsV1,
  formatSessionMDate,
  progressAnswer,
  sessionmCampaignAnswer,
} from './wire.js';

const V1 = '/priv/v1/apps/:api_key';
/** Customer campaigns read per page when several campaigns' contents are wanted at once. */
const CONTENT_PAGE_SIZE = 100;
const V2 = '/priv/v2/apps/:api_key';

/** Every section a customer campaign is read with: progress (ids, goals), behaviors (rules) and offers. */
const SECTIONS: [string, string][] = [
  ['sections[]', 'progress'],
  ['sections[]', 'behaviors'],
  ['sections[]', 'offers'],
];

/** The path part and parameter naming a customer: internal user id or external id. */
function customerPath(customer: CustomerKey): { path: string; params: Record<string, string> } {
  return customer.kind === 'id'
    ? { path: '/users/:user_id', params: { user_id: customer.id } }
    : { path: '/external/users/:external_id', params: { external_id: customer.id } };
}

/** SessionM's campaign ids are integers; anything else cannot name one of its campaigns. */
function campaignIdOf(providerId: string): string {
  if (!/^\d+$/.test(providerId)) throw new NotFoundError('Campaign', providerId);
  return providerId;
}

/**
 * SessionM's customer-scoped reads, opt-in and create. Behaviors and offers exist only in customer
 * views, so a campaign's are read as the account's reference customer (config), with `filters[]=all`.
 */
export class SessionMCustomers implements SessionMOperations {
  constructor(
    private readonly account: AccountRef,
    private readonly client: SessionMClient,
    private readonly referenceUserId: string | null,
  ) {}

  async campaignContent(providerId: string, context: CallContext): Promise<CampaignContent | null> {
    if (this.referenceUserId === null) return null;
    const reference: CustomerKey = { kind: 'id', id: this.referenceUserId };
    try {
      const campaign = await this.customerCampaign(reference, providerId, context);
      return { behaviors: campaign.behaviors, offers: campaign.offers };
    } catch (error) {
      if (!(error instanceof NotFoundError) || error.typeName !== 'Campaign') throw error;
      return this.endedContent(reference, providerId, context);
    }
  }

  /**
   * One id is one read. Several are read from the reference customer's campaign list (`filters[]=all`,
   * every section), paged only until each wanted campaign was seen; campaigns not in it (not active) are
   * read from the progress endpoint, one call each: SessionM has no batch read of progress.
   */
  async campaignContents(
    providerIds: readonly string[],
    context: CallContext,
  ): Promise<Map<string, CampaignContent | null | Error>> {
    const ids = [...new Set(providerIds)];
    const answers = new Map<string, CampaignContent | null | Error>();
    const settle = async (id: string, read: () => Promise<CampaignContent | null>) => {
      answers.set(
        id,
        await read().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
      );
    };
    if (this.referenceUserId === null || ids.length <= 1) {
      await Promise.all(ids.map((id) => settle(id, () => this.campaignContent(id, context))));
      return answers;
    }
    const reference: CustomerKey = { kind: 'id', id: this.referenceUserId };
    const wanted = new Set(ids.filter((id) => /^\d+$/.test(id)));
    const listed = await this.listedContents(reference, wanted, context).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    await Promise.all(
      ids.map((id) => {
        if (listed instanceof Error) return answers.set(id, listed);
        const content = listed.get(id);
        return content ? answers.set(id, content) : settle(id, () => this.endedContent(reference, id, context));
      }),
    );
    return answers;
  }

  async customerCampaigns(
    customer: CustomerKey,
    query: CustomerCampaignsQuery,
    context: CallContext,
  ): Promise<CustomerCampaignPage> {
    const who = customerPath(customer);
    const answer = await this.call({ customer }, () =>
      this.client.request(
        {
          method: 'GET',
          endpoint: `${V2}${who.path}/campaigns`,
          params: who.params,
          query: [
            ...SECTIONS,
            ['filters[]', query.filter.toLowerCase()],
            ['page', String(query.page)],
            ['page_size', String(query.pageSize)],
          ],
          schema: customerCampaignPage,
        },
        context,
      ),
    );
    return {
      page: answer.page,
      pageSize: answer.page_size,
      numberOfPages: answer.number_of_pages,
      campaigns: answer.campaigns.map(toCustomerCampaign),
    };
  }

  async customerCampaign(customer: CustomerKey, providerId: string, context: CallContext): Promise<CustomerCampaign> {
    const campaignId = campaignIdOf(providerId);
    const who = customerPath(customer);
    const wire = await this.call({ customer, campaignId }, () =>
      this.client.request(
        {
          method: 'GET',
          endpoint: `${V2}${who.path}/campaigns/:ad_campaign_id`,
          params: { ...who.params, ad_campaign_id: campaignId },
          query: [...SECTIONS, ['filters[]', 'all']],
          schema: customerCampaignAnswer,
        },
        context,
      ),
    );
    return toCustomerCampaign(wire);
  }

  async customerProgress(customer: CustomerKey, providerId: string, context: CallContext): Promise<CustomerProgress> {
    return toProgress(await this.progressOf(customer, providerId, context));
  }

  async optIn(customer: CustomerKey, providerId: string, context: CallContext): Promise<CustomerProgress> {
    const campaignId = campaignIdOf(providerId);
    const who = customerPath(customer);
    const answer = await this.call({ customer, campaignId }, () =>
      this.client.request(
        {
          method: 'GET',
          endpoint: `${V1}${who.path}/campaigns/:campaign_id/opt_in`,
          params: { ...who.params, campaign_id: campaignId },
          schema: customerCampaignsV1,
        },
        context,
      ),
    );
    const { tiles, promotions } = answer.campaigns;
    const entry = [...tiles, ...promotions].find((item) => String(item.campaign_id) === campaignId);
    if (!entry?.progress) return { ...(await this.customerProgress(customer, providerId, context)), optedIn: true };
    return { ...toProgress({ state: entry.progress.state, behaviors: entry.progress.behaviors ?? [] }), optedIn: true };
  }

  async createCampaign(input: CreateSessionMCampaignInput, context: CallContext): Promise<Campaign> {
    const answer = await this.call({}, () =>
      this.client.request(
        {
          method: 'POST',
          endpoint: `${V1}/campaigns`,
          body: { campaign: createBody(input) },
          schema: sessionmCampaignAnswer,
        },
        context,
      ),
    );
    return toCampaign(this.account, answer.campaign);
  }

  /** The customer's campaign list, paged until every wanted id was seen or the list ended. */
  private async listedContents(
    customer: CustomerKey,
    wanted: ReadonlySet<string>,
    context: CallContext,
  ): Promise<Map<string, CampaignContent>> {
    const found = new Map<string, CampaignContent>();
    for (let page = 1; found.size < wanted.size; page += 1) {
      const answer = await this.customerCampaigns(
        customer,
        { filter: 'ALL', page, pageSize: CONTENT_PAGE_SIZE },
        context,
      );
      for (const campaign of answer.campaigns) {
        if (wanted.has(campaign.providerId)) {
          found.set(campaign.providerId, { behaviors: campaign.behaviors, offers: campaign.offers });
        }
      }
      if (page >= answer.numberOfPages || answer.campaigns.length === 0) break;
    }
    return found;
  }

  /** A campaign no longer active: the progress endpoint still names the behaviors ("even after the campaign ends"). */
  private async endedContent(
    customer: CustomerKey,
    providerId: string,
    context: CallContext,
  ): Promise<CampaignContent> {
    const progress = await this.progressOf(customer, providerId, context);
    return { behaviors: toBehaviors(undefined, progress.behaviors), offers: [] };
  }

  private async progressOf(customer: CustomerKey, providerId: string, context: CallContext) {
    const campaignId = campaignIdOf(providerId);
    const who = customerPath(customer);
    const answer = await this.call({ customer, campaignId }, () =>
      this.client.request(
        {
          method: 'GET',
          endpoint: `${V1}${who.path}/campaigns/:ad_campaign_id/progress`,
          params: { ...who.params, ad_campaign_id: campaignId },
          schema: progressAnswer,
        },
        context,
      ),
    );
    return answer.campaign;
  }

  private async call<T>(subject: ErrorSubject, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toDomainError(error, subject);
    }
  }
}

/** The documented create body: SessionM creates campaigns `live`; targeting uses `$and`/`$in`/`$not` on user tags. */
function createBody(input: CreateSessionMCampaignInput): Record<string, unknown> {
  const type = input.campaignType?.toLowerCase();
  const conditions = [
    ...(input.includeTags.length > 0 ? [{ 'user.tags': { $in: input.includeTags } }] : []),
    ...(input.excludeTags.length > 0 ? [{ 'user.tags': { $not: { $in: input.excludeTags } } }] : []),
  ];
  return {
    name: input.name,
    status: 'live',
    starts_at: formatSessionMDate(input.startsAt),
    ends_at: formatSessionMDate(input.endsAt),
    ...(input.externalId !== null ? { external_id: input.externalId } : {}),
    ...(type ? { campaign_type: type, template: type } : {}),
    ...(input.optInRequired ? { optin_required: true } : {}),
    ...(input.optInStartsAt ? { opt_in_starts_at: formatSessionMDate(input.optInStartsAt) } : {}),
    ...(input.optInEndsAt ? { opt_in_ends_at: formatSessionMDate(input.optInEndsAt) } : {}),
    ...(conditions.length === 1 ? { targeting: conditions[0] } : {}),
    ...(conditions.length > 1 ? { targeting: { $and: conditions } } : {}),
  };
}
