import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_BSG_CREDENTIALS,
  startBsgSandbox,
  type BsgCampaignDetailWire,
  type BsgCampaignWire,
  type BsgSandbox,
  type BsgSandboxOptions,
  type BsgStatusChangedEvent,
} from '../../sandbox/bsg/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../sandbox/kit/webhooks.js';

const API_KEY = DEFAULT_BSG_CREDENTIALS.apiKeys[0] ?? '';
const BSG_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const started: BsgSandbox[] = [];

interface Client {
  sandbox: BsgSandbox;
  token: string;
  call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
}

/** Starts a simulator on a free port and logs in with the demo api key. */
async function connect(options: BsgSandboxOptions = {}): Promise<Client> {
  const sandbox = await startBsgSandbox({ clock: createClock({ mode: 'manual' }), ...options });
  started.push(sandbox);
  const login = await request(sandbox, 'POST', '/api/auth/login', undefined, { api_key: API_KEY });
  const token = (login.json as { bearer: string }).bearer;
  return { sandbox, token, call: (method, path, body) => request(sandbox, method, path, token, body) };
}

async function request(sandbox: BsgSandbox, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

interface Page {
  data: BsgCampaignWire[];
  meta: { page: { total: number; offset: number; limit: number } };
}
const page = (value: unknown) => value as Page;
const data = <T>(value: unknown) => (value as { data: T }).data;
const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as { iat: number; exp: number };

/** A webhook receiver whose waiters resolve when a matching event arrives. */
async function startReceiver(secret: string) {
  const events: BsgStatusChangedEvent[] = [];
  const waiters: { match: (e: BsgStatusChangedEvent) => boolean; resolve: (e: BsgStatusChangedEvent) => void }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const signature = String(req.headers[WEBHOOK_SIGNATURE_HEADER]);
      const timestamp = Number(/t=(\d+)/.exec(signature)?.[1]);
      res.writeHead(signature === signWebhook(secret, body, timestamp) ? 204 : 401).end();
      if (signature !== signWebhook(secret, body, timestamp)) return;
      const event = JSON.parse(body) as BsgStatusChangedEvent;
      events.push(event);
      for (const waiter of waiters.filter((w) => w.match(event))) waiter.resolve(event);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/bsg`,
    events,
    waitFor: (match: (e: BsgStatusChangedEvent) => boolean) =>
      new Promise<BsgStatusChangedEvent>((resolve) => {
        const seen = events.find(match);
        if (seen) resolve(seen);
        else waiters.push({ match, resolve });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

describe('Bsg sandbox', () => {
  describe('authentication', () => {
    it('exchanges an api key for a JWT bearer whose exp is the configured lifetime', async () => {
      const { token } = await connect({ tokenTtlMs: 3_600_000 });
      expect(token.split('.')).toHaveLength(3);
      const { iat, exp } = claims(token);
      expect(iat).toBe(Date.parse('2026-01-01T00:00:00Z') / 1000);
      expect(exp - iat).toBe(3600);
    });

    it('refuses an unknown api key and validates the login body', async () => {
      const { sandbox } = await connect();
      const wrong = await request(sandbox, 'POST', '/api/auth/login', undefined, { api_key: 'live_wrong' });
      expect(wrong).toEqual({ status: 401, json: { message: 'Unauthenticated.' } });
      const empty = await request(sandbox, 'POST', '/api/auth/login', undefined, {});
      expect(empty).toEqual({
        status: 422,
        json: { message: 'The given data was invalid.', errors: { api_key: ['This value should not be blank.'] } },
      });
    });

    it('answers 401 "Unauthenticated." on every campaign endpoint without a valid bearer', async () => {
      const { sandbox } = await connect();
      const endpoints: [string, string][] = [
        ['GET', '/api/campaigns'],
        ['GET', '/api/campaigns/53651991'],
        ['GET', '/api/campaigns/53651991/detail'],
        ['POST', '/api/campaigns/price'],
        ['POST', '/api/campaigns/send'],
        ['POST', '/api/campaigns/sms/send'],
        ['POST', '/api/campaigns/whatsapp/send'],
        ['PATCH', '/api/campaigns/53651991/stop'],
        ['POST', '/api/auth/refresh'],
      ];
      for (const [method, path] of endpoints) {
        for (const token of [undefined, 'not-a-token']) {
          expect(await request(sandbox, method, path, token, method === 'GET' ? undefined : {})).toEqual({
            status: 401,
            json: { message: 'Unauthenticated.' },
          });
        }
      }
    });

    it('expires a bearer after its lifetime on the clock; refresh issues a new one while it is live', async () => {
      const { sandbox, token, call } = await connect({ tokenTtlMs: 60_000 });
      sandbox.clock.advance(30_000);
      const refreshed = await call('POST', '/api/auth/refresh');
      expect(refreshed.status).toBe(200);
      const renewed = (refreshed.json as { bearer: string }).bearer;
      expect(renewed).not.toBe(token);
      expect(claims(renewed).exp).toBe(claims(token).exp + 30);

      sandbox.clock.advance(30_000);
      expect((await call('GET', '/api/campaigns')).status).toBe(401);
      expect((await call('POST', '/api/auth/refresh')).status).toBe(401);
      expect((await request(sandbox, 'GET', '/api/campaigns', renewed)).status).toBe(200);
    });
  });

  describe('GET /api/campaigns', () => {
    it('answers a SearchCampaignResource page of CampaignSchema items, by id ascending by default', async () => {
      const { sandbox, call } = await connect();
      const answer = await call('GET', '/api/campaigns');
      expect(answer.status).toBe(200);
      const body = page(answer.json);
      expect(body.meta).toEqual({ page: { total: 8, offset: 0, limit: 50 } });
      expect(body.data.map((c) => c.id)).toEqual(sandbox.campaignIds());
      expect(body.data[0]).toEqual({
        id: 53651991,
        name: 'Spring sale SMS',
        sender: 'ShopLine',
        status: 'done',
        message_type: 'sms',
        start_at: '2025-12-25 00:00:00',
        real_start_at: '2025-12-25 00:00:00',
        finished_at: '2025-12-25 00:10:00',
        created_at: '2025-12-25 00:00:00',
        statistics: { delivered: 1080, sent: 1200 },
        calculated_price: 0,
        currency: 'EUR',
        alternative_channels: null,
      });
      expect(new Set(body.data.map((c) => c.status))).toEqual(
        new Set(['done', 'spam', 'stopped', 'paused', 'sending', 'scheduled', 'moderation']),
      );
    });

    it('pages exactly through 1,000 generated campaigns with page[offset] and page[limit]', async () => {
      const { sandbox, call } = await connect({ seed: { campaigns: 1000 } });
      const seen: BsgCampaignWire[] = [];
      for (let offset = 0; offset < 1008; offset += 500) {
        const body = page((await call('GET', `/api/campaigns?page[offset]=${offset}&page[limit]=500`)).json);
        expect(body.meta.page).toEqual({ total: 1008, offset, limit: 500 });
        seen.push(...body.data);
      }
      expect(seen.map((c) => c.id)).toEqual(sandbox.campaignIds());
      expect(new Set(seen.map((c) => c.name)).size).toBe(1008);
      const created = seen.map((c) => c.created_at);
      expect(created.every((at, i) => i === 0 || at > (created[i - 1] ?? ''))).toBe(true);
      expect(created.every((at) => BSG_DATE.test(at))).toBe(true);
    });

    it('generates the same data for the same options', async () => {
      const [a, b] = await Promise.all([connect({ seed: { campaigns: 50 } }), connect({ seed: { campaigns: 50 } })]);
      const state = async (client: Client) => (await fetch(`${client.sandbox.url}/__sandbox/state`)).json();
      expect(await state(a)).toEqual(await state(b));
    });

    it('refuses page[limit] outside 30..500 and unknown enum values with a 422 keyed by parameter', async () => {
      const { call } = await connect();
      expect(await call('GET', '/api/campaigns?page[limit]=29')).toEqual({
        status: 422,
        json: {
          message: 'The given data was invalid.',
          errors: { 'page[limit]': ['This value should be greater than or equal to 30.'] },
        },
      });
      const errors = (query: string) =>
        call('GET', `/api/campaigns?${query}`).then((a) => Object.keys((a.json as { errors: object }).errors));
      expect(await errors('page[limit]=501')).toEqual(['page[limit]']);
      expect(await errors('page[offset]=-1')).toEqual(['page[offset]']);
      expect(await errors('sort=name&way=up')).toEqual(['sort', 'way']);
      expect(await errors('filter[type]=viber')).toEqual(['filter[type]']);
      expect(await errors('search[field]=text')).toEqual(['search[field]']);
    });

    it('sorts by date, sender, type or status in either way', async () => {
      const { call } = await connect();
      const names = async (query: string) => page((await call('GET', `/api/campaigns?${query}`)).json).data;
      const newest = await names('sort=date&way=desc');
      expect(newest.map((c) => c.name).slice(0, 2)).toEqual(['Loyalty RCS card', 'Weekend Viber promo']);
      const byType = (await names('sort=type')).map((c) => c.message_type);
      expect(byType).toEqual([...byType].sort());
      const byStatus = (await names('sort=status&way=desc')).map((c) => c.status);
      expect(byStatus).toEqual([...byStatus].sort().reverse());
      expect((await names('sort=sender'))[0]?.sender).toBe('ShopLine');
    });

    it('filters by type and created_at range, and searches by task name or sender', async () => {
      const { call } = await connect();
      const list = async (query: string) => page((await call('GET', `/api/campaigns?${query}`)).json);
      expect((await list('filter[type]=whatsapp')).data.map((c) => c.name)).toEqual(['WhatsApp delivery update']);
      const recent = await list('filter[from]=2025-12-31 22:00:00&filter[to]=2025-12-31T23:45:00Z');
      expect(recent.data.map((c) => c.name)).toEqual(['Order ready notice', 'Weekend Viber promo', 'Loyalty RCS card']);
      expect(recent.meta.page.total).toBe(3);
      expect((await list('search[field]=taskname&search[value]=sale')).data.map((c) => c.name)).toEqual([
        'Spring sale SMS',
        'Flash sale paused',
      ]);
      expect((await list('search[field]=sender&search[value]=shop_wa')).data).toHaveLength(1);
    });
  });

  describe('GET /api/campaigns/{id} and /detail', () => {
    it('answers the campaign, and 404 "Not Found" for an unknown or non-integer id', async () => {
      const { call } = await connect();
      const answer = await call('GET', '/api/campaigns/53651997');
      expect(answer.status).toBe(200);
      expect(data<BsgCampaignWire>(answer.json)).toMatchObject({
        id: 53651997,
        name: 'Weekend Viber promo',
        status: 'scheduled',
        message_type: 'viber',
        start_at: '2026-01-02 00:00:00',
        real_start_at: null,
      });
      for (const id of ['999', 'abc']) {
        expect(await call('GET', `/api/campaigns/${id}`)).toEqual({ status: 404, json: { message: 'Not Found' } });
        expect(await call('GET', `/api/campaigns/${id}/detail`)).toEqual({
          status: 404,
          json: { message: 'Not Found' },
        });
      }
    });

    it('answers DetailCampaignSchema: its own field names, 13 counters and total_price as a string', async () => {
      const { call } = await connect();
      const detail = data<BsgCampaignDetailWire>((await call('GET', '/api/campaigns/53651991/detail')).json);
      expect(detail).toEqual({
        id: 53651991,
        name: 'Spring sale SMS',
        sender: 'ShopLine',
        status: 'done',
        type: 'sms',
        started_at: '2025-12-25 00:00:00',
        actual_start_at: '2025-12-25 00:00:00',
        finished_at: '2025-12-25 00:10:00',
        created_at: '2025-12-25 00:00:00',
        statistics: {
          delivered: 1080,
          sent: 1200,
          scheduled: 0,
          moderation: 0,
          accepted: 0,
          sending: 0,
          expired: 0,
          failed: 0,
          undelivered: 120,
          unknown: 0,
          read: 0,
          not_viber_user: 0,
          not_rcs_user: 0,
        },
        alternative_channels: [],
        total_messages: 1200,
        total_phones: 1200,
        total_price: '31.6800000',
        currency: 'EUR',
      });
      const scheduled = data<BsgCampaignDetailWire>((await call('GET', '/api/campaigns/53651997/detail')).json);
      expect(scheduled.statistics.scheduled).toBe(800);
      expect(scheduled.alternative_channels).toEqual({ sms: { statistics: expect.objectContaining({ sent: 0 }) } });
    });
  });

  describe('lifecycle on the clock', () => {
    it('moves a send through creation -> sending -> done, filling the counters as it goes', async () => {
      const { sandbox, call } = await connect();
      const sent = await call('POST', '/api/campaigns/send', {
        channels: ['sms'],
        recipients: { phones: Array.from({ length: 20 }, (_, i) => ({ number: 380501234500 + i })) },
        sms: { sender: 'ShopLine', text: 'Your parcel is on its way' },
      });
      const { id } = data<BsgCampaignWire>(sent.json);
      const read = async () => data<BsgCampaignDetailWire>((await call('GET', `/api/campaigns/${id}/detail`)).json);
      expect((await read()).status).toBe('creation');
      sandbox.clock.advance(1_000);
      expect(await read()).toMatchObject({ status: 'sending', actual_start_at: '2026-01-01 00:00:01' });
      sandbox.clock.advance(30_000);
      expect((await read()).statistics).toMatchObject({ sent: 10, delivered: 9, undelivered: 1, sending: 10 });
      sandbox.clock.advance(30_000);
      expect(await read()).toMatchObject({
        status: 'done',
        finished_at: '2026-01-01 00:01:01',
        statistics: { sent: 20, delivered: 18, undelivered: 2, sending: 0 },
        total_price: '0.5280000',
      });
    });

    it('holds flagged content in moderation, then sends it', async () => {
      const { sandbox, call } = await connect();
      const sent = await call('POST', '/api/campaigns/sms/send', {
        phones: [{ number: 380501234567 }],
        sender: 'ShopLine',
        text: 'WIN a free phone',
      });
      const { id } = data<BsgCampaignWire>(sent.json);
      sandbox.clock.advance(1_000);
      expect(sandbox.campaign(id)?.status).toBe('moderation');
      sandbox.clock.advance(60_000);
      expect(sandbox.campaign(id)?.status).toBe('sending');
    });

    it('keeps a future start_at scheduled until that time', async () => {
      const { sandbox, call } = await connect();
      const sent = await call('POST', '/api/campaigns/send', {
        channels: ['sms'],
        recipients: { phones: [{ number: '380501234567' }] },
        sms: { sender: 'ShopLine', text: 'Tomorrow' },
        start_at: '2026-01-01 01:00:00',
      });
      const campaign = data<BsgCampaignWire>(sent.json);
      expect(campaign.start_at).toBe('2026-01-01 01:00:00');
      sandbox.clock.advance(1_000);
      expect(sandbox.campaign(campaign.id)?.status).toBe('scheduled');
      sandbox.clock.advance(3_599_000);
      expect(sandbox.campaign(campaign.id)).toMatchObject({ status: 'sending', real_start_at: '2026-01-01 01:00:00' });
    });
  });

  describe('test controls', () => {
    it('delivers a signed campaign.status_changed webhook for forced and clock-driven changes', async () => {
      const receiver = await startReceiver('whsec_bsg');
      try {
        const { sandbox } = await connect({ webhook: { url: receiver.url, secret: 'whsec_bsg' } });
        const forced = await fetch(`${sandbox.url}/__sandbox/campaigns/53651995/status`, {
          method: 'POST',
          body: JSON.stringify({ status: 'sending' }),
        });
        expect(forced.status).toBe(200);
        expect(await receiver.waitFor((e) => e.campaignId === '53651995')).toEqual({
          type: 'campaign.status_changed',
          campaignId: '53651995',
          previousStatus: 'paused',
          status: 'sending',
          occurredAt: '2026-01-01T00:00:00.000Z',
        });
        sandbox.clock.advance(60_000);
        const done = await receiver.waitFor((e) => e.campaignId === '53651996' && e.status === 'done');
        expect(done).toMatchObject({ previousStatus: 'sending', occurredAt: '2026-01-01T00:01:00.000Z' });
      } finally {
        await receiver.close();
      }
    });

    it('dumps the state and refuses an unknown status or campaign', async () => {
      const { sandbox } = await connect();
      const state = (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as {
        campaigns: (BsgCampaignWire & { updated_at: string })[];
      };
      expect(state.campaigns.map((c) => c.id)).toEqual(sandbox.campaignIds());
      expect(state.campaigns[0]?.updated_at).toBe('2026-01-01 00:00:00');
      const force = (id: number, status: string) =>
        fetch(`${sandbox.url}/__sandbox/campaigns/${id}/status`, { method: 'POST', body: JSON.stringify({ status }) });
      expect((await force(53651991, 'finished')).status).toBe(400);
      expect((await force(1, 'done')).status).toBe(404);
    });

    it('injects faults by route name and logs every call', async () => {
      const { sandbox, call } = await connect();
      await fetch(`${sandbox.url}/__sandbox/calls`, { method: 'DELETE' });
      const added = await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'status-503', route: 'campaigns.detail', times: 1 }),
      });
      expect(added.status).toBe(201);
      expect((await call('GET', '/api/campaigns/53651991/detail')).status).toBe(503);
      expect((await call('GET', '/api/campaigns/53651991/detail')).status).toBe(200);
      expect((await call('GET', '/api/campaigns/53651991')).status).toBe(200);
      const log = (await (await fetch(`${sandbox.url}/__sandbox/calls`)).json()) as {
        calls: { route: string; status: number; fault?: string }[];
      };
      expect(log.calls.map((c) => [c.route, c.status, c.fault ?? null])).toEqual([
        ['campaigns.detail', 503, 'status-503'],
        ['campaigns.detail', 200, null],
        ['campaigns.get', 200, null],
      ]);
    });
  });
});
