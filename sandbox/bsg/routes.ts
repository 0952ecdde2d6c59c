import { json, type Route } from '../kit/router.js';
import { bearerOf, type TokenBook } from './auth.js';
import { DUPLICATE_REQUEST, INVALID_CAMPAIGN_STATUS, NOT_FOUND, TARIFF_NOT_FOUND, UNAUTHENTICATED } from './errors.js';
import { listRoute } from './list.js';
import { sendRoutes, CONTACTS_PER_GROUP } from './send.js';
import { BSG_CURRENCY, pricePerMessage, toCampaignSchema, toDetailSchema, type BsgStatus } from './state.js';
import type { BsgStore } from './store.js';
import { loginBody, parseBody, priceBody } from './wire.js';

/** Tariff codes the simulated account has (the spec's examples use 0, 5 and 9). */
export const KNOWN_TARIFFS: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

/** `PATCH /stop` is allowed only from these statuses. */
const STOPPABLE: ReadonlySet<BsgStatus> = new Set(['scheduled', 'sending', 'paused', 'moderation']);

/** GSM-7 SMS segments a text needs (160 characters, 153 per part when concatenated). */
function segments(text: string): number {
  return text.length <= 160 ? 1 : Math.ceil(text.length / 153);
}

/** Every documented auth and campaign endpoint of the One-API. */
export function bsgRoutes(store: BsgStore, tokens: TokenBook, apiKeys: readonly string[]): Route[] {
  return [
    {
      name: 'auth.login',
      method: 'POST',
      path: '/api/auth/login',
      handler: (request) => {
        const body = parseBody(loginBody, request.body);
        if (!body.ok) return body.failure;
        const account = apiKeys.indexOf(body.data.api_key);
        return account < 0 ? UNAUTHENTICATED : json(200, { bearer: tokens.issue(body.data.api_key, account + 1) });
      },
    },
    {
      name: 'auth.refresh',
      method: 'POST',
      path: '/api/auth/refresh',
      handler: (request) => {
        const owner = tokens.owner(bearerOf(request));
        return owner === undefined
          ? UNAUTHENTICATED
          : json(200, { bearer: tokens.issue(owner, apiKeys.indexOf(owner) + 1) });
      },
    },
    listRoute(store),
    {
      name: 'campaigns.get',
      method: 'GET',
      path: '/api/campaigns/:id',
      handler: (request) => {
        const campaign = store.find(request.params['id'] ?? '');
        return campaign ? json(200, { data: toCampaignSchema(campaign) }) : NOT_FOUND;
      },
    },
    {
      name: 'campaigns.detail',
      method: 'GET',
      path: '/api/campaigns/:id/detail',
      handler: (request) => {
        const campaign = store.find(request.params['id'] ?? '');
        return campaign ? json(200, { data: toDetailSchema(campaign) }) : NOT_FOUND;
      },
    },
    {
      name: 'campaigns.price',
      method: 'POST',
      path: '/api/campaigns/price',
      handler: (request) => {
        const body = parseBody(priceBody, request.body);
        if (!body.ok) return body.failure;
        const { tariff_code: tariff, text, messages = [], groups = [] } = body.data;
        if (tariff !== undefined && !KNOWN_TARIFFS.has(tariff)) return TARIFF_NOT_FOUND;
        if (store.isDuplicate(request.path, request.body, bearerOf(request) ?? '')) return DUPLICATE_REQUEST;
        const recipients = messages.length + groups.length * CONTACTS_PER_GROUP;
        const price = Number((pricePerMessage('sms') * segments(text) * recipients).toFixed(7));
        return json(200, { price, currency: BSG_CURRENCY });
      },
    },
    ...sendRoutes(store),
    {
      name: 'campaigns.stop',
      method: 'PATCH',
      path: '/api/campaigns/:id/stop',
      handler: (request) => {
        const campaign = store.find(request.params['id'] ?? '');
        if (!campaign) return NOT_FOUND;
        if (!STOPPABLE.has(campaign.status)) return INVALID_CAMPAIGN_STATUS;
        store.setStatus(campaign, 'stopped');
        return json(200, { data: toCampaignSchema(campaign) });
      },
    },
  ];
}
