import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../sandbox/kit/webhooks.js';
import {
  DEFAULT_KONIGLE_CREDENTIALS,
  DEMO_CAMPAIGNS,
  startKonigleSandbox,
  type KonigleCampaignWire,
  type KonigleContactWire,
  type KonigleSandbox,
  type KonigleSandboxOptions,
  type KonigleWebhookEvent,
} from '../../sandbox/konigle/index.js';

const KEY = DEFAULT_KONIGLE_CREDENTIALS.apiKeys[0] ?? '';
const CAMPAIGNS = '/reachout/api/v1/campaigns';
const CONTACTS = '/reachout/api/v1/contacts';
const MINUTE = 60_000;

interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  num_pages: number;
  payload: T[];
}
interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}
type Errors = Record<string, string[]> & { detail?: string };

const started: KonigleSandbox[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

async function start(options: KonigleSandboxOptions = {}): Promise<KonigleSandbox> {
  const sandbox = await startKonigleSandbox(options);
  started.push(sandbox);
  return sandbox;
}

/** Calls the simulator as the SDK does: `Authorization: Token <key>`, JSON in and out. */
async function call<T = unknown>(
  sandbox: KonigleSandbox,
  method: string,
  path: string,
  body?: unknown,
  authorization: string | null = `Token ${KEY}`,
): Promise<Answer<T>> {
  const response = await fetch(path.startsWith('http') ? path : `${sandbox.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(authorization === null ? {} : { authorization }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text === '' ? undefined : JSON.parse(text)) as T,
  };
}

const campaign = (sandbox: KonigleSandbox, id: string) =>
  call<KonigleCampaignWire>(sandbox, 'GET', `${CAMPAIGNS}/${id}`);
const action = (sandbox: KonigleSandbox, id: string, name: string, body?: unknown) =>
  call<KonigleCampaignWire & Errors>(sandbox, 'POST', `${CAMPAIGNS}/${id}/${name}`, body);

const draftBody = {
  name: 'Summer Sale 2026',
  channel_type: 'email',
  email_channel: 'ch_marketing',
  email_template: 'tpl_promo',
  audience: 'aud_vip',
  description: 'Promotional campaign for summer sale',
  scheduled_at: null,
  execution_duration_minutes: 60,
  utm_code: 'summer-sale-2026',
};

/** A webhook receiver that checks signatures and resolves waiters as matching events arrive. */
async function startReceiver(secret: string) {
  const events: KonigleWebhookEvent[] = [];
  const waiters: { match: (e: KonigleWebhookEvent) => boolean; resolve: (e: KonigleWebhookEvent) => void }[] = [];
  let badSignatures = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const signature = String(req.headers[WEBHOOK_SIGNATURE_HEADER] ?? '');
      if (signature !== signWebhook(secret, body, Number(/t=(\d+)/.exec(signature)?.[1]))) badSignatures += 1;
      const event = JSON.parse(body) as KonigleWebhookEvent;
      events.push(event);
      for (const waiter of waiters.filter((w) => w.match(event))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    badSignatures: () => badSignatures,
    next: (match: (e: KonigleWebhookEvent) => boolean) =>
      new Promise<KonigleWebhookEvent>((resolve) => {
        const seen = events.find(match);
        if (seen) resolve(seen);
        else waiters.push({ match, resolve });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Konigle sandbox', () => {
  describe('authentication', () => {
    it('refuses a request without credentials with 401 and a Token challenge', async () => {
      const sandbox = await start();
      const answer = await call(sandbox, 'GET', CAMPAIGNS, undefined, null);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ detail: 'Authentication credentials were not provided.' });
      expect(answer.headers.get('www-authenticate')).toBe('Token');
    });

    it('refuses an unknown key with 401 "Invalid token."', async () => {
      const sandbox = await start();
      const answer = await call(sandbox, 'GET', CAMPAIGNS, undefined, 'Token nope');
      expect(answer).toMatchObject({ status: 401, body: { detail: 'Invalid token.' } });
    });

    it('accepts configured keys with the Token prefix, and tolerates Bearer', async () => {
      const sandbox = await start({ credentials: { apiKeys: ['k1'] } });
      expect((await call(sandbox, 'GET', CAMPAIGNS, undefined, 'Token k1')).status).toBe(200);
      expect((await call(sandbox, 'GET', CAMPAIGNS, undefined, 'Bearer k1')).status).toBe(200);
      expect((await call(sandbox, 'GET', CAMPAIGNS)).status).toBe(401);
    });
  });

  describe('listing campaigns', () => {
    it('answers the paginated envelope, newest first, without the detail-only execution', async () => {
      const sandbox = await start();
      const { status, body } = await call<Page<KonigleCampaignWire>>(sandbox, 'GET', CAMPAIGNS);
      expect(status).toBe(200);
      expect(body).toMatchObject({ count: DEMO_CAMPAIGNS.length, next: null, previous: null, num_pages: 1 });
      expect(body.payload.map((c) => c.id)).toEqual(DEMO_CAMPAIGNS.map((c) => c.id).reverse());
      expect(new Set(body.payload.map((c) => c.status))).toEqual(
        new Set(['draft', 'scheduled', 'running', 'completed', 'paused', 'cancelled', 'failed']),
      );
      expect(body.payload[0]).not.toHaveProperty('execution');
      expect(body.payload.find((c) => c.status === 'completed')).toMatchObject({ ltv: '1234.50', ltv_currency: 'USD' });
    });

    it('filters by q (name and description), status, channel_type and audience code', async () => {
      const sandbox = await start();
      const ids = async (query: string) =>
        (await call<Page<KonigleCampaignWire>>(sandbox, 'GET', `${CAMPAIGNS}?${query}`)).body.payload.map((c) => c.id);
      expect(await ids('q=vip%20EARLY')).toEqual(['cmp_vip_early_access']);
      expect(await ids('q=seasonal&status=paused')).toEqual(['cmp_winter_clearance']);
      expect(await ids('audience=vip')).toEqual(['cmp_broken_template', 'cmp_vip_early_access']);
      expect(await ids('audience=nobody')).toEqual([]);
      expect(await ids('channel_type=email')).toHaveLength(DEMO_CAMPAIGNS.length);
    });

    it('refuses an unknown status choice with a field error', async () => {
      const sandbox = await start();
      const answer = await call(sandbox, 'GET', `${CAMPAIGNS}?status=sending`);
      expect(answer).toMatchObject({
        status: 400,
        body: { status: ['Select a valid choice. sending is not one of the available choices.'] },
      });
    });

    it('pages exactly through 1,000 generated campaigns with page/page_size and next links', async () => {
      const sandbox = await start({ seed: { campaigns: 1000 } });
      const seen: string[] = [];
      let url: string | null = `${CAMPAIGNS}?page_size=100`;
      let pages = 0;
      while (url !== null) {
        const page: Answer<Page<KonigleCampaignWire>> = await call<Page<KonigleCampaignWire>>(sandbox, 'GET', url);
        expect(page.body).toMatchObject({ count: 1007, num_pages: 11 });
        seen.push(...page.body.payload.map((c) => c.id));
        url = page.body.next;
        pages += 1;
      }
      expect(pages).toBe(11);
      expect(seen).toEqual(sandbox.campaignIds());
      expect(new Set(seen).size).toBe(1007);
      const third = await call<Page<KonigleCampaignWire>>(sandbox, 'GET', `${CAMPAIGNS}?page=3&page_size=20`);
      expect(third.body.previous).toContain('page=2');
      expect(third.body.payload[0]?.id).toBe(seen[40]);
    });

    it('clamps page_size to 100 and answers 404 "Invalid page." past the end', async () => {
      const sandbox = await start({ seed: { campaigns: 200 } });
      const big = await call<Page<KonigleCampaignWire>>(sandbox, 'GET', `${CAMPAIGNS}?page_size=500`);
      expect(big.body.payload).toHaveLength(100);
      const past = await call(sandbox, 'GET', `${CAMPAIGNS}?page=99`);
      expect(past).toMatchObject({ status: 404, body: { detail: 'Invalid page.' } });
    });

    it('generates the same data for the same options', async () => {
      const [a, b] = await Promise.all([start({ seed: { campaigns: 30 } }), start({ seed: { campaigns: 30 } })]);
      const state = async (s: KonigleSandbox) => (await fetch(`${s.url}/__sandbox/state`)).json();
      expect(await state(a)).toEqual(await state(b));
    });
  });

  describe('one campaign', () => {
    it('gets the detail view with its execution, and 404 {"detail": "Not found."} for an unknown id', async () => {
      const sandbox = await start();
      const { status, body } = await campaign(sandbox, 'cmp_welcome_series');
      expect(status).toBe(200);
      expect(body.execution).toMatchObject({ status: 'completed', total_contacts: 1200 });
      expect((await campaign(sandbox, 'cmp_spring_collection')).body.execution).toBeNull();
      expect(await campaign(sandbox, 'cmp_missing')).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
    });

    it('creates a draft with the documented defaults', async () => {
      const sandbox = await start();
      const { status, body } = await call<KonigleCampaignWire>(sandbox, 'POST', CAMPAIGNS, draftBody);
      expect(status).toBe(201);
      expect(body).toMatchObject({
        ...draftBody,
        status: 'draft',
        ltv: null,
        ltv_currency: 'USD',
        from_email: '',
        reply_to_name: '',
        created_at: '2026-01-01T00:00:00.000Z',
        execution: null,
      });
      expect((await campaign(sandbox, body.id)).status).toBe(200);
    });

    it('answers DRF field errors for invalid create bodies', async () => {
      const sandbox = await start();
      const create = (patch: Record<string, unknown>) =>
        call<Errors>(sandbox, 'POST', CAMPAIGNS, { ...draftBody, ...patch });
      expect((await call(sandbox, 'POST', CAMPAIGNS, {})).body).toMatchObject({
        name: ['This field is required.'],
        audience: ['This field is required.'],
      });
      expect((await create({ name: 'x'.repeat(256) })).body).toEqual({
        name: ['Ensure this field has no more than 255 characters.'],
      });
      expect((await create({ from_email: 'not-an-email' })).body).toEqual({
        from_email: ['Enter a valid email address.'],
      });
      expect((await create({ execution_duration_minutes: 1441 })).body).toEqual({
        execution_duration_minutes: ['Ensure this value is less than or equal to 1440.'],
      });
      expect((await create({ execution_duration_minutes: 0 })).status).toBe(400);
      expect((await create({ utm_code: 'u'.repeat(101) })).status).toBe(400);
      expect((await create({ scheduled_at: 'tomorrow' })).body).toHaveProperty('scheduled_at');
      expect((await create({ channel_type: 'sms' })).body).toEqual({ channel_type: ['"sms" is not a valid choice.'] });
      expect((await create({ email_template: null })).body).toEqual({ email_template: ['This field is required.'] });
      expect(await create({ audience: 'aud_nope' })).toMatchObject({
        status: 400,
        body: { audience: ['Invalid pk "aud_nope" - object does not exist.'] },
      });
    });

    it('updates a draft partially and ignores read-only fields (status, ltv)', async () => {
      const sandbox = await start();
      const { status, body } = await call<KonigleCampaignWire>(sandbox, 'PATCH', `${CAMPAIGNS}/cmp_spring_collection`, {
        from_name: 'Spring Team',
        status: 'running',
        ltv: '999.00',
      });
      expect(status).toBe(200);
      expect(body).toMatchObject({ from_name: 'Spring Team', status: 'draft', ltv: null });
    });

    it('updates only name and description once a campaign has left draft/scheduled', async () => {
      const sandbox = await start();
      sandbox.clock.advance(MINUTE);
      const path = `${CAMPAIGNS}/cmp_vip_early_access`;
      const renamed = await call<KonigleCampaignWire>(sandbox, 'PATCH', path, { name: 'VIP access', description: 'd' });
      expect(renamed.body).toMatchObject({
        name: 'VIP access',
        description: 'd',
        updated_at: '2026-01-01T00:01:00.000Z',
      });
      const refused = await call<Errors>(sandbox, 'PATCH', path, { utm_code: 'late' });
      expect(refused.status).toBe(400);
      expect(refused.body.detail).toContain("status is 'running'");
    });

    it('deletes a campaign with 204, then answers 404', async () => {
      const sandbox = await start();
      expect((await call(sandbox, 'DELETE', `${CAMPAIGNS}/cmp_abandoned_cart`)).status).toBe(204);
      expect((await call(sandbox, 'DELETE', `${CAMPAIGNS}/cmp_abandoned_cart`)).status).toBe(404);
    });

    it('creates campaign, audience and template in one new-email-campaign call', async () => {
      const sandbox = await start();
      const { status, body } = await call<{
        campaign: KonigleCampaignWire;
        audience: { id: string; code: string; tags: string[] };
        email_template: { id: string; subject: string };
      }>(sandbox, 'POST', `${CAMPAIGNS}/new-email-campaign`, {
        campaign_name: 'Summer Sale 2024',
        email_channel: 'marketing',
        contact_tags: ['newsletter', 'vip'],
        subject: 'Summer Sale - 50% Off!',
        body_html: '<h1>Limited Time Offer!</h1>',
        body_text: 'Summer Sale - 50% Off!',
        utm_code: 'summer-sale-2024',
      });
      expect(status).toBe(201);
      expect(body.audience).toMatchObject({ code: 'summer-sale-2024', tags: ['newsletter', 'vip'] });
      expect(body.email_template.subject).toBe('Summer Sale - 50% Off!');
      expect(body.campaign).toMatchObject({
        name: 'Summer Sale 2024',
        status: 'draft',
        email_channel: 'ch_marketing',
        audience: body.audience.id,
        email_template: body.email_template.id,
      });
      const filtered = await call<Page<KonigleCampaignWire>>(sandbox, 'GET', `${CAMPAIGNS}?audience=summer-sale-2024`);
      expect(filtered.body.payload.map((c) => c.id)).toEqual([body.campaign.id]);
    });

    it('refuses new-email-campaign with an unknown channel code or no contact tags', async () => {
      const sandbox = await start();
      const body = { campaign_name: 'X', email_channel: 'nope', contact_tags: ['a'], subject: 's', body_html: '<p/>' };
      expect((await call(sandbox, 'POST', `${CAMPAIGNS}/new-email-campaign`, body)).body).toEqual({
        email_channel: ['Email channel with code "nope" does not exist.'],
      });
      const noTags = await call(sandbox, 'POST', `${CAMPAIGNS}/new-email-campaign`, { ...body, contact_tags: [] });
      expect(noTags).toMatchObject({ status: 400, body: { contact_tags: ['This list may not be empty.'] } });
    });

    it('sends a test email to a valid address', async () => {
      const sandbox = await start();
      const sent = await action(sandbox, 'cmp_spring_collection', 'send-test-email', {
        email_address: 'qa@shop.example',
      });
      expect(sent).toMatchObject({ status: 200, body: { success: true } });
      const bad = await action(sandbox, 'cmp_spring_collection', 'send-test-email', { email_address: 'qa' });
      expect(bad).toMatchObject({ status: 400, body: { email_address: ['Enter a valid email address.'] } });
    });
  });

  describe('status actions', () => {
    it.each([
      ['start', 'cmp_welcome_series', "Campaign cannot be started in status 'completed'."],
      ['start', 'cmp_vip_early_access', "Campaign cannot be started in status 'running'."],
      ['pause', 'cmp_spring_collection', "Campaign cannot be paused in status 'draft'."],
      ['resume', 'cmp_vip_early_access', "Campaign cannot be resumed in status 'running'."],
      ['cancel', 'cmp_welcome_series', "Campaign cannot be cancelled in status 'completed'."],
      ['cancel', 'cmp_broken_template', "Campaign cannot be cancelled in status 'failed'."],
      ['schedule', 'cmp_black_friday', "Campaign cannot be scheduled in status 'scheduled'."],
    ])('refuses %s on %s with 400 {"detail"}', async (name, id, detail) => {
      const sandbox = await start();
      const before = (await campaign(sandbox, id)).body;
      expect(await action(sandbox, id, name, name === 'schedule' ? {} : undefined)).toMatchObject({
        status: 400,
        body: { detail },
      });
      expect((await campaign(sandbox, id)).body).toEqual(before);
    });

    it('starts a draft (running, execution processing), pauses, resumes and cancels it', async () => {
      const sandbox = await start();
      const started = await action(sandbox, 'cmp_spring_collection', 'start');
      expect(started.body).toMatchObject({
        status: 'running',
        execution: { status: 'processing', total_contacts: 1200 },
      });
      expect((await action(sandbox, 'cmp_spring_collection', 'pause')).body.execution?.status).toBe('paused');
      expect((await action(sandbox, 'cmp_spring_collection', 'resume')).body.status).toBe('running');
      const cancelled = await action(sandbox, 'cmp_spring_collection', 'cancel');
      expect(cancelled.body).toMatchObject({ status: 'cancelled', execution: { status: 'cancelled' } });
    });

    it('cancels a paused campaign', async () => {
      const sandbox = await start();
      expect((await action(sandbox, 'cmp_winter_clearance', 'cancel')).body.status).toBe('cancelled');
    });

    it('schedules a draft; scheduled_at may be omitted once set, must be in the future otherwise', async () => {
      const sandbox = await start();
      const id = 'cmp_spring_collection';
      expect((await action(sandbox, id, 'schedule', {})).body).toEqual({ scheduled_at: ['This field is required.'] });
      expect((await action(sandbox, id, 'schedule', { scheduled_at: '2025-12-31T00:00:00Z' })).status).toBe(400);
      await call(sandbox, 'PATCH', `${CAMPAIGNS}/${id}`, { scheduled_at: '2026-01-02T09:00:00Z' });
      const scheduled = await action(sandbox, id, 'schedule', {});
      expect(scheduled.body).toMatchObject({ status: 'scheduled', scheduled_at: '2026-01-02T09:00:00.000Z' });
    });

    it('moves a draft with a future scheduled_at to scheduled on start, and starts a scheduled one now', async () => {
      const sandbox = await start();
      const created = await call<KonigleCampaignWire>(sandbox, 'POST', CAMPAIGNS, {
        ...draftBody,
        scheduled_at: '2026-01-01T06:00:00Z',
      });
      expect((await action(sandbox, created.body.id, 'start')).body.status).toBe('scheduled');
      expect((await action(sandbox, created.body.id, 'start')).body.status).toBe('running');
    });
  });

  describe('lifetime value', () => {
    it('adds LTV to the campaign and the contact with exact decimal strings', async () => {
      const sandbox = await start();
      const add = (value: string, contact_email?: string) =>
        action(sandbox, 'cmp_spring_collection', 'add-ltv', { value, currency: 'USD', contact_email });
      await add('0.01');
      await add('99.99', 'ada@example.com');
      expect((await add('99.99', 'ada@example.com')).body.ltv).toBe('199.99');
      expect((await add('0.01')).body).toMatchObject({ ltv: '200.00', ltv_currency: 'USD' });
      const ada = await call<Page<KonigleContactWire>>(sandbox, 'GET', `${CONTACTS}?q=ada@`);
      expect(ada.body.payload[0]).toMatchObject({ ltv: '199.99', last_purchased_at: '2026-01-01T00:00:00.000Z' });
    });

    it('adds aggregate revenue without a contact', async () => {
      const sandbox = await start();
      const answer = await action(sandbox, 'cmp_welcome_series', 'add-ltv', { value: 0.5, currency: 'USD' });
      expect(answer.body.ltv).toBe('1235.00');
    });

    it.each([
      [{ value: '1.234', currency: 'USD' }, { value: ['Ensure that there are no more than 2 decimal places.'] }],
      [{ value: '0', currency: 'USD' }, { value: ['Ensure this value is greater than 0.'] }],
      [{ value: '-5', currency: 'USD' }, { value: ['A valid number is required.'] }],
      [{ value: '5', currency: 'XYZ' }, { currency: ['"XYZ" is not a valid ISO 4217 currency code.'] }],
      [{ value: '5', currency: 'EUR' }, { currency: ['Currency must match the campaign LTV currency (USD).'] }],
      [{ value: '5', currency: 'USD', contact_email: 'x' }, { contact_email: ['Enter a valid email address.'] }],
      [
        { value: '5', currency: 'USD', contact_email: 'who@example.com' },
        { contact_email: ['Contact with this email does not exist.'] },
      ],
      [
        { value: '99999999999.00', currency: 'USD' },
        { value: ['Ensure that there are no more than 12 digits in total.'] },
      ],
      [{ currency: 'USD' }, { value: ['This field is required.'] }],
    ])('refuses add-ltv %j', async (body, errors) => {
      const sandbox = await start();
      expect(await action(sandbox, 'cmp_welcome_series', 'add-ltv', body)).toMatchObject({ status: 400, body: errors });
      expect(sandbox.campaign('cmp_welcome_series')?.ltv).toBe('1234.50');
    });
  });

  describe('contacts', () => {
    it('lists contacts with q, source and tags filters', async () => {
      const sandbox = await start();
      const emails = async (query: string) =>
        (await call<Page<KonigleContactWire>>(sandbox, 'GET', `${CONTACTS}?${query}`)).body.payload.map((c) => c.email);
      expect(await emails('')).toHaveLength(5);
      expect(await emails('source=purchase')).toEqual(['cleo@example.com', 'ada@example.com']);
      expect(await emails('tags=vip,nothing')).toEqual(['cleo@example.com', 'ada@example.com']);
      expect(await emails('q=BEN')).toEqual(['ben@example.com']);
      expect((await call(sandbox, 'GET', `${CONTACTS}?source=shop`)).status).toBe(400);
    });

    it('creates a contact with consent defaults, refuses a duplicate email and invalid fields', async () => {
      const sandbox = await start();
      const created = await call<KonigleContactWire>(sandbox, 'POST', CONTACTS, {
        email: 'zoe@example.com',
        tags: ['lead-magnet'],
        source: 'lead',
        marketing_consent: { sms: false },
        ltv: '50.00',
      });
      expect(created).toMatchObject({
        status: 201,
        body: {
          email: 'zoe@example.com',
          source: 'lead',
          tags: ['lead-magnet'],
          marketing_consent: { email: true, sms: false, whatsapp: true },
          ltv: null,
          ltv_currency: 'USD',
          first_name: '',
        },
      });
      expect((await call(sandbox, 'POST', CONTACTS, { email: 'ZOE@example.com' })).body).toEqual({
        email: ['contact with this email already exists.'],
      });
      const invalid = await call(sandbox, 'POST', CONTACTS, { email: 'nope', phone: '1'.repeat(21), source: 'shop' });
      expect(invalid).toMatchObject({
        status: 400,
        body: {
          email: ['Enter a valid email address.'],
          phone: ['Ensure this field has no more than 20 characters.'],
          source: ['"shop" is not a valid choice.'],
        },
      });
    });

    it('gets, updates (consent merged, LTV not writable) and deletes a contact', async () => {
      const sandbox = await start();
      expect((await call(sandbox, 'GET', `${CONTACTS}/ct_ben`)).body).toMatchObject({ email: 'ben@example.com' });
      const updated = await call<KonigleContactWire>(sandbox, 'PATCH', `${CONTACTS}/ct_ben`, {
        first_name: 'Benjamin',
        marketing_consent: { email: false },
        ltv: '1000.00',
        ltv_currency: 'EUR',
      });
      expect(updated.body).toMatchObject({
        first_name: 'Benjamin',
        marketing_consent: { email: false, sms: true, whatsapp: false },
        ltv: null,
        ltv_currency: 'USD',
      });
      expect((await call(sandbox, 'DELETE', `${CONTACTS}/ct_ben`)).status).toBe(204);
      expect(await call(sandbox, 'GET', `${CONTACTS}/ct_ben`)).toMatchObject({
        status: 404,
        body: { detail: 'Not found.' },
      });
    });

    it('adds to a contact LTV by email via update-ltv', async () => {
      const sandbox = await start();
      const ltv = (body: unknown) => call<KonigleContactWire>(sandbox, 'POST', `${CONTACTS}/update-ltv`, body);
      await ltv({ email: 'ada@example.com', value: '99.99', currency: 'USD' });
      expect((await ltv({ email: 'ada@example.com', value: '99.99', currency: 'USD' })).body.ltv).toBe('199.99');
      expect((await ltv({ email: 'who@example.com', value: '1', currency: 'USD' })).status).toBe(404);
      expect((await ltv({ email: 'ada@example.com', value: '1', currency: 'usd' })).status).toBe(400);
    });
  });

  describe('clock-driven lifecycle', () => {
    it('runs a scheduled campaign at its time and completes it after execution_duration_minutes, counters filling', async () => {
      const sandbox = await start();
      const id = 'cmp_black_friday';
      sandbox.clock.advance(119 * MINUTE);
      expect((await campaign(sandbox, id)).body.status).toBe('scheduled');
      sandbox.clock.advance(MINUTE);
      const running = (await campaign(sandbox, id)).body;
      expect(running).toMatchObject({ status: 'running', updated_at: '2026-01-01T02:00:00.000Z' });
      expect(running.execution).toMatchObject({ status: 'processing', total_contacts: 5000, total_sent: 0 });
      sandbox.clock.advance(30 * MINUTE);
      const half = (await campaign(sandbox, id)).body.execution;
      expect((half?.total_sent ?? 0) + (half?.total_failed ?? 0)).toBe(2500);
      expect(half?.total_delivered).toBeGreaterThan(0);
      sandbox.clock.advance(30 * MINUTE);
      const done = (await campaign(sandbox, id)).body;
      expect(done).toMatchObject({ status: 'completed', updated_at: '2026-01-01T03:00:00.000Z' });
      expect(done.execution).toMatchObject({ status: 'completed', completed_at: '2026-01-01T03:00:00.000Z' });
      expect((done.execution?.total_sent ?? 0) + (done.execution?.total_failed ?? 0)).toBe(5000);
    });

    it('keeps progress across a pause: a paused campaign does not advance, and resumes where it stopped', async () => {
      const sandbox = await start();
      const id = 'cmp_spring_collection';
      await action(sandbox, id, 'start');
      sandbox.clock.advance(15 * MINUTE);
      await action(sandbox, id, 'pause');
      sandbox.clock.advance(120 * MINUTE);
      expect((await campaign(sandbox, id)).body.status).toBe('paused');
      await action(sandbox, id, 'resume');
      sandbox.clock.advance(44 * MINUTE);
      expect((await campaign(sandbox, id)).body.status).toBe('running');
      sandbox.clock.advance(MINUTE);
      expect((await campaign(sandbox, id)).body).toMatchObject({ status: 'completed' });
    });
  });

  describe('webhooks', () => {
    it('delivers signed campaign and run status changes, from actions, the clock and the control route', async () => {
      const receiver = await startReceiver('whsec');
      try {
        const sandbox = await start({ webhook: { url: receiver.url, secret: 'whsec' } });
        await action(sandbox, 'cmp_spring_collection', 'start');
        expect(
          await receiver.next((e) => e.type === 'campaign.status_changed' && e.campaignId === 'cmp_spring_collection'),
        ).toEqual({
          type: 'campaign.status_changed',
          campaignId: 'cmp_spring_collection',
          previousStatus: 'draft',
          status: 'running',
          occurredAt: '2026-01-01T00:00:00.000Z',
        });
        expect(await receiver.next((e) => e.type === 'run.status_changed')).toMatchObject({
          campaignId: 'cmp_spring_collection',
          runId: 'cmp_spring_collection',
          previousStatus: 'pending',
          status: 'processing',
        });
        sandbox.clock.advance(30 * MINUTE);
        expect(
          await receiver.next(
            (e) =>
              e.type === 'campaign.status_changed' &&
              e.campaignId === 'cmp_vip_early_access' &&
              e.status === 'completed',
          ),
        ).toMatchObject({
          type: 'campaign.status_changed',
          previousStatus: 'running',
          occurredAt: '2026-01-01T00:30:00.000Z',
        });
        await fetch(`${sandbox.url}/__sandbox/campaigns/cmp_welcome_series/status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ status: 'failed' }),
        });
        expect(
          await receiver.next((e) => e.type === 'campaign.status_changed' && e.campaignId === 'cmp_welcome_series'),
        ).toMatchObject({
          previousStatus: 'completed',
          status: 'failed',
        });
        expect(receiver.badSignatures()).toBe(0);
      } finally {
        await receiver.close();
      }
    });
  });

  describe('test controls, faults and the call log', () => {
    it('forces a status and dumps the state', async () => {
      const sandbox = await start();
      const forced = await fetch(`${sandbox.url}/__sandbox/campaigns/cmp_spring_collection/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'running' }),
      });
      expect(forced.status).toBe(200);
      const state = (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as {
        campaigns: KonigleCampaignWire[];
        contacts: KonigleContactWire[];
      };
      expect(state.campaigns.find((c) => c.id === 'cmp_spring_collection')?.execution?.status).toBe('processing');
      expect(state.contacts).toHaveLength(5);
      const bad = await fetch(`${sandbox.url}/__sandbox/campaigns/cmp_spring_collection/status`, {
        method: 'POST',
        body: JSON.stringify({ status: 'sending' }),
      });
      expect(bad.status).toBe(400);
    });

    it('injects faults by route name and logs every call', async () => {
      const sandbox = await start();
      await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'status-503', route: 'campaigns.get', times: 1 }),
      });
      await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'rate-limit', route: 'campaigns.start', retryAfterSeconds: 7 }),
      });
      expect((await campaign(sandbox, 'cmp_welcome_series')).status).toBe(503);
      expect((await campaign(sandbox, 'cmp_welcome_series')).status).toBe(200);
      const limited = await action(sandbox, 'cmp_spring_collection', 'start');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('7');
      expect(sandbox.campaign('cmp_spring_collection')?.status).toBe('draft');
      const calls = (await (await fetch(`${sandbox.url}/__sandbox/calls?route=campaigns.get`)).json()) as {
        calls: { status: number; fault?: string }[];
      };
      expect(calls.calls.map((c) => [c.status, c.fault])).toEqual([
        [503, 'status-503'],
        [200, undefined],
      ]);
    });
  });
});
