import { ACTION_CAPABILITY, type Campaign } from '../../src/domain/campaign.js';
import { UnsupportedOperationError } from '../../src/domain/errors.js';
import type { AccountRef, Capability } from '../../src/domain/provider.js';
import type { CampaignAction } from '../../src/domain/status.js';
import type { UpstreamClient } from '../../src/upstream/client.js';
import type { CallContext, UpstreamHealth } from '../../src/upstream/types.js';
import {
  CAMPAIGN_ORDER_FIELDS,
  type ActionArgs,
  type CampaignListQuery,
  type CampaignPage,
  type CampaignPageBefore,
  type ProviderAdapter,
} from '../port.js';
import type { SessionMOperations } from '../sessionm-port.js';
import type { SessionMClient } from './client.js';
import { SessionMCustomers } from './customers.js';
import { toDomainError } from './errors.js';
import { pageBefore, pageOf } from './list.js';
import { toCampaign } from './map.js';
import { sessionmCampaignList } from './wire.js';

/**
 * SessionM can create campaigns, opt customers in and report their progress. Its Campaigns API has no
 * update, start, pause, resume, cancel, schedule or delete: a campaign's status is chosen when it is
 * created (`live`) and changes only inside the platform, so every lifecycle action is unsupported.
 */
export const SESSIONM_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'CREATE',
  'OPT_IN',
  'CUSTOMER_PROGRESS',
]);

/** The SessionM Campaigns API adapter. */
export class SessionMAdapter implements ProviderAdapter {
  readonly capabilities = SESSIONM_CAPABILITIES;
  /** The whole list comes in one answer, so every order is applied here. */
  readonly nativeOrders = CAMPAIGN_ORDER_FIELDS;
  readonly sessionm: SessionMOperations;

  constructor(
    readonly account: AccountRef,
    private readonly http: UpstreamClient,
    private readonly client: SessionMClient,
    referenceUserId: string | null,
  ) {
    this.sessionm = new SessionMCustomers(account, client, referenceUserId);
  }

  async listCampaigns(query: CampaignListQuery, context: CallContext): Promise<CampaignPage> {
    return pageOf(await this.allCampaigns(context), query);
  }

  async listCampaignsBefore(query: CampaignListQuery, context: CallContext): Promise<CampaignPageBefore> {
    return pageBefore(await this.allCampaigns(context), query);
  }

  /** One call for any number of ids: the "all active campaigns" list; ids it does not hold are absent. */
  async getCampaigns(providerIds: readonly string[], context: CallContext): Promise<Map<string, Campaign>> {
    const wanted = new Set(providerIds);
    const found = new Map<string, Campaign>();
    if (wanted.size === 0) return found;
    for (const campaign of await this.allCampaigns(context)) {
      if (wanted.has(campaign.providerId)) found.set(campaign.providerId, campaign);
    }
    return found;
  }

  runAction(action: CampaignAction, _providerId: string, _args: ActionArgs, _context: CallContext): Promise<Campaign> {
    return Promise.reject(new UnsupportedOperationError('sessionm', ACTION_CAPABILITY[action]));
  }

  health(): UpstreamHealth {
    return this.http.health();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async allCampaigns(context: CallContext): Promise<Campaign[]> {
    try {
      const answer = await this.client.request(
        { method: 'GET', endpoint: '/priv/v1/apps/:api_key/campaigns', schema: sessionmCampaignList },
        context,
      );
      return answer.campaigns.map((wire) => toCampaign(this.account, wire));
    } catch (error) {
      throw toDomainError(error);
    }
  }
}
