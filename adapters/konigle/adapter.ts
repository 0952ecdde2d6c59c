import { z } from 'zod';
import type { Campaign } from '../../src/domain/campaign.js';
import type { Contact, ContactFilter, ContactInput, KonigleCampaignInput, LtvInput } from '../../src/domain/konigle.js';
import type { AccountRef, Capability } from '../../src/domain/provider.js';
import type { CampaignAction } from '../../src/domain/status.js';
import type { UpstreamClient, UpstreamRequest } from '../../src/upstream/client.js';
import type { CallContext } from '../../src/upstream/types.js';
import type { ContactPage, KonigleOperations } from '../konigle-port.js';
import { pageBeforeOffset } from '../offset-paging.js';
import type {
  ActionArgs,
  CampaignEdge,
  CampaignFilter,
  CampaignListQuery,
  CampaignPage,
  CampaignPageBefore,
  ProviderAdapter,
} from '../port.js';
import { mapKonigleError } from './errors.js';
import { konigleStatusFor, toCampaign, toContact } from './map.js';
import { campaignBody, contactBody } from './requests.js';
import { konigleCampaign, konigleContact, konigleList } from './wire.js';

const CAMPAIGNS = '/reachout/api/v1/campaigns';
const CONTACTS = '/reachout/api/v1/contacts';
/** Page size used to read lists (the documented maximum the SDK iterates with). */
const PAGE = 100;
const ACTION_PATH: Record<CampaignAction, string> = {
  START: 'start',
  PAUSE: 'pause',
  RESUME: 'resume',
  CANCEL: 'cancel',
  SCHEDULE: 'schedule',
};

/** Konigle runs the whole lifecycle, plus contacts, LTV and test emails; it has no price estimate. */
export const KONIGLE_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'CREATE',
  'UPDATE',
  'START',
  'PAUSE',
  'RESUME',
  'CANCEL',
  'SCHEDULE',
  'SEND_TEST',
  'ADD_LTV',
  'CONTACTS',
  'DELIVERY_STATS',
]);

/** The Konigle Reachout adapter (`Authorization: Token <key>`). */
export class KonigleAdapter implements ProviderAdapter, KonigleOperations {
  readonly capabilities = KONIGLE_CAPABILITIES;
  /** Konigle lists newest first only; other orders are sorted by the gateway. */
  readonly nativeOrders = ['CREATED_AT:DESC'] as const;
  readonly konigle: KonigleOperations = this;

  constructor(
    readonly account: AccountRef,
    private readonly http: UpstreamClient,
    private readonly apiKey: { reveal(): string },
  ) {}

  health() {
    return this.http.health();
  }

  /** Newest first; the cursor is the absolute offset, read through Konigle's page numbers. */
  async listCampaigns(query: CampaignListQuery, context: CallContext): Promise<CampaignPage> {
    const pushed = pushFilter(query.filter);
    if (!pushed) return { edges: [], nextCursor: null, totalCount: 0 };
    const edges: CampaignEdge[] = [];
    let offset = Number(query.cursor ?? 0);
    let count = 0;
    for (;;) {
      const page = await this.page(pushed.params, offset, context);
      count = page.count;
      for (const [index, wire] of page.items.entries()) {
        const campaign = toCampaign(this.account, wire);
        if (!pushed.local(campaign)) continue;
        if (edges.length === query.limit) {
          return { edges, nextCursor: String(offset + index), totalCount: pushed.exact ? count : null };
        }
        edges.push({ campaign, after: String(offset + index + 1) });
      }
      offset += page.items.length;
      if (page.items.length === 0 || offset >= count) break;
    }
    return { edges, nextCursor: null, totalCount: pushed.exact ? count : null };
  }

  /** The page right before an offset cursor (null = the end), read backwards one Konigle page at a time. */
  async listCampaignsBefore(query: CampaignListQuery, context: CallContext): Promise<CampaignPageBefore> {
    const pushed = pushFilter(query.filter);
    if (!pushed) return { edges: [], startCursor: null, totalCount: 0 };
    const page = await pageBeforeOffset(
      {
        total: async () => (await this.page(pushed.params, 0, context)).count,
        readEndingAt: async (end) => {
          const start = Math.floor((end - 1) / PAGE) * PAGE;
          const { count, items } = await this.page(pushed.params, start, context);
          return { start, items, total: count };
        },
        accept: (wire) => {
          const campaign = toCampaign(this.account, wire);
          return pushed.local(campaign) ? campaign : null;
        },
      },
      query.cursor,
      query.limit,
    );
    return { edges: page.edges, startCursor: page.startCursor, totalCount: pushed.exact ? page.total : null };
  }

  async getCampaigns(providerIds: readonly string[], context: CallContext): Promise<Map<string, Campaign>> {
    const found = new Map<string, Campaign>();
    await Promise.all(
      [...new Set(providerIds)].map(async (id) => {
        const wire = await this.call(
          {
            method: 'GET',
            path: `${CAMPAIGNS}/${encodeURIComponent(id)}`,
            endpoint: `${CAMPAIGNS}/:id`,
            schema: konigleCampaign,
          },
          context,
          { typeName: 'Campaign', id },
        ).catch((error: unknown) => {
          if ((error as { code?: string }).code === 'NOT_FOUND') return undefined;
          throw error;
        });
        if (wire) found.set(id, toCampaign(this.account, wire));
      }),
    );
    return found;
  }

  async runAction(
    action: CampaignAction,
    providerId: string,
    args: ActionArgs,
    context: CallContext,
  ): Promise<Campaign> {
    const body = action === 'SCHEDULE' ? (args.at ? { scheduled_at: args.at.toISOString() } : {}) : undefined;
    const path = `${CAMPAIGNS}/${encodeURIComponent(providerId)}/${ACTION_PATH[action]}`;
    try {
      const wire = await this.http.request(
        {
          method: 'POST',
          path,
          endpoint: `${CAMPAIGNS}/:id/${ACTION_PATH[action]}`,
          body,
          headers: this.auth(),
          schema: konigleCampaign,
        },
        context,
      );
      return toCampaign(this.account, wire);
    } catch (error) {
      const current = (await this.getCampaigns([providerId], context).catch(() => new Map<string, Campaign>())).get(
        providerId,
      );
      throw mapKonigleError(
        error,
        { typeName: 'Campaign', id: providerId },
        { action, current: current?.status ?? 'UNKNOWN' },
      );
    }
  }

  async createCampaign(input: KonigleCampaignInput, context: CallContext): Promise<Campaign> {
    const wire = await this.call(
      { method: 'POST', path: CAMPAIGNS, endpoint: CAMPAIGNS, body: campaignBody(input), schema: konigleCampaign },
      context,
      null,
    );
    return toCampaign(this.account, wire);
  }

  async updateCampaign(
    providerId: string,
    input: Partial<KonigleCampaignInput>,
    context: CallContext,
  ): Promise<Campaign> {
    const path = `${CAMPAIGNS}/${encodeURIComponent(providerId)}`;
    const wire = await this.call(
      { method: 'PATCH', path, endpoint: `${CAMPAIGNS}/:id`, body: campaignBody(input), schema: konigleCampaign },
      context,
      { typeName: 'Campaign', id: providerId },
    );
    return toCampaign(this.account, wire);
  }

  async addCampaignLtv(providerId: string, ltv: LtvInput, context: CallContext): Promise<Campaign> {
    const body = {
      value: ltv.amount,
      currency: ltv.currency,
      ...(ltv.contactEmail ? { contact_email: ltv.contactEmail } : {}),
    };
    const path = `${CAMPAIGNS}/${encodeURIComponent(providerId)}/add-ltv`;
    const wire = await this.call(
      { method: 'POST', path, endpoint: `${CAMPAIGNS}/:id/add-ltv`, body, schema: konigleCampaign },
      context,
      { typeName: 'Campaign', id: providerId },
    );
    return toCampaign(this.account, wire);
  }

  async sendTestEmail(providerId: string, emailAddress: string, context: CallContext): Promise<void> {
    const path = `${CAMPAIGNS}/${encodeURIComponent(providerId)}/send-test-email`;
    await this.call(
      {
        method: 'POST',
        path,
        endpoint: `${CAMPAIGNS}/:id/send-test-email`,
        body: { email_address: emailAddress },
        schema: z.unknown(),
      },
      context,
      { typeName: 'Campaign', id: providerId },
    );
  }

  async listContacts(
    filter: ContactFilter,
    page: number,
    pageSize: number,
    context: CallContext,
  ): Promise<ContactPage> {
    const query = {
      page,
      page_size: pageSize,
      ...(filter.emailSearch ? { q: filter.emailSearch } : {}),
      ...(filter.source ? { source: filter.source.toLowerCase() } : {}),
      ...(filter.tags?.length ? { tags: filter.tags.join(',') } : {}),
    };
    try {
      const answer = await this.http.request(
        {
          method: 'GET',
          path: CONTACTS,
          endpoint: CONTACTS,
          query,
          headers: this.auth(),
          schema: konigleList(konigleContact),
        },
        context,
      );
      return {
        contacts: answer.items.map((c) => toContact(this.account, c)),
        nextPage: answer.next ? page + 1 : null,
        totalCount: answer.count,
      };
    } catch (error) {
      const mapped = mapKonigleError(error, null);
      if ((mapped as { status?: number }).status === 404) return { contacts: [], nextPage: null, totalCount: 0 };
      throw mapped;
    }
  }

  async getContacts(providerIds: readonly string[], context: CallContext): Promise<Map<string, Contact>> {
    const found = new Map<string, Contact>();
    await Promise.all(
      [...new Set(providerIds)].map(async (id) => {
        const wire = await this.call(
          {
            method: 'GET',
            path: `${CONTACTS}/${encodeURIComponent(id)}`,
            endpoint: `${CONTACTS}/:id`,
            schema: konigleContact,
          },
          context,
          { typeName: 'Contact', id },
        ).catch((error: unknown) => {
          if ((error as { code?: string }).code === 'NOT_FOUND') return undefined;
          throw error;
        });
        if (wire) found.set(id, toContact(this.account, wire));
      }),
    );
    return found;
  }

  async createContact(input: ContactInput & { email: string }, context: CallContext): Promise<Contact> {
    const wire = await this.call(
      { method: 'POST', path: CONTACTS, endpoint: CONTACTS, body: contactBody(input), schema: konigleContact },
      context,
      null,
    );
    return toContact(this.account, wire);
  }

  async updateContact(providerId: string, input: ContactInput, context: CallContext): Promise<Contact> {
    const path = `${CONTACTS}/${encodeURIComponent(providerId)}`;
    const wire = await this.call(
      { method: 'PATCH', path, endpoint: `${CONTACTS}/:id`, body: contactBody(input), schema: konigleContact },
      context,
      { typeName: 'Contact', id: providerId },
    );
    return toContact(this.account, wire);
  }

  async addContactLtv(email: string, ltv: LtvInput, context: CallContext): Promise<Contact> {
    const body = { email, value: ltv.amount, currency: ltv.currency };
    const wire = await this.call(
      {
        method: 'POST',
        path: `${CONTACTS}/update-ltv`,
        endpoint: `${CONTACTS}/update-ltv`,
        body,
        schema: konigleContact,
      },
      context,
      { typeName: 'Contact', id: email },
    );
    return toContact(this.account, wire);
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private page(params: Record<string, string>, offset: number, context: CallContext) {
    const pageNumber = Math.floor(offset / PAGE) + 1;
    return this.http
      .request(
        {
          method: 'GET',
          path: CAMPAIGNS,
          endpoint: CAMPAIGNS,
          query: { ...params, page: pageNumber, page_size: PAGE },
          headers: this.auth(),
          schema: konigleList(konigleCampaign),
        },
        context,
      )
      .then((answer) => ({ count: answer.count, items: answer.items.slice(offset % PAGE) }))
      .catch((error: unknown) => {
        const mapped = mapKonigleError(error, null);
        if ((mapped as { status?: number }).status === 404) return { count: offset, items: [] };
        throw mapped;
      });
  }

  /** An authenticated call; failures come back as domain errors, `subject` naming what a 404 did not find. */
  private async call<T>(
    request: Omit<UpstreamRequest<T>, 'headers'>,
    context: CallContext,
    subject: { typeName: string; id: string } | null = null,
  ): Promise<T> {
    try {
      return await this.http.request({ ...request, headers: this.auth() }, context);
    } catch (error) {
      throw mapKonigleError(error, subject);
    }
  }

  private auth(): Record<string, string> {
    return { authorization: `Token ${this.apiKey.reveal()}` };
  }
}

/**
 * Konigle's query parameters for a filter (search, one status) and the rest applied here; null when
 * nothing can match (Konigle sends email only). `exact`: Konigle's count is the answer's total.
 */
function pushFilter(filter: CampaignFilter) {
  if (filter.channels && !filter.channels.includes('EMAIL')) return null;
  const statuses = filter.statuses?.map(konigleStatusFor).filter((s): s is string => s !== undefined);
  if (filter.statuses && statuses?.length === 0) return null;
  const pushedStatus = statuses?.length === 1 ? statuses[0] : undefined;
  const params: Record<string, string> = {
    ...(filter.search ? { q: filter.search } : {}),
    ...(pushedStatus ? { status: pushedStatus } : {}),
  };
  const local = (c: Campaign) =>
    (!statuses || statuses.includes(c.providerStatus)) &&
    (!filter.createdAfter || c.createdAt >= filter.createdAfter) &&
    (!filter.createdBefore || c.createdAt <= filter.createdBefore);
  const exact = !filter.createdAfter && !filter.createdBefore && (!statuses || pushedStatus !== undefined);
  return { params, local, exact };
}
