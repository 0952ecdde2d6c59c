import type { Route, SandboxRequest } from '../kit/router.js';
import { json } from '../kit/router.js';
import { emptyStatistics, parseBsgDate, toCampaignSchema, toDetailSchema, type BsgMessageType } from './state.js';
import type { BsgStore } from './store.js';
import {
  channelSendBody,
  loginBody,
  priceBody,
  sendCampaignBody,
  validationFailure,
  whatsappSendBody,
} from './wire.js';
import { listRoute } from './list.js';

const NOT_FOUND = json(404, { message: 'Not Found' });
const DUPLICATE = json(429, { message: 'Too many duplicate request detected' });
const KNOWN_TARIFFS = new Set([0, 1, 2, 3]);
const STOPPABLE = new Set(['scheduled', 'sending', 'paused', 'moderation']);

/** The bearer token a request carries (the standard `Bearer <jwt>` form). */
export function bearerOf(request: SandboxRequest): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' ? /^Bearer (\S+)$/.exec(header)?.[1] : undefined;
}

/** Every documented campaign and auth endpoint of the One-API. */
export function bsgRoutes(store: BsgStore, apiKeys: ReadonlySet<string>): Route[] {
  const campaignById = (request: SandboxRequest) => {
    const id = request.params['id'] ?? '';
    return /^\d+$/.test(id) ? store.campaigns.get(Number(id)) : undefined;
  };

  /** Creates a campaign from any send body; `dry_run` validates without creating. */
  const create = (
    request: SandboxRequest,
    type: BsgMessageType,
    sender: string,
    text: string,
    phones: number,
    startAt?: string,
    fallbackSms = false,
  ) => {
    const token = bearerOf(request) ?? '';
    if (store.isDuplicate(request.path, request.body, token)) return DUPLICATE;
    const now = store.clock.now();
    const record = {
      name: `${type.toUpperCase()} api campaign / ${now.toISOString().slice(0, 19).replace('T', ' ')}`,
      sender,
      status: 'creation' as const,
      messageType: type,
      text,
      phones,
      startAt: (startAt ? parseBsgDate(startAt) : undefined) ?? now,
      realStartAt: null,
      finishedAt: null,
      createdAt: now,
      statusSince: now,
      statistics: emptyStatistics(),
      pricePerMessage: type === 'sms' ? 0.0264 : 0.015,
      currency: 'EUR',
      fallbackSms,
    };
    const stored = store.insert(record);
    return json(200, { data: toCampaignSchema(stored, stored.pricePerMessage * phones) });
  };

  return [
    {
      name: 'auth.login',
      method: 'POST',
      path: '/api/auth/login',
      handler: (request) => {
        const body = loginBody.safeParse(request.body);
        if (!body.success) return json(422, validationFailure(body.error));
        if (!apiKeys.has(body.data.api_key)) return json(401, { message: 'Unauthenticated.' });
        return json(200, { bearer: store.issueToken(body.data.api_key) });
      },
    },
    {
      name: 'auth.refresh',
      method: 'POST',
      path: '/api/auth/refresh',
      handler: (request) => {
        const token = bearerOf(request) ?? '';
        const owner = store.tokenOwner(token) ?? '';
        store.revoke(token);
        return json(200, { bearer: store.issueToken(owner) });
      },
    },
    listRoute(store),
    {
      name: 'campaigns.get',
      method: 'GET',
      path: '/api/campaigns/:id',
      handler: (request) => {
        const campaign = campaignById(request);
        return campaign ? json(200, { data: toCampaignSchema(campaign) }) : NOT_FOUND;
      },
    },
    {
      name: 'campaigns.detail',
      method: 'GET',
      path: '/api/campaigns/:id/detail',
      handler: (request) => {
        const campaign = campaignById(request);
        return campaign ? json(200, { data: toDetailSchema(campaign) }) : NOT_FOUND;
      },
    },
    {
      name: 'campaigns.price',
      method: 'POST',
      path: '/api/campaigns/price',
      handler: (request) => {
        const body = priceBody.safeParse(request.body);
        if (!body.success) return json(422, validationFailure(body.error));
        if (body.data.tariff_code !== undefined && !KNOWN_TARIFFS.has(body.data.tariff_code)) {
          return json(422, { message: 'Tariff was not found', errors: [] });
        }
        if (store.isDuplicate(request.path, request.body, bearerOf(request) ?? '')) return DUPLICATE;
        const segments = Math.max(1, Math.ceil(body.data.text.length / 160));
        const recipients = (body.data.messages?.length ?? 0) + (body.data.groups?.length ?? 0) * 100;
        const price = Number((0.0264 * segments * recipients).toFixed(7));
        return json(200, { price, currency: 'EUR' });
      },
    },
    {
      name: 'campaigns.send',
      method: 'POST',
      path: '/api/campaigns/send',
      handler: (request) => {
        const parsed = sendCampaignBody.safeParse(request.body);
        if (!parsed.success) return json(422, validationFailure(parsed.error));
        const body = parsed.data;
        const [primary = 'sms', fallback] = body.channels;
        const message = body[primary as 'sms' | 'viber' | 'rcs'];
        const phones = body.recipients.phones?.length ?? (body.recipients.groups?.length ?? 0) * 100;
        if (body.dry_run) {
          return json(200, {
            data: { ...toCampaignSchema({ ...placeholder(store), messageType: primary as BsgMessageType }), id: 0 },
          });
        }
        return create(
          request,
          primary as BsgMessageType,
          message?.sender ?? '',
          message?.text ?? '',
          phones,
          body.start_at,
          fallback === 'sms',
        );
      },
    },
    ...(['sms', 'viber', 'rcs'] as const).map((type): Route => ({
      name: `campaigns.${type}.send`,
      method: 'POST',
      path: `/api/campaigns/${type}/send`,
      handler: (request) => {
        const parsed = channelSendBody.safeParse(request.body);
        if (!parsed.success) return json(422, validationFailure(parsed.error));
        const { sender, text, phones, start_at: startAt } = parsed.data;
        return create(request, type, sender, text, phones.length, startAt);
      },
    })),
    {
      name: 'campaigns.whatsapp.send',
      method: 'POST',
      path: '/api/campaigns/whatsapp/send',
      handler: (request) => {
        const parsed = whatsappSendBody.safeParse(request.body);
        if (!parsed.success) return json(422, validationFailure(parsed.error));
        const body = parsed.data;
        const answer = create(
          request,
          'whatsapp',
          body.sender,
          `template:${body.template.name}`,
          body.phones.length,
          body.start_at,
          body.alternative_channel !== undefined,
        );
        return answer.status === 200 ? json(200, (answer.json as { data: unknown }).data) : answer;
      },
    },
    {
      name: 'campaigns.stop',
      method: 'PATCH',
      path: '/api/campaigns/:id/stop',
      handler: (request) => {
        const campaign = campaignById(request);
        if (!campaign) return NOT_FOUND;
        if (!STOPPABLE.has(campaign.status)) return json(422, { message: 'Invalid campaign status', errors: [] });
        campaign.finishedAt = store.clock.now();
        store.setStatus(campaign, 'stopped');
        return json(200, { data: toCampaignSchema(campaign) });
      },
    },
  ];
}

function placeholder(store: BsgStore) {
  const now = store.clock.now();
  return {
    id: 0,
    name: 'dry run',
    sender: '',
    status: 'creation' as const,
    messageType: 'sms' as BsgMessageType,
    text: '',
    phones: 0,
    startAt: now,
    realStartAt: null,
    finishedAt: null,
    createdAt: now,
    statusSince: now,
    statistics: emptyStatistics(),
    pricePerMessage: 0,
    currency: 'EUR',
    fallbackSms: false,
  };
}
