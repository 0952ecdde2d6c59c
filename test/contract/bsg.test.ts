import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderAdapter } from '../../adapters/port.js';
import { startBsgSandbox, type BsgSandbox, DEFAULT_BSG_CREDENTIALS } from '../../sandbox/bsg/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import {
  InvalidTransitionError,
  NotFoundError,
  ProviderAuthFailedError,
  ProviderBadResponseError,
  ProviderRateLimitedError,
  ProviderRejectedError,
  ValidationError,
} from '../../src/domain/errors.js';
import type { SendCampaignInput } from '../../src/domain/inputs.js';
import { adapterFor } from '../support/adapters.js';

const apiKey = DEFAULT_BSG_CREDENTIALS.apiKeys[0] ?? '';
const context = { requestId: 'contract-test' };
const order = { field: 'CREATED_AT', direction: 'DESC' } as const;

function smsInput(overrides: Partial<SendCampaignInput> = {}): SendCampaignInput {
  return {
    channel: 'SMS',
    fallbackChannel: null,
    sender: 'ShopLine',
    text: `Hello ${Math.random()}`,
    phones: ['380501234567', '380501234568'],
    startAt: null,
    validityHours: null,
    tariffCode: null,
    whatsappTemplate: null,
    ...overrides,
  };
}

describe('BSG adapter against the BSG simulator', () => {
  let sandbox: BsgSandbox;
  let adapter: ProviderAdapter;
  const clock = createClock({ mode: 'manual' });

  beforeAll(async () => {
    sandbox = await startBsgSandbox({ clock, seed: { campaigns: 70 }, tokenTtlMs: 60_000 });
    adapter = adapterFor('bsg', sandbox.url, { apiKey });
  });
  afterAll(async () => {
    await adapter.close();
    await sandbox.close();
  });
  beforeEach(() => {
    sandbox.faults.clear();
    sandbox.calls.clear();
  });

  it('logs in once and reuses the bearer token across requests', async () => {
    const fresh = adapterFor('bsg', sandbox.url, { apiKey });
    await Promise.all([1, 2, 3].map(() => fresh.listCampaigns({ limit: 5, cursor: null, filter: {}, order }, context)));
    expect(sandbox.calls.count('auth.login')).toBe(1);
    expect(sandbox.calls.count('campaigns.list')).toBe(3);
    await fresh.close();
  });

  it('renews an expired token once and repeats the request', async () => {
    await adapter.listCampaigns({ limit: 1, cursor: null, filter: {}, order }, context);
    clock.advance(61_000);
    sandbox.calls.clear();
    const page = await adapter.listCampaigns({ limit: 1, cursor: null, filter: {}, order }, context);
    expect(page.edges).toHaveLength(1);
    const routes = sandbox.calls.list().map((call) => `${call.route}:${call.status}`);
    expect(routes).toEqual(['campaigns.list:401', 'auth.refresh:401', 'auth.login:200', 'campaigns.list:200']);
  });

  it('answers a typed auth failure for a wrong api key, without crashing', async () => {
    const wrong = adapterFor('bsg', sandbox.url, { apiKey: 'live_wrong' });
    await expect(wrong.listCampaigns({ limit: 1, cursor: null, filter: {}, order }, context)).rejects.toBeInstanceOf(
      ProviderAuthFailedError,
    );
    await wrong.close();
  });

  it('pages through every campaign newest first with exact cursors', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listCampaigns({ limit: 7, cursor, filter: {}, order }, context);
      seen.push(...page.edges.map((edge) => edge.campaign.providerId));
      expect(page.totalCount).toBe(sandbox.campaignIds().length);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toHaveLength(sandbox.campaignIds().length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(sandbox.calls.list('campaigns.list').every((call) => call.query['page[limit]'] === '30')).toBe(true);
  });

  it('pushes the search, type and date filters down and applies status filters itself', async () => {
    const page = await adapter.listCampaigns(
      {
        limit: 50,
        cursor: null,
        filter: { search: 'viber promo', channels: ['VIBER'], statuses: ['SCHEDULED'] },
        order,
      },
      context,
    );
    expect(page.edges.map((edge) => edge.campaign.name)).toEqual(['Weekend Viber promo']);
    expect(page.totalCount).toBeNull();
    const query = sandbox.calls.list('campaigns.list')[0]?.query;
    expect(query).toMatchObject({
      'search[field]': 'taskname',
      'search[value]': 'viber promo',
      sort: 'date',
      way: 'desc',
    });
  });

  it('maps every documented status to the normalized machine', async () => {
    const table = {
      creation: 'PENDING',
      moderation: 'IN_REVIEW',
      scheduled: 'SCHEDULED',
      sending: 'RUNNING',
      paused: 'PAUSED',
      done: 'COMPLETED',
      stopped: 'CANCELLED',
      spam: 'REJECTED',
    } as const;
    const ids = sandbox.campaignIds().slice(0, 8);
    Object.keys(table).forEach((status, index) => sandbox.setStatus(ids[index] ?? 0, status as keyof typeof table));
    const found = await adapter.getCampaigns(ids.map(String), context);
    const pairs = ids.map((id) => found.get(String(id))).map((c) => [c?.providerStatus, c?.status]);
    expect(Object.fromEntries(pairs)).toEqual(table);
  });

  it('gets campaigns by id in one batch and leaves unknown ids out', async () => {
    const [first, second] = sandbox.campaignIds();
    const found = await adapter.getCampaigns([String(first), String(second), '999', 'not-a-number'], context);
    expect([...found.keys()].sort()).toEqual([String(first), String(second)].sort());
    expect(found.get(String(first))?.details).toMatchObject({ provider: 'bsg', sender: expect.any(String) });
  });

  it('reads delivery statistics from /detail with the price as a decimal string', async () => {
    const done = sandbox.campaignIds().find((id) => sandbox.campaign(id)?.status === 'done') ?? 0;
    const stats = await adapter.deliveryStats?.(String(done), context);
    const detail = sandbox.campaign(done);
    expect(stats?.sent).toBe(detail?.statistics.sent);
    expect(stats?.cost?.currency).toBe('EUR');
    expect(stats?.cost?.amount).toMatch(/^\d+\.\d+$/);
  });

  it('estimates an SMS price, and maps the unknown-tariff 422 and field errors', async () => {
    const price = await adapter.estimatePrice?.(
      { sender: 'Shop', text: 'Hi', phones: ['380501234567'], tariffCode: null },
      context,
    );
    expect(price).toEqual({ amount: '0.0264', currency: 'EUR' });
    await expect(
      adapter.estimatePrice?.({ sender: 'Shop', text: 'Hi again', phones: ['380501234567'], tariffCode: 99 }, context),
    ).rejects.toMatchObject({ code: 'PROVIDER_REJECTED', reason: 'Tariff was not found' });
    const tooLong = adapter.estimatePrice?.(
      { sender: 'Shop', text: 'Hi', phones: ['3805012345671234'], tariffCode: null },
      context,
    );
    await expect(tooLong).rejects.toBeInstanceOf(ValidationError);
    await expect(tooLong).rejects.toMatchObject({ issues: [{ path: ['messages0phone'] }] });
  });

  it('sends SMS, Viber with SMS fallback, RCS and WhatsApp through the documented endpoints', async () => {
    const sms = await adapter.send?.(smsInput(), context);
    expect(sms).toMatchObject({ status: 'PENDING', providerStatus: 'creation', channels: ['SMS'] });
    const viber = await adapter.send?.(smsInput({ channel: 'VIBER', fallbackChannel: 'SMS' }), context);
    expect(viber?.channels).toEqual(['VIBER']);
    const rcs = await adapter.send?.(smsInput({ channel: 'RCS' }), context);
    expect(rcs?.channels).toEqual(['RCS']);
    const whatsapp = await adapter.send?.(
      smsInput({ channel: 'WHATSAPP', whatsappTemplate: { name: 'order_update', languageCode: 'en' } }),
      context,
    );
    expect(whatsapp?.channels).toEqual(['WHATSAPP']);
    expect(sandbox.calls.list().map((call) => `${call.route}:${call.status}`)).toEqual([
      'campaigns.send:200',
      'campaigns.send:200',
      'campaigns.send:200',
      'campaigns.whatsapp.send:200',
    ]);
    expect(sandbox.calls.list('campaigns.send')[1]?.body).toMatchObject({ channels: ['viber', 'sms'] });
  });

  it('moves a sent campaign through the platform statuses as the clock runs', async () => {
    const sent = await adapter.send?.(smsInput(), context);
    const id = sent?.providerId ?? '';
    clock.advance(1_000);
    expect((await adapter.getCampaigns([id], context)).get(id)?.status).toBe('RUNNING');
    clock.advance(60_000);
    const done = (await adapter.getCampaigns([id], context)).get(id);
    expect(done?.status).toBe('COMPLETED');
    expect(done?.stats?.sent).toBe(2);
  });

  it('schedules a send with a future start', async () => {
    const startAt = new Date(clock.now().getTime() + 3_600_000);
    const sent = await adapter.send?.(smsInput({ startAt }), context);
    clock.advance(1_000);
    const id = sent?.providerId ?? '';
    const scheduled = (await adapter.getCampaigns([id], context)).get(id);
    expect(scheduled?.status).toBe('SCHEDULED');
    expect(scheduled?.schedule.scheduledAt?.toISOString()).toBe(startAt.toISOString().replace(/\.\d+Z$/, '.000Z'));
  });

  it('maps the duplicate-request 429 on send to a refusal, and never repeats the send', async () => {
    const input = smsInput();
    await adapter.send?.(input, context);
    await expect(adapter.send?.(input, context)).rejects.toMatchObject({
      code: 'PROVIDER_REJECTED',
      reason: 'Too many duplicate request detected',
    });
    expect(sandbox.calls.count('campaigns.send')).toBe(2);
  });

  it('maps send validation failures to field errors', async () => {
    await expect(adapter.send?.(smsInput({ sender: '!' }), context)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['smssender'] }],
    });
  });

  it('stops a sending campaign, and maps the 422 refusal to an invalid transition', async () => {
    const sent = await adapter.send?.(smsInput(), context);
    clock.advance(1_000);
    const stopped = await adapter.runAction('CANCEL', sent?.providerId ?? '', {}, context);
    expect(stopped).toMatchObject({ status: 'CANCELLED', providerStatus: 'stopped' });
    const error = await adapter.runAction('CANCEL', sent?.providerId ?? '', {}, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({ currentStatus: 'CANCELLED', providerReason: 'Invalid campaign status' });
  });

  it('answers not found for an unknown campaign on stop', async () => {
    await expect(adapter.runAction('CANCEL', '12345', {}, context)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('turns a body that violates the documented shape into a typed bad-response error', async () => {
    sandbox.faults.add({ kind: 'schema-violation', route: 'campaigns.list' });
    await expect(adapter.listCampaigns({ limit: 5, cursor: null, filter: {}, order }, context)).rejects.toBeInstanceOf(
      ProviderBadResponseError,
    );
    sandbox.faults.clear();
    sandbox.faults.add({ kind: 'malformed-json', route: 'campaigns.get' });
    await expect(adapter.getCampaigns([String(sandbox.campaignIds()[0])], context)).rejects.toBeInstanceOf(
      ProviderBadResponseError,
    );
  });

  it('maps a 429 with Retry-After on a read to a rate-limit error carrying the wait', async () => {
    sandbox.faults.add({ kind: 'rate-limit', route: 'campaigns.list', retryAfterSeconds: 7 });
    const error = await adapter
      .listCampaigns({ limit: 5, cursor: null, filter: {}, order }, context)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRateLimitedError);
    expect(error).toMatchObject({ retryAfterSeconds: 7 });
    expect(error).not.toBeInstanceOf(ProviderRejectedError);
  });
});
