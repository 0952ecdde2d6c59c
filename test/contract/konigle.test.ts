import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KonigleOperations } from '../../adapters/konigle-port.js';
import type { ProviderAdapter } from '../../adapters/port.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { DEFAULT_KONIGLE_CREDENTIALS, startKonigleSandbox, type KonigleSandbox } from '../../sandbox/konigle/index.js';
import {
  InvalidTransitionError,
  NotFoundError,
  ProviderAuthFailedError,
  ProviderBadResponseError,
  ValidationError,
} from '../../src/domain/errors.js';
import { adapterFor } from '../support/adapters.js';

const context = { requestId: 'konigle-contract' };
const order = { field: 'CREATED_AT', direction: 'DESC' } as const;

describe('Konigle adapter against the Konigle simulator', () => {
  let sandbox: KonigleSandbox;
  let adapter: ProviderAdapter;
  let konigle: KonigleOperations;
  const clock = createClock({ mode: 'manual' });

  beforeAll(async () => {
    sandbox = await startKonigleSandbox({ clock, seed: { campaigns: 130 } });
    adapter = adapterFor('konigle', sandbox.url, { apiKey: DEFAULT_KONIGLE_CREDENTIALS.apiKeys[0] ?? '' });
    konigle = adapter.konigle as KonigleOperations;
  });
  afterAll(async () => {
    await adapter.close();
    await sandbox.close();
  });
  beforeEach(() => {
    sandbox.faults.clear();
    sandbox.calls.clear();
  });

  it('sends the API key as `Token` and maps a refused key to a typed auth failure', async () => {
    await adapter.listCampaigns({ limit: 1, cursor: null, filter: {}, order }, context);
    expect(sandbox.calls.list('campaigns.list')).toHaveLength(1);
    const wrong = adapterFor('konigle', sandbox.url, { apiKey: 'nope' });
    await expect(wrong.listCampaigns({ limit: 1, cursor: null, filter: {}, order }, context)).rejects.toBeInstanceOf(
      ProviderAuthFailedError,
    );
    await wrong.close();
  });

  it('pages through every campaign newest first, exactly once, across Konigle page numbers', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listCampaigns({ limit: 7, cursor, filter: {}, order }, context);
      seen.push(...page.edges.map((edge) => edge.campaign.providerId));
      expect(page.totalCount).toBe(sandbox.campaignIds().length);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(sandbox.campaignIds());
  });

  it('pushes the search and a single status down, and answers an impossible channel without calling', async () => {
    const page = await adapter.listCampaigns(
      { limit: 50, cursor: null, filter: { statuses: ['RUNNING'], search: 'VIP' }, order },
      context,
    );
    expect(page.edges.map((edge) => edge.campaign.name)).toEqual([sandbox.campaign('cmp_vip_early_access')?.name]);
    expect(sandbox.calls.list('campaigns.list')[0]?.query).toMatchObject({ q: 'VIP', status: 'running' });
    sandbox.calls.clear();
    const sms = await adapter.listCampaigns({ limit: 5, cursor: null, filter: { channels: ['SMS'] }, order }, context);
    expect(sms.edges).toEqual([]);
    expect(sandbox.calls.count()).toBe(0);
  });

  it('maps a campaign with its execution as delivery stats, LTV as Money and the Konigle details', async () => {
    const found = await adapter.getCampaigns(['cmp_welcome_series', 'cmp_missing'], context);
    const campaign = found.get('cmp_welcome_series');
    expect(found.has('cmp_missing')).toBe(false);
    expect(campaign).toMatchObject({
      status: 'COMPLETED',
      channels: ['EMAIL'],
      ltv: { amount: '1234.50', currency: 'USD' },
    });
    expect(campaign?.stats?.sent).toBeGreaterThan(0);
    expect(campaign?.details).toMatchObject({ provider: 'konigle', audience: expect.any(String) });
  });

  it('runs the lifecycle: create, schedule, start, pause, resume, cancel', async () => {
    const created = await konigle.createCampaign(
      {
        name: 'Contract campaign',
        audience: 'aud_newsletter',
        emailChannel: 'ch_marketing',
        emailTemplate: 'tpl_promo',
        executionDurationMinutes: 10,
      },
      context,
    );
    expect(created.status).toBe('DRAFT');
    const at = new Date(clock.now().getTime() + 3_600_000);
    expect((await adapter.runAction('SCHEDULE', created.providerId, { at }, context)).status).toBe('SCHEDULED');
    expect((await adapter.runAction('START', created.providerId, {}, context)).status).toBe('RUNNING');
    expect((await adapter.runAction('PAUSE', created.providerId, {}, context)).status).toBe('PAUSED');
    expect((await adapter.runAction('RESUME', created.providerId, {}, context)).status).toBe('RUNNING');
    expect((await adapter.runAction('CANCEL', created.providerId, {}, context)).status).toBe('CANCELLED');
    expect(sandbox.campaign(created.providerId)?.status).toBe('cancelled');
  });

  it('maps every refused transition to an invalid transition with the current status and Konigle’s reason', async () => {
    const refusals: [string, 'START' | 'PAUSE' | 'RESUME' | 'SCHEDULE' | 'CANCEL'][] = [
      ['cmp_welcome_series', 'START'],
      ['cmp_spring_collection', 'PAUSE'],
      ['cmp_vip_early_access', 'RESUME'],
      ['cmp_winter_clearance', 'SCHEDULE'],
      ['cmp_abandoned_cart', 'CANCEL'],
    ];
    for (const [id, action] of refusals) {
      const error = await adapter
        .runAction(action, id, { at: new Date(clock.now().getTime() + 60_000) }, context)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect((error as InvalidTransitionError).providerReason).toMatch(/cannot be/);
    }
  });

  it('adds LTV exactly: 0.01 plus 99.99 twice is 199.99, on the campaign and the contact', async () => {
    const ltv = { amount: '99.99', currency: 'USD', contactEmail: 'ada@example.com' };
    await konigle.addCampaignLtv('cmp_spring_collection', ltv, context);
    const campaign = await konigle.addCampaignLtv('cmp_spring_collection', ltv, context);
    expect(campaign.ltv).toEqual({ amount: '199.98', currency: 'USD' });
    expect(sandbox.contact('ada@example.com')?.ltv).toBe('199.99');
    const contact = await konigle.addContactLtv('ada@example.com', { amount: '0.01', currency: 'USD' }, context);
    expect(contact.ltv).toEqual({ amount: '200.00', currency: 'USD' });
  });

  it('manages contacts: create, read, update, filter by tag and source, and field errors', async () => {
    const created = await konigle.createContact(
      { email: 'zoe@example.com', tags: ['newsletter'], source: 'LEAD' },
      context,
    );
    expect(created).toMatchObject({ email: 'zoe@example.com', source: 'LEAD', ltv: null });
    const updated = await konigle.updateContact(
      created.providerId,
      { firstName: 'Zoe', consent: { sms: false } },
      context,
    );
    expect(updated).toMatchObject({ firstName: 'Zoe', consent: { email: true, sms: false } });
    const page = await konigle.listContacts({ tags: ['newsletter'], source: 'LEAD' }, 1, 100, context);
    expect(page.contacts.map((c) => c.email)).toContain('zoe@example.com');
    await expect(konigle.createContact({ email: 'zoe@example.com' }, context)).rejects.toBeInstanceOf(ValidationError);
    await expect(konigle.updateContact('ct_missing', { firstName: 'X' }, context)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('sends a test email and reports a bad address as a field error', async () => {
    await expect(konigle.sendTestEmail('cmp_spring_collection', 'qa@example.com', context)).resolves.toBeUndefined();
    expect(sandbox.calls.list('campaigns.sendTestEmail')[0]?.body).toEqual({ email_address: 'qa@example.com' });
  });

  it('turns a schema-violating or malformed body into a typed bad response', async () => {
    sandbox.faults.add({ kind: 'schema-violation', route: 'campaigns.list' });
    await expect(adapter.listCampaigns({ limit: 5, cursor: null, filter: {}, order }, context)).rejects.toBeInstanceOf(
      ProviderBadResponseError,
    );
    sandbox.faults.clear();
    sandbox.faults.add({ kind: 'malformed-json', route: 'campaigns.get' });
    await expect(adapter.getCampaigns(['cmp_welcome_series'], context)).rejects.toBeInstanceOf(
      ProviderBadResponseError,
    );
  });
});
