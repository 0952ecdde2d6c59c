import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_BSG_CREDENTIALS,
  startBsgSandbox,
  type BsgCampaignWire,
  type BsgSandbox,
  type BsgSandboxOptions,
} from '../../sandbox/bsg/index.js';
import { createClock } from '../../sandbox/kit/clock.js';

const started: BsgSandbox[] = [];

/** Starts a simulator on a free port and logs in; `call` sends JSON with the bearer. */
async function connect(options: BsgSandboxOptions = {}) {
  const sandbox = await startBsgSandbox({ clock: createClock({ mode: 'manual' }), ...options });
  started.push(sandbox);
  const login = async (apiKey: string) => {
    const response = await fetch(`${sandbox.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_key: apiKey }),
    });
    return ((await response.json()) as { bearer: string }).bearer;
  };
  const token = await login(DEFAULT_BSG_CREDENTIALS.apiKeys[0] ?? '');
  const call = async (method: string, path: string, body?: unknown, bearer = token) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  };
  return { sandbox, call, login };
}

const data = (value: unknown) => (value as { data: BsgCampaignWire }).data;
const errorKeys = (value: unknown) => Object.keys((value as { errors: Record<string, string[]> }).errors).sort();
const invalid = (errors: Record<string, string[]>) => ({ message: 'The given data was invalid.', errors });

const SMS_CAMPAIGN = {
  channels: ['sms'],
  recipients: { phones: [{ number: 380661231231 }, { number: '380661231232', reference_id: 'ref2' }] },
  sms: { sender: 'Best Seller', text: 'test' },
};

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

describe('Bsg sandbox', () => {
  describe('POST /api/campaigns/price', () => {
    it('estimates an SMS price per recipient and segment', async () => {
      const { call } = await connect();
      const price = await call('POST', '/api/campaigns/price', {
        sender: 'Vet klinika',
        text: 'hello!',
        messages: [{ phone: 38267161234 }, { phone: 38267161235 }],
        tariff_code: 9,
      });
      expect(price).toEqual({ status: 200, json: { price: 0.0528, currency: 'EUR' } });
      const groups = await call('POST', '/api/campaigns/price', {
        sender: 'Vet klinika',
        text: 'x'.repeat(200),
        groups: [1],
      });
      expect(groups.json).toEqual({ price: 5.28, currency: 'EUR' });
    });

    it('answers the documented 422 bodies: unknown tariff, too long phone, missing fields', async () => {
      const { call } = await connect();
      expect(
        await call('POST', '/api/campaigns/price', {
          sender: 'S',
          text: 't',
          messages: [{ phone: 380661231231 }],
          tariff_code: 99,
        }),
      ).toEqual({ status: 422, json: { message: 'Tariff was not found', errors: [] } });
      expect(
        await call('POST', '/api/campaigns/price', { sender: 'S', text: 't', messages: [{ phone: 3806612312311234 }] }),
      ).toEqual({
        status: 422,
        json: invalid({ messages0phone: ['This value is too long. It should have 15 characters or less.'] }),
      });
      expect(await call('POST', '/api/campaigns/price', {})).toEqual({
        status: 422,
        json: invalid({ sender: ['This value should not be blank.'], text: ['This value should not be blank.'] }),
      });
    });
  });

  describe('POST /api/campaigns/send', () => {
    it('creates a campaign in "creation" and answers CampaignResponse with the calculated price', async () => {
      const { sandbox, call } = await connect();
      const answer = await call('POST', '/api/campaigns/send', SMS_CAMPAIGN);
      expect(answer.status).toBe(200);
      expect(data(answer.json)).toEqual({
        id: 53651999,
        name: 'SMS api campaign / 2026-01-01 00:00:00',
        sender: 'Best Seller',
        status: 'creation',
        message_type: 'sms',
        start_at: '2026-01-01 00:00:00',
        real_start_at: null,
        finished_at: null,
        created_at: '2026-01-01 00:00:00',
        statistics: { delivered: 0, sent: 0 },
        calculated_price: 0.0528,
        currency: 'EUR',
        alternative_channels: null,
      });
      expect(sandbox.campaign(53651999)?.status).toBe('creation');
    });

    it('sends Viber with an SMS fallback and RCS, reporting the fallback in /detail', async () => {
      const { call } = await connect();
      const viber = await call('POST', '/api/campaigns/send', {
        channels: ['viber', 'sms'],
        recipients: { groups: [1234] },
        viber: {
          sender: 'viber_store',
          text: 'The gift for you',
          button_caption: 'Get it',
          link_url: 'https://my.shop/1',
        },
        sms: { sender: 'testsms', text: 'The gift for you' },
      });
      expect(data(viber.json)).toMatchObject({
        message_type: 'viber',
        name: 'Viber api campaign / 2026-01-01 00:00:00',
      });
      const detail = await call('GET', `/api/campaigns/${data(viber.json).id}/detail`);
      expect(detail.json).toMatchObject({
        data: { total_phones: 100, alternative_channels: { sms: { statistics: {} } } },
      });
      const rcs = await call('POST', '/api/campaigns/send', {
        channels: ['rcs'],
        recipients: { groups: [1864275] },
        rcs: { sender: 'rcs_sender', text: 'Hello!' },
      });
      expect(data(rcs.json).message_type).toBe('rcs');
    });

    it('validates the Campaign body and answers 422 keyed by field path', async () => {
      const { call } = await connect();
      const send = (body: unknown) => call('POST', '/api/campaigns/send', body);
      expect(await send({ ...SMS_CAMPAIGN, sms: { sender: '!', text: 'hi' } })).toEqual({
        status: 422,
        json: invalid({ smssender: ['This value is not a valid sender.'] }),
      });
      expect(errorKeys((await send({ ...SMS_CAMPAIGN, channels: ['viber'] })).json)).toEqual(['viber']);
      expect(errorKeys((await send({ ...SMS_CAMPAIGN, channels: ['whatsapp'] })).json)).toEqual(['channels0']);
      const rcsComplete = { channel: ['rcs'], recipients: SMS_CAMPAIGN.recipients, rcs: { sender: 'r', text: 'hi' } };
      expect(errorKeys((await send(rcsComplete)).json)).toEqual(['channels']);
      expect(errorKeys((await send({ ...SMS_CAMPAIGN, recipients: {} })).json)).toEqual(['recipientsphones']);
      expect(
        errorKeys((await send({ ...SMS_CAMPAIGN, recipients: { phones: [{ number: 12345 }] }, validity: 73 })).json),
      ).toEqual(['recipientsphones0number', 'validity']);
      const viber = { sender: 'v', text: 'hi', button_caption: 'Buy' };
      expect(errorKeys((await send({ ...SMS_CAMPAIGN, channels: ['viber'], viber })).json)).toEqual(['viberlink_url']);
    });

    it('validates without creating anything on dry_run', async () => {
      const { sandbox, call } = await connect();
      const before = sandbox.campaignIds().length;
      const answer = await call('POST', '/api/campaigns/send', { ...SMS_CAMPAIGN, dry_run: true });
      expect(answer.status).toBe(200);
      expect(data(answer.json)).toMatchObject({ id: 0, status: 'creation', calculated_price: 0.0528 });
      expect(sandbox.campaignIds()).toHaveLength(before);
    });

    it('answers 429 "Too many duplicate request detected" for the same body and token within the window', async () => {
      const { sandbox, call, login } = await connect({ duplicateWindowMs: 10_000 });
      expect((await call('POST', '/api/campaigns/send', SMS_CAMPAIGN)).status).toBe(200);
      const reordered = { sms: SMS_CAMPAIGN.sms, recipients: SMS_CAMPAIGN.recipients, channels: SMS_CAMPAIGN.channels };
      sandbox.clock.advance(9_999);
      expect(await call('POST', '/api/campaigns/send', reordered)).toEqual({
        status: 429,
        json: { message: 'Too many duplicate request detected' },
      });
      const otherToken = await login(DEFAULT_BSG_CREDENTIALS.apiKeys[0] ?? '');
      expect((await call('POST', '/api/campaigns/send', SMS_CAMPAIGN, otherToken)).status).toBe(200);
      sandbox.clock.advance(1);
      expect((await call('POST', '/api/campaigns/send', SMS_CAMPAIGN)).status).toBe(200);
      const price = { sender: 'Shop', text: 'hi', messages: [{ phone: 380661231231 }] };
      expect((await call('POST', '/api/campaigns/price', price)).status).toBe(200);
      expect((await call('POST', '/api/campaigns/price', price)).status).toBe(429);
    });
  });

  describe('channel-specific sends', () => {
    it('sends SMS to phones, to contact lists and with one text per phone', async () => {
      const { call } = await connect();
      const sms = await call('POST', '/api/campaigns/sms/send', {
        phones: [{ number: 380661231231 }],
        sender: 'Vet klinika',
        text: 'test',
      });
      expect(data(sms.json)).toMatchObject({ message_type: 'sms', sender: 'Vet klinika', calculated_price: 0.0264 });
      const groups = await call('POST', '/api/campaigns/sms/send-groups', {
        groups: [1864275],
        sender: 'Vet klinika',
        text: 'hello!',
      });
      expect(data(groups.json).calculated_price).toBe(2.64);
      const individual = await call('POST', '/api/campaigns/sms/send-individual', {
        messages: [
          { phone: 380661231231, text: 'hello Jack', sender: 'Vet klinika' },
          { phone: 380661231232, text: 'hello Anna', sender: 'Vet klinika' },
        ],
      });
      expect(data(individual.json)).toMatchObject({ message_type: 'sms', calculated_price: 0.0528 });
      expect(
        errorKeys((await call('POST', '/api/campaigns/sms/send', { phones: [{ number: '380661231231' }] })).json),
      ).toEqual(['phones0number', 'sender', 'text']);
    });

    it('sends Viber and RCS (content under options), with their own validation', async () => {
      const { call } = await connect();
      const viber = await call('POST', '/api/campaigns/viber/send', {
        phones: [{ number: '380971123456', reference_id: 'ref1' }],
        text: 'some viber text',
        sender: 'Notify',
        alternative_channel: { sms: { text: 'visit our site', sender: 'testsms' } },
      });
      expect(data(viber.json)).toMatchObject({ message_type: 'viber', status: 'creation' });
      const rcs = await call('POST', '/api/campaigns/rcs/send', {
        phones: [{ number: '380661231231' }],
        sender: 'rcs_sender',
        options: { cards: [{ title: 'The message', text: 'Hello!' }] },
      });
      expect(data(rcs.json)).toMatchObject({ message_type: 'rcs', name: 'RCS api campaign / 2026-01-01 00:00:00' });
      const groups = await call('POST', '/api/campaigns/rcs/send-groups', {
        groups: [1864275],
        sender: 'rcs_sender',
        options: { text: 'Hello!' },
      });
      expect(data(groups.json).message_type).toBe('rcs');
      const noContent = await call('POST', '/api/campaigns/rcs/send', {
        phones: [{ number: '380661231231' }],
        sender: 'r',
        options: {},
      });
      expect(noContent).toEqual({ status: 422, json: invalid({ optionstext: ['This value should not be blank.'] }) });
    });

    it('sends a WhatsApp template and answers a bare CampaignSchema', async () => {
      const { call } = await connect();
      const answer = await call('POST', '/api/campaigns/whatsapp/send', {
        phones: [{ number: '380661231231' }],
        sender: 'whatsapp_sender',
        type: 'template',
        template: { name: 'order_update', language: { code: 'en' }, components: [] },
      });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ message_type: 'whatsapp', status: 'creation', sender: 'whatsapp_sender' });
      expect(answer.json).not.toHaveProperty('data');
      const noTemplate = await call('POST', '/api/campaigns/whatsapp/send', {
        phones: [{ number: '380661231231' }],
        sender: 'whatsapp_sender',
        type: 'text',
        template: null,
      });
      expect(errorKeys(noTemplate.json)).toEqual(['template', 'type']);
    });
  });

  describe('PATCH /api/campaigns/{id}/stop', () => {
    it('stops a scheduled, sending, paused or moderated campaign', async () => {
      const { sandbox, call } = await connect();
      for (const id of [53651995, 53651996, 53651997, 53651998]) {
        const answer = await call('PATCH', `/api/campaigns/${id}/stop`);
        expect(answer.status).toBe(200);
        expect(data(answer.json)).toMatchObject({ id, status: 'stopped', finished_at: '2026-01-01 00:00:00' });
      }
      sandbox.clock.advance(120_000);
      expect(sandbox.campaign(53651997)?.status).toBe('stopped');
    });

    it('answers 422 "Invalid campaign status" from any other status, and 404 for an unknown id', async () => {
      const { sandbox, call } = await connect();
      const { id } = data((await call('POST', '/api/campaigns/send', SMS_CAMPAIGN)).json);
      for (const target of [53651991, 53651992, 53651993, id]) {
        expect(await call('PATCH', `/api/campaigns/${target}/stop`)).toEqual({
          status: 422,
          json: { message: 'Invalid campaign status', errors: [] },
        });
      }
      expect(sandbox.campaign(id)?.status).toBe('creation');
      expect(await call('PATCH', '/api/campaigns/12345/stop')).toEqual({ status: 404, json: { message: 'Not Found' } });
    });
  });
});
