import { z } from 'zod';
import type { Campaign, CampaignStats } from '../../src/domain/campaign.js';
import {
  InvalidTransitionError,
  NotFoundError,
  ProviderRejectedError,
  ValidationError,
} from '../../src/domain/errors.js';
import type { PriceEstimateInput, SendCampaignInput } from '../../src/domain/inputs.js';
import { money, type Money } from '../../src/domain/money.js';
import type { AccountRef, Capability } from '../../src/domain/provider.js';
import { TRANSITIONS, type CampaignAction } from '../../src/domain/status.js';
import { statusToDomainError, type UpstreamClient } from '../../src/upstream/client.js';
import { UpstreamStatusError } from '../../src/upstream/errors.js';
import type { CallContext, UpstreamHealth } from '../../src/upstream/types.js';
import type { ActionArgs, CampaignListQuery, CampaignPage, CampaignPageBefore, ProviderAdapter } from '../port.js';
import { listBsgCampaigns, listBsgCampaignsBefore } from './list.js';
import { toCampaign, toDeliveryStats } from './map.js';
import { sendRequest } from './send.js';
import type { BsgSession } from './session.js';
import { bsgCampaign, bsgCampaignDetail, bsgCampaignResponse, bsgError, bsgPrice } from './wire.js';

/** BSG can send, stop (= cancel), price SMS and report delivery; it has no draft, pause, resume or schedule API. */
export const BSG_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'SEND',
  'CANCEL',
  'ESTIMATE_PRICE',
  'DELIVERY_STATS',
]);

/** The BSG One-API adapter. */
export class BsgAdapter implements ProviderAdapter {
  readonly capabilities = BSG_CAPABILITIES;

  constructor(
    readonly account: AccountRef,
    private readonly http: UpstreamClient,
    private readonly session: BsgSession,
  ) {}

  async listCampaigns(query: CampaignListQuery, context: CallContext): Promise<CampaignPage> {
    try {
      return await listBsgCampaigns(this.account, this.session, query, context);
    } catch (error) {
      throw this.mapError(error);
    }
  }

  async listCampaignsBefore(query: CampaignListQuery, context: CallContext): Promise<CampaignPageBefore> {
    try {
      return await listBsgCampaignsBefore(this.account, this.session, query, context);
    } catch (error) {
      throw this.mapError(error);
    }
  }

  async getCampaigns(providerIds: readonly string[], context: CallContext): Promise<Map<string, Campaign>> {
    const found = new Map<string, Campaign>();
    await Promise.all(
      [...new Set(providerIds)].map(async (id) => {
        const campaign = await this.getCampaign(id, context);
        if (campaign) found.set(id, campaign);
      }),
    );
    return found;
  }

  async runAction(
    action: CampaignAction,
    providerId: string,
    _args: ActionArgs,
    context: CallContext,
  ): Promise<Campaign> {
    if (action !== 'CANCEL') throw new Error(`BSG has no ${action} endpoint; capabilities should have refused it`);
    const id = numericId(providerId);
    try {
      const answer = await this.session.request(
        {
          method: 'PATCH',
          path: `/api/campaigns/${id}/stop`,
          endpoint: '/api/campaigns/:id/stop',
          schema: bsgCampaignResponse,
        },
        context,
      );
      return toCampaign(this.account, answer.data);
    } catch (error) {
      if (error instanceof UpstreamStatusError && error.status === 422) {
        const current = await this.getCampaign(providerId, context);
        throw new InvalidTransitionError(
          'CANCEL',
          current?.status ?? 'UNKNOWN',
          TRANSITIONS.CANCEL.from,
          reasonOf(error),
        );
      }
      throw this.mapError(error, providerId);
    }
  }

  async send(input: SendCampaignInput, context: CallContext): Promise<Campaign> {
    try {
      const { path, endpoint, body } = sendRequest(input);
      const schema = input.channel === 'WHATSAPP' ? bsgCampaign : bsgCampaignResponse.transform((r) => r.data);
      const wire = await this.session.request({ method: 'POST', path, endpoint, body, schema }, context);
      return toCampaign(this.account, wire);
    } catch (error) {
      throw this.mapError(error);
    }
  }

  async estimatePrice(input: PriceEstimateInput, context: CallContext): Promise<Money> {
    const body = {
      sender: input.sender,
      text: input.text,
      ...(input.tariffCode !== null ? { tariff_code: input.tariffCode } : {}),
      messages: input.phones.map((phone) => ({ phone: Number(phone) })),
    };
    try {
      const answer = await this.session.request(
        {
          method: 'POST',
          path: '/api/campaigns/price',
          endpoint: '/api/campaigns/price',
          body,
          schema: bsgPrice,
          // Pricing only calculates; repeating it changes nothing.
          idempotent: true,
        },
        context,
      );
      return money(answer.price ?? 0, answer.currency);
    } catch (error) {
      throw this.mapError(error);
    }
  }

  /** Full delivery statistics from `/detail`. */
  async deliveryStats(providerId: string, context: CallContext): Promise<CampaignStats> {
    const id = numericId(providerId);
    try {
      const answer = await this.session.request(
        {
          method: 'GET',
          path: `/api/campaigns/${id}/detail`,
          endpoint: '/api/campaigns/:id/detail',
          schema: bsgCampaignDetail,
        },
        context,
      );
      return toDeliveryStats(answer.data);
    } catch (error) {
      throw this.mapError(error, providerId);
    }
  }

  health(): UpstreamHealth {
    return this.http.health();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async getCampaign(providerId: string, context: CallContext): Promise<Campaign | undefined> {
    if (!/^\d+$/.test(providerId)) return undefined;
    try {
      const answer = await this.session.request(
        {
          method: 'GET',
          path: `/api/campaigns/${providerId}`,
          endpoint: '/api/campaigns/:id',
          schema: bsgCampaignResponse,
        },
        context,
      );
      return toCampaign(this.account, answer.data);
    } catch (error) {
      if (error instanceof UpstreamStatusError && error.status === 404) return undefined;
      throw this.mapError(error, providerId);
    }
  }

  /** BSG's documented refusals first (422 validation, 429 duplicate guard), then the generic HTTP meanings. */
  private mapError(error: unknown, providerId?: string): unknown {
    if (!(error instanceof UpstreamStatusError)) return error;
    if (error.status === 404 && providerId !== undefined) return new NotFoundError('Campaign', providerId);
    if (error.status === 422) {
      const fields = fieldErrors(error.body);
      if (fields.length > 0) return new ValidationError(fields);
      return new ProviderRejectedError(this.account, reasonOf(error), 422);
    }
    if (error.status === 429 && reasonOf(error).toLowerCase().includes('duplicate')) {
      return new ProviderRejectedError(this.account, reasonOf(error), 429);
    }
    return statusToDomainError(error, reasonOf(error));
  }
}

function numericId(providerId: string): number {
  if (!/^\d+$/.test(providerId)) throw new NotFoundError('Campaign', providerId);
  return Number(providerId);
}

function reasonOf(error: UpstreamStatusError): string {
  const body = bsgError.safeParse(error.body);
  return body.success ? body.data.message : `HTTP ${error.status}`;
}

function fieldErrors(body: unknown): { path: string[]; message: string }[] {
  const parsed = bsgError.extend({ errors: z.record(z.string(), z.array(z.string())) }).safeParse(body);
  if (!parsed.success) return [];
  return Object.entries(parsed.data.errors).flatMap(([field, messages]) =>
    messages.map((message) => ({ path: [field], message })),
  );
}
