import type { Campaign } from '../../src/domain/campaign.js';
import { NotFoundError, ValidationError } from '../../src/domain/errors.js';
import type { PeachCampaignInput } from '../../src/domain/peach.js';
import { describePeachyCronIssue, parsePeachyCron } from '../../src/domain/peachy-cron.js';
import type { AccountRef, Capability } from '../../src/domain/provider.js';
import type { CampaignAction } from '../../src/domain/status.js';
import type { UpstreamClient } from '../../src/upstream/client.js';
import type { CallContext, UpstreamHealth } from '../../src/upstream/types.js';
import type { PeachOperations } from '../peach-port.js';
import type { ActionArgs, CampaignListQuery, CampaignPage, CampaignPageBefore, ProviderAdapter } from '../port.js';
import type { PeachClient } from './client.js';
import { listPeachCampaigns, listPeachCampaignsBefore } from './list.js';
import { campaignBody, toCampaign } from './map.js';
import { PeachRuns } from './runs.js';
import { PEACH_ANY_ID, peachCampaignResponse } from './wire.js';

/**
 * Peach creates and updates borrower campaigns, schedules them with a Peachy crontab and triggers runs;
 * it has no start, pause, resume or cancel of a campaign, and no delete.
 */
export const PEACH_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'CREATE',
  'UPDATE',
  'TRIGGER_RUN',
  'SCHEDULE',
]);

/** The Peach borrower-campaigns adapter. */
export class PeachAdapter implements ProviderAdapter, PeachOperations {
  readonly capabilities = PEACH_CAPABILITIES;
  readonly nativeOrders = ['CREATED_AT:DESC'] as const;
  readonly runs: PeachRuns;
  readonly peach: PeachOperations = this;

  constructor(
    readonly account: AccountRef,
    private readonly http: UpstreamClient,
    private readonly client: PeachClient,
  ) {
    this.runs = new PeachRuns(account, client);
  }

  listCampaigns(query: CampaignListQuery, context: CallContext): Promise<CampaignPage> {
    return listPeachCampaigns(this.account, this.client, query, context);
  }

  listCampaignsBefore(query: CampaignListQuery, context: CallContext): Promise<CampaignPageBefore> {
    const current = (id: string) => this.findCampaign(id, context);
    return listPeachCampaignsBefore(this.account, this.client, query, current, context);
  }

  /** One GET per id (Peach has no batch read), in parallel; unknown ids are left out. */
  async getCampaigns(providerIds: readonly string[], context: CallContext): Promise<Map<string, Campaign>> {
    const found = new Map<string, Campaign>();
    await Promise.all(
      [...new Set(providerIds)].map(async (id) => {
        const campaign = await this.findCampaign(id, context);
        if (campaign) found.set(id, campaign);
      }),
    );
    return found;
  }

  /**
   * SCHEDULE is the only lifecycle action Peach has, and its schedules are recurring Peachy crontabs with
   * the time of day left to Peach: a single start time cannot be expressed, so it is refused unsent.
   */
  runAction(action: CampaignAction, _providerId: string, _args: ActionArgs, _context: CallContext): Promise<Campaign> {
    if (action !== 'SCHEDULE') {
      return Promise.reject(new Error(`Peach has no ${action} endpoint; capabilities should have refused it`));
    }
    const message =
      'Peach schedules are recurring Peachy crontabs (Peach picks the time of day); set one with schedulePeachCampaign';
    return Promise.reject(new ValidationError([{ path: ['at'], message }]));
  }

  async createCampaign(input: PeachCampaignInput, context: CallContext): Promise<Campaign> {
    checkSchedule(input);
    const answer = await this.client.request(
      {
        method: 'POST',
        path: '/campaigns',
        endpoint: '/campaigns',
        body: campaignBody(input),
        schema: peachCampaignResponse,
      },
      context,
    );
    return toCampaign(this.account, answer.data);
  }

  async updateCampaign(providerId: string, input: PeachCampaignInput, context: CallContext): Promise<Campaign> {
    if (!PEACH_ANY_ID.test(providerId)) throw new NotFoundError('Campaign', providerId);
    checkSchedule(input);
    const answer = await this.client.request(
      {
        method: 'PUT',
        path: `/campaigns/${encodeURIComponent(providerId)}`,
        endpoint: '/campaigns/:borrowerCampaignId',
        body: campaignBody(input),
        schema: peachCampaignResponse,
      },
      context,
      { typeName: 'Campaign', id: providerId },
    );
    return toCampaign(this.account, answer.data);
  }

  health(): UpstreamHealth {
    return this.http.health();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** The campaign, or undefined when Peach does not know it. */
  private findCampaign(providerId: string, context: CallContext): Promise<Campaign | undefined> {
    return this.getCampaign(providerId, context).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
  }

  private async getCampaign(providerId: string, context: CallContext): Promise<Campaign | undefined> {
    if (!PEACH_ANY_ID.test(providerId)) return undefined;
    const answer = await this.client.request(
      {
        method: 'GET',
        path: `/campaigns/${encodeURIComponent(providerId)}`,
        endpoint: '/campaigns/:borrowerCampaignId',
        schema: peachCampaignResponse,
      },
      context,
      { typeName: 'Campaign', id: providerId },
    );
    return toCampaign(this.account, answer.data);
  }
}

/** A schedule is checked here first, so a malformed crontab never reaches Peach. */
function checkSchedule(input: PeachCampaignInput): void {
  if (input.schedule === undefined || input.schedule === null) return;
  const parsed = parsePeachyCron(input.schedule);
  if (!parsed.ok) throw new ValidationError([{ path: ['schedule'], message: describePeachyCronIssue(parsed.issue) }]);
}
