import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../sandbox/kit/webhooks.js';
import { DEMO_CAMPAIGN_IDS, startSessionMSandbox, type SessionMSandbox } from '../../sandbox/sessionm/index.js';

const DAY = 86_400_000;
const adminCampaign = z.object({ id: z.number(), external_id: z.string(), name: z.string(), status: z.string() });
const campaignList = z.object({ status: z.literal('ok'), campaigns: z.array(adminCampaign) });

function clientOf(sandbox: SessionMSandbox) {
  const { apiKey, apiSecret } = sandbox.credentials;
  const basic = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { authorization: basic, 'content-type': 'application/json', ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : undefined) as unknown,
    };
  };
  return {
    v1: `/priv/v1/apps/${apiKey}`,
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body: unknown) => call('POST', path, body),
    control: (method: string, path: string, body?: unknown) => call(method, `/__sandbox${path}`, body),
  };
}

const validCampaign = {
  name: 'Campaign Example',
  status: 'live',
  starts_at: '2026-01-02T05:00:00Z',
  ends_at: '2026-01-09T05:00:00Z',
  campaign_type: 'promotion',
  template: 'promotion',
};

describe('SessionM sandbox', () => {
  let sandbox: SessionMSandbox;
  let api: ReturnType<typeof clientOf>;

  beforeEach(async () => {
    sandbox = await startSessionMSandbox();
    api = clientOf(sandbox);
  });
  afterEach(() => sandbox.close());

  describe('authentication', () => {
    it('accepts HTTP Basic api_key:api_secret with the same api_key in the path', async () => {
      const response = await api.get(`${api.v1}/campaigns`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'ok' });
    });

    it('refuses a missing Authorization header with 401 access_denied and a Basic challenge', async () => {
      const response = await api.get(`${api.v1}/campaigns`, { authorization: '' });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ status: 'error', errors: { code: 'access_denied', message: 'Access denied.' } });
      expect(response.headers.get('www-authenticate')).toContain('Basic');
    });

    it('refuses a wrong secret, or a Basic username that is not the path api_key', async () => {
      const wrongSecret = `Basic ${Buffer.from(`${sandbox.credentials.apiKey}:nope`).toString('base64')}`;
      const wrongUser = `Basic ${Buffer.from(`someone:${sandbox.credentials.apiSecret}`).toString('base64')}`;
      for (const authorization of [wrongSecret, wrongUser]) {
        const response = await api.get(`${api.v1}/campaigns`, { authorization });
        expect(response.status).toBe(401);
        expect(response.body).toMatchObject({ status: 'error', errors: { code: 'access_denied' } });
      }
    });

    it('answers 401 invalid_api_key for an unknown api_key in the path', async () => {
      const response = await api.get('/priv/v1/apps/unknown-key/campaigns');
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ status: 'error', errors: { code: 'invalid_api_key' } });
    });

    it('authenticates client-to-server calls by auth_token instead of Basic', async () => {
      const path = `/api/v1/apps/${sandbox.credentials.apiKey}/campaigns`;
      expect((await api.get(`${path}?auth_token=v2--ben-demo-token`, { authorization: '' })).status).toBe(200);
      const refused = await api.get(`${path}?auth_token=forged`, { authorization: '' });
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ status: 'error', errors: { code: 'invalid_auth_token' } });
    });

    it('answers an undocumented path with 404 not_found in the error envelope', async () => {
      const response = await api.get(`${api.v1}/nothing/here`);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ status: 'error', errors: { code: 'not_found' } });
    });
  });

  describe('create campaign', () => {
    it('creates a campaign and answers it with id, a generated GUID external_id and the legacy fields', async () => {
      const response = await api.post(`${api.v1}/campaigns`, { campaign: validCampaign });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        campaign: {
          id: 1010,
          name: 'Campaign Example',
          status: 'live',
          starts_at: '2026-01-02T05:00:00Z',
          ends_at: '2026-01-09T05:00:00Z',
          metadata: {},
          total_budget: 0,
          weight: 5,
          campaign_type: 'promotion',
          template: 'promotion',
        },
      });
      const { campaign } = z.object({ campaign: adminCampaign }).parse(response.body);
      expect(campaign.external_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const info = await api.get(`${api.v1}/external/campaigns/${campaign.external_id}/info`);
      expect(info.body).toMatchObject({ status: 'ok', campaign: { campaign_id: 1010, optin_required: false } });
    });

    it('keeps a given external_id as the permalink and stores the optional opt-in and targeting attributes', async () => {
      const response = await api.post(`${api.v1}/campaigns`, {
        campaign: {
          ...validCampaign,
          external_id: 'my-flock-to-unlock',
          optin_required: true,
          opt_in_starts_at: '2026-01-02T05:00:00Z',
          opt_in_ends_at: '2026-01-05T05:00:00Z',
          targeting: { 'user.tags': { $in: ['vip'] } },
          qualify_tag: 'vip',
        },
      });
      expect(response.body).toMatchObject({
        status: 'ok',
        campaign: {
          external_id: 'my-flock-to-unlock',
          optin_required: true,
          targeting: { 'user.tags': { $in: ['vip'] } },
        },
      });
      const info = await api.get(`${api.v1}/external/campaigns/my-flock-to-unlock/info`);
      expect(info.body).toEqual({
        status: 'ok',
        campaign: {
          campaign_id: 1010,
          permalink: 'my-flock-to-unlock',
          starts_at: '2026-01-02 05:00:00',
          ends_at: '2026-01-09 05:00:00',
          optin_required: true,
          opt_in_starts_at: '2026-01-02 05:00:00',
          opt_in_ends_at: '2026-01-05 05:00:00',
        },
      });
    });

    it.each([
      ['no campaign object', { name: 'x' }, 'missing_data', 'Missing campaign data.'],
      [
        'an unknown attribute',
        { campaign: { ...validCampaign, test: 1 } },
        'argument_error',
        'Unknown campaign attributes test.',
      ],
      [
        'a division outside the organization',
        { campaign: { ...validCampaign, division_id: 'd-1' } },
        'not_found',
        'Parent model not found.',
      ],
    ])('answers HTTP 200 with a method error for %s', async (_case, body, code, message) => {
      const response = await api.post(`${api.v1}/campaigns`, body);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'error', errors: { code, message } });
    });

    it.each([
      ['a missing name', { ...validCampaign, name: undefined }, 'name'],
      ['an undocumented status', { ...validCampaign, status: 'running' }, 'status'],
      [
        'ends_at before starts_at',
        { ...validCampaign, ends_at: '2026-01-01T00:00:00Z' },
        'ends_at must be after starts_at',
      ],
      ['a template differing from campaign_type', { ...validCampaign, template: 'messaging' }, 'template'],
      ['an unknown targeting operator', { ...validCampaign, targeting: { 'user.tags': { $regex: 'v' } } }, '$regex'],
      ['a duplicate name', { ...validCampaign, name: 'Winter Double Points' }, 'name has already been taken'],
    ])('answers a validation error for %s', async (_case, campaign, fragment) => {
      const response = await api.post(`${api.v1}/campaigns`, { campaign });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'error', errors: { code: 'validation' } });
      expect(JSON.stringify(response.body)).toContain(fragment);
    });
  });

  describe('campaigns without a customer', () => {
    it('lists all active campaigns in the admin shape, leaving completed ones out', async () => {
      const response = await api.get(`${api.v1}/campaigns`);
      const { campaigns } = campaignList.parse(response.body);
      expect(campaigns.map((c) => c.status)).toEqual([
        'live',
        'live',
        'live',
        'live',
        'live',
        'paused',
        'draft',
        'inreview',
      ]);
      expect(campaigns.map((c) => c.id)).not.toContain(DEMO_CAMPAIGN_IDS.autumnHarvest);
      expect(response.body).toMatchObject({
        campaigns: expect.arrayContaining([
          expect.objectContaining({
            external_id: 'coffee-club-challenge',
            targeting: {
              $and: [{ 'user.tags': { $in: ['coffee_lover'] } }, { 'user.tags': { $not: { $in: ['blocked_promo'] } } }],
            },
            qualify_tag: 'coffee_lover',
            disqualify_tag: 'blocked_promo',
            optin_required: true,
          }),
        ]),
      });
    });

    it('answers campaign info by id and by permalink, and 404 no_active_campaign_found for an unknown one', async () => {
      const byId = await api.get(`${api.v1}/campaigns/${DEMO_CAMPAIGN_IDS.vipFoundersCircle}/info`);
      const byPermalink = await api.get(`${api.v1}/external/campaigns/vip-founders-circle/info`);
      expect(byId.body).toEqual(byPermalink.body);
      expect(byId.body).toMatchObject({
        status: 'ok',
        campaign: {
          campaign_id: 1005,
          permalink: 'vip-founders-circle',
          optin_required: true,
          opt_in_ends_at: '2026-01-31 00:00:00',
        },
      });
      const missing = await api.get(`${api.v1}/campaigns/999999/info`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ status: 'error', errors: { code: 'no_active_campaign_found' } });
    });
  });

  describe('lifecycle, webhooks and controls', () => {
    it('completes a live campaign once the clock passes its ends_at and stamps updated_at', async () => {
      sandbox.clock.advance(2 * DAY);
      expect(sandbox.campaign(DEMO_CAMPAIGN_IDS.holidayCountdown)).toMatchObject({
        status: 'completed',
        updated_at: '2026-01-03T00:00:00Z',
      });
      const { campaigns } = campaignList.parse((await api.get(`${api.v1}/campaigns`)).body);
      expect(campaigns.map((c) => c.id)).not.toContain(DEMO_CAMPAIGN_IDS.holidayCountdown);
      expect(sandbox.campaign(DEMO_CAMPAIGN_IDS.winterDoublePoints)).toMatchObject({ status: 'live' });
    });

    it('forces a status through POST /__sandbox/campaigns/:id/status and dumps state at GET /__sandbox/state', async () => {
      const forced = await api.control('POST', '/campaigns/summer-streak/status', { status: 'live' });
      expect(forced.body).toMatchObject({ campaign: { id: DEMO_CAMPAIGN_IDS.summerStreak, status: 'live' } });
      expect((await api.control('POST', '/campaigns/1006/status', { status: 'running' })).status).toBe(400);
      expect((await api.control('POST', '/campaigns/424242/status', { status: 'live' })).status).toBe(404);
      const state = z
        .object({ now: z.string(), campaigns: z.array(adminCampaign.extend({ opt_in_count: z.number() })) })
        .parse((await api.control('GET', '/state')).body);
      expect(state.now).toBe('2026-01-01T00:00:00.000Z');
      expect(state.campaigns.find((c) => c.id === DEMO_CAMPAIGN_IDS.summerStreak)?.status).toBe('live');
      expect(state.campaigns.find((c) => c.id === DEMO_CAMPAIGN_IDS.vipFoundersCircle)?.opt_in_count).toBe(2);
    });

    it('injects a fault on a named route and records every call in the call log', async () => {
      await api.control('POST', '/faults', { kind: 'status-503', route: 'campaigns.info', times: 1 });
      const path = `${api.v1}/campaigns/1001/info`;
      expect((await api.get(path)).status).toBe(503);
      expect((await api.get(path)).status).toBe(200);
      const log = z
        .object({ calls: z.array(z.object({ route: z.string(), status: z.number(), fault: z.string().optional() })) })
        .parse((await api.control('GET', '/calls?route=campaigns.info')).body);
      expect(log.calls).toEqual([
        expect.objectContaining({ route: 'campaigns.info', status: 503, fault: 'status-503' }),
        expect.objectContaining({ route: 'campaigns.info', status: 200 }),
      ]);
    });

    it('generates the same data for the same options, with distinct names and increasing created_at', async () => {
      const first = await startSessionMSandbox({ seed: { campaigns: 50 } });
      const second = await startSessionMSandbox({ seed: { campaigns: 50 } });
      try {
        const dump = async (s: SessionMSandbox) => (await clientOf(s).control('GET', '/state')).body;
        expect(await dump(first)).toEqual(await dump(second));
        const campaigns = z
          .object({ campaigns: z.array(z.object({ name: z.string(), created_at: z.string() })) })
          .parse(await dump(first)).campaigns;
        expect(campaigns).toHaveLength(59);
        expect(new Set(campaigns.map((c) => c.name)).size).toBe(59);
        const created = campaigns.map((c) => Date.parse(c.created_at));
        expect(created.every((at, index) => index === 0 || at > (created[index - 1] ?? Infinity))).toBe(true);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    });
  });

  describe('status webhooks', () => {
    let receiver: Server;
    let received: Promise<{ body: string; signature: string }[]>;
    const secret = 'whsec-sessionm-test';

    async function listen(expected: number): Promise<string> {
      const events: { body: string; signature: string }[] = [];
      let done: (value: typeof events) => void = () => undefined;
      received = new Promise((resolve) => (done = resolve));
      receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          events.push({ body, signature: String(req.headers[WEBHOOK_SIGNATURE_HEADER]) });
          res.writeHead(204).end();
          if (events.length === expected) done(events);
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    }

    afterEach(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

    it('delivers a signed campaign.status_changed for a forced change and for a clock-driven completion', async () => {
      const url = await listen(2);
      const hooked = await startSessionMSandbox({ webhook: { url, secret } });
      try {
        await clientOf(hooked).control('POST', `/campaigns/${DEMO_CAMPAIGN_IDS.summerStreak}/status`, {
          status: 'live',
        });
        hooked.clock.advance(2 * DAY);
        const events = await received;
        const bodies = events.map((event) =>
          z.object({ occurredAt: z.string() }).passthrough().parse(JSON.parse(event.body)),
        );
        expect(bodies.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))).toEqual([
          {
            type: 'campaign.status_changed',
            campaignId: DEMO_CAMPAIGN_IDS.summerStreak,
            previousStatus: 'paused',
            status: 'live',
            occurredAt: '2026-01-01T00:00:00Z',
          },
          {
            type: 'campaign.status_changed',
            campaignId: DEMO_CAMPAIGN_IDS.holidayCountdown,
            previousStatus: 'live',
            status: 'completed',
            occurredAt: '2026-01-03T00:00:00Z',
          },
        ]);
        for (const event of events) {
          const timestamp = Number(/t=(\d+)/.exec(event.signature)?.[1]);
          expect(event.signature).toBe(signWebhook(secret, event.body, timestamp));
        }
      } finally {
        await hooked.close();
      }
    });
  });
});
