import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderAdapter } from '../../adapters/port.js';
import { SESSIONM_STATUS_TABLE } from '../../adapters/sessionm/map.js';
import type { SessionMOperations } from '../../adapters/sessionm-port.js';
import { createClock } from '../../sandbox/kit/clock.js';
import {
  DEFAULT_SESSIONM_CREDENTIALS as CREDENTIALS,
  DEMO_CAMPAIGN_IDS as IDS,
  DEMO_USERS as USERS,
  startSessionMSandbox,
  type SessionMSandbox,
} from '../../sandbox/sessionm/index.js';
import {
  NotFoundError,
  ProviderAuthFailedError,
  ProviderBadResponseError,
  ProviderUnavailableError,
  UnsupportedOperationError,
  ValidationError,
} from '../../src/domain/errors.js';
import {
  CustomerIneligibleError,
  OptInEndedError,
  OptInFailedError,
  OptInLimitReachedError,
  OptInNotStartedError,
  type CreateSessionMCampaignInput,
} from '../../src/domain/sessionm.js';
import type { UpstreamCall } from '../../src/upstream/types.js';
import { adapterFor } from '../support/adapters.js';

const context = { requestId: 'contract-test' };
const order = { field: 'CREATED_AT', direction: 'DESC' } as const;
const DAY = 86_400_000;
const credentials = { ...CREDENTIALS, referenceUserId: USERS.ava.id };
const ben = { kind: 'id', id: USERS.ben.id } as const;

describe('SessionM adapter against the SessionM simulator', () => {
  let sandbox: SessionMSandbox;
  let adapter: ProviderAdapter;
  let sessionm: SessionMOperations;
  const calls: UpstreamCall[] = [];
  const clock = createClock({ mode: 'manual' });
  const at = (days: number) => new Date(clock.now().getTime() + days * DAY);
  const createInput = (overrides: Partial<CreateSessionMCampaignInput> = {}): CreateSessionMCampaignInput => ({
    name: `Contract ${Math.random()}`,
    startsAt: at(-1),
    endsAt: at(10),
    externalId: null,
    campaignType: 'MESSAGING',
    optInRequired: false,
    optInStartsAt: null,
    optInEndsAt: null,
    includeTags: [],
    excludeTags: [],
    ...overrides,
  });

  beforeAll(async () => {
    sandbox = await startSessionMSandbox({ clock, seed: { campaigns: 30 } });
    adapter = adapterFor('sessionm', sandbox.url, credentials, { calls });
    if (!adapter.sessionm) throw new Error('the SessionM adapter has SessionM operations');
    sessionm = adapter.sessionm;
  });
  afterAll(async () => {
    await adapter.close();
    await sandbox.close();
  });
  beforeEach(() => {
    sandbox.faults.clear();
    sandbox.calls.clear();
    calls.length = 0;
  });

  it('authenticates with HTTP Basic and logs only path templates, never the api key', async () => {
    await adapter.listCampaigns({ limit: 1, cursor: null, filter: {}, order }, context);
    expect(sandbox.calls.list().map((call) => `${call.route}:${call.status}`)).toEqual(['campaigns.active:200']);
    expect(calls.map((call) => call.endpoint)).toEqual(['/priv/v1/apps/:api_key/campaigns']);
    expect(JSON.stringify(calls)).not.toContain(CREDENTIALS.apiKey);
  });

  it('answers a typed auth failure for a wrong secret or an unknown api key', async () => {
    for (const wrong of [
      { ...CREDENTIALS, apiSecret: 'wrong' },
      { ...CREDENTIALS, apiKey: 'not-a-key' },
    ]) {
      const other = adapterFor('sessionm', sandbox.url, wrong);
      await expect(other.listCampaigns({ limit: 1, cursor: null, filter: {}, order }, context)).rejects.toBeInstanceOf(
        ProviderAuthFailedError,
      );
      await other.close();
    }
    expect(sandbox.calls.list().map((call) => call.status)).toEqual([401, 401]);
  });

  it('pages through every active campaign with exact keyset cursors, one call per page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await adapter.listCampaigns({ limit: 7, cursor, filter: {}, order }, context);
      seen.push(...page.edges.map((edge) => edge.campaign.providerId));
      expect(page.totalCount).toBe(38);
      if (page.nextCursor !== null) expect(page.nextCursor).toBe(page.edges.at(-1)?.after);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(seen).toHaveLength(38);
    expect(new Set(seen).size).toBe(38);
    expect(seen).not.toContain(String(IDS.autumnHarvest));
    expect(pages).toBe(Math.ceil(38 / 7));
    expect(sandbox.calls.count('campaigns.active')).toBe(pages);
  });

  it('applies status, channel and name filters and other orders itself, with an exact total', async () => {
    const page = await adapter.listCampaigns(
      { limit: 50, cursor: null, filter: { statuses: ['RUNNING'], search: 'o', channels: ['IN_APP'] }, order },
      context,
    );
    const names = page.edges.map((edge) => edge.campaign.name);
    expect(names).toContain('Coffee Club Challenge');
    expect(names).not.toContain('Summer Streak');
    expect(page.totalCount).toBe(names.length);
    const byName = { limit: 1, filter: { search: 'review' }, order: { field: 'NAME', direction: 'ASC' } } as const;
    const first = await adapter.listCampaigns({ ...byName, cursor: null }, context);
    expect(first.edges.map((edge) => edge.campaign.name)).toEqual(['Loyalty Launch Review']);
    const second = await adapter.listCampaigns({ ...byName, cursor: first.nextCursor }, context);
    expect(second.edges.map((edge) => edge.campaign.name)).toEqual(['Spring Preview']);
    expect(second.nextCursor).toBeNull();
  });

  it('maps every documented status through the status table', async () => {
    const table = { live: 'RUNNING', paused: 'PAUSED', draft: 'DRAFT', inreview: 'IN_REVIEW' } as const;
    const ids = [IDS.winterDoublePoints, IDS.summerStreak, IDS.referralRewards, IDS.loyaltyLaunchReview].map(String);
    const found = await adapter.getCampaigns(ids, context);
    expect(Object.fromEntries([...found.values()].map((c) => [c.providerStatus, c.status]))).toEqual(table);
    expect(SESSIONM_STATUS_TABLE).toEqual({ ...table, completed: 'COMPLETED' });
    expect(found.get(String(IDS.referralRewards))?.channels).toEqual(['PUSH', 'INBOX']);
  });

  it('gets any number of campaigns in one call and leaves unknown or completed ones out', async () => {
    const found = await adapter.getCampaigns(
      [String(IDS.coffeeClubChallenge), String(IDS.vipFoundersCircle), String(IDS.autumnHarvest), '999', 'abc'],
      context,
    );
    expect([...found.keys()].sort()).toEqual([String(IDS.coffeeClubChallenge), String(IDS.vipFoundersCircle)]);
    expect(sandbox.calls.count()).toBe(1);
    expect(found.get(String(IDS.coffeeClubChallenge))?.details).toEqual({
      provider: 'sessionm',
      externalId: 'coffee-club-challenge',
      campaignType: 'promotion',
      optInRequired: true,
      optInStartsAt: at(-5),
      optInEndsAt: at(10),
      reportingEndsAt: null,
      qualifyTag: 'coffee_lover',
      disqualifyTag: 'blocked_promo',
      targeted: true,
    });
  });

  it('reads behaviors and offers as the reference customer, decimals as strings', async () => {
    const winter = await sessionm.campaignContent(String(IDS.winterDoublePoints), context);
    expect(winter?.behaviors).toEqual([
      {
        id: '10011',
        externalId: expect.any(String),
        name: 'Buy a hot drink',
        eventName: 'purchase.hot_drink',
        type: 'COUNT',
        points: 50,
        goal: 3,
        maxTimesRepeatable: 2,
        maxTimesRepeatablePerPeriod: 1,
        periodSeconds: 86_400,
        minSecondsBetweenEvents: null,
        consecutive: false,
      },
    ]);
    expect(winter?.offers[0]).toMatchObject({
      name: '10% off pastries',
      type: 'deal',
      discount: { type: 'PERCENT', providerType: 'percent_discount', value: '10' },
      title: 'Winter pastry deal',
      validityPeriod: 7,
      validityUnit: 'day',
      media: [{ kind: 'IMAGE', culture: 'en' }],
      restrictions: [],
    });
    const coffee = await sessionm.campaignContent(String(IDS.coffeeClubChallenge), context);
    expect(coffee?.behaviors.map((b) => [b.name, b.type, b.goal])).toEqual([
      ['Morning ritual', 'COMPOSITE', 3],
      ['Try a new blend', 'UNIQUE', 3],
    ]);
    expect(coffee?.offers.map((o) => [o.type, o.discount, o.restrictions])).toEqual([
      [
        'deal',
        { type: 'FIXED_AMOUNT', providerType: 'fixed_amount_discount', value: '5.00' },
        [{ kind: 'PURCHASE', rules: 1 }],
      ],
      ['trigger', null, []],
    ]);
    const query = sandbox.calls.list('customer.campaign.v2')[0]?.path ?? '';
    expect(decodeURIComponent(query)).toContain(`/users/${USERS.ava.id}/campaigns/${IDS.winterDoublePoints}`);
  });

  it('falls back to the progress list for the behaviors of a campaign that is not active', async () => {
    const spring = await sessionm.campaignContent(String(IDS.springPreview), context);
    expect(spring).toEqual({
      behaviors: [expect.objectContaining({ name: 'Spring check-in', eventName: 'checkin.spring', type: null })],
      offers: [],
    });
    expect(sandbox.calls.list().map((call) => `${call.route}:${call.status}`)).toEqual([
      'customer.campaign.v2:200',
      'customer.progress:200',
    ]);
  });

  it('lists a customer’s eligible, ineligible and all campaigns, page by page', async () => {
    const ineligible = await sessionm.customerCampaigns(ben, { filter: 'INELIGIBLE', page: 1, pageSize: 20 }, context);
    expect(ineligible.campaigns.map((c) => [c.name, c.qualified, c.state])).toEqual([
      ['VIP Founders Circle', false, 'NOT_QUALIFIED'],
    ]);
    const seen: string[] = [];
    let page = 1;
    let pages = 1;
    do {
      const answer = await sessionm.customerCampaigns(ben, { filter: 'ALL', page, pageSize: 8 }, context);
      seen.push(...answer.campaigns.map((c) => c.providerId));
      pages = answer.numberOfPages;
      page += 1;
    } while (page <= pages);
    expect(new Set(seen).size).toBe(34);
    expect(seen).toHaveLength(34);
    const query = sandbox.calls.list('customer.campaigns.v2')[1]?.query;
    expect(query).toMatchObject({ 'filters[]': 'all', page: '1', page_size: '8' });
  });

  it('reads one campaign for a customer by internal id and by external id', async () => {
    const byId = await sessionm.customerCampaign(ben, String(IDS.winterDoublePoints), context);
    const byExternal = await sessionm.customerCampaign(
      { kind: 'externalId', id: USERS.ben.externalId ?? '' },
      String(IDS.winterDoublePoints),
      context,
    );
    expect(byExternal).toEqual(byId);
    expect(byId).toMatchObject({ name: 'Winter Double Points', qualified: true, state: 'IN_PROGRESS', optedIn: null });
    expect(byId.behaviors[0]).toMatchObject({ name: 'Buy a hot drink', goal: 3 });
    await expect(sessionm.customerCampaign(ben, String(IDS.springPreview), context)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('reads customer progress and sees it advance after posted events', async () => {
    const before = await sessionm.customerProgress(ben, String(IDS.winterDoublePoints), context);
    expect(before).toMatchObject({ state: 'IN_PROGRESS', behaviors: [{ behaviorId: '10011', progress: 1, goal: 3 }] });
    const posted = await fetch(`${sandbox.url}/__sandbox/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: USERS.ben.id, campaign_id: IDS.winterDoublePoints, behavior_id: 10011 }),
    });
    expect(posted.status).toBe(200);
    const after = await sessionm.customerProgress(ben, String(IDS.winterDoublePoints), context);
    expect(after.behaviors[0]).toMatchObject({ progress: 2, goal: 3 });
    await expect(
      sessionm.customerProgress({ kind: 'id', id: 'nobody' }, String(IDS.winterDoublePoints), context),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', typeName: 'Customer' });
    await expect(sessionm.customerProgress(ben, '4242', context)).rejects.toMatchObject({ typeName: 'Campaign' });
  });

  it('opts a qualified customer in and reports opted-in progress', async () => {
    const progress = await sessionm.optIn(ben, String(IDS.coffeeClubChallenge), context);
    expect(progress).toMatchObject({ state: 'OPTED_IN', optedIn: true });
    expect(sandbox.customerState(USERS.ben.id, IDS.coffeeClubChallenge)).toBe('opted_in');
  });

  it('maps each documented opt-in refusal to its own error', async () => {
    const optIn = (user: string, campaign: number) =>
      sessionm.optIn({ kind: 'id', id: user }, String(campaign), context).catch((error: unknown) => error);
    expect(await optIn(USERS.chloe.id, IDS.coffeeClubChallenge)).toBeInstanceOf(CustomerIneligibleError);
    expect(await optIn(USERS.ava.id, IDS.springPreview)).toBeInstanceOf(OptInNotStartedError);
    expect(await optIn(USERS.ava.id, IDS.holidayCountdown)).toBeInstanceOf(OptInEndedError);
    expect(await optIn(USERS.ava.id, IDS.vipFoundersCircle)).toBeInstanceOf(OptInLimitReachedError);
    const failed = await optIn(USERS.ava.id, IDS.winterDoublePoints);
    expect(failed).toBeInstanceOf(OptInFailedError);
    expect(failed).toMatchObject({
      code: 'OPT_IN_REFUSED',
      reason: 'FAILED',
      campaignId: String(IDS.winterDoublePoints),
    });
    expect(await optIn('nobody', IDS.coffeeClubChallenge)).toMatchObject({ typeName: 'Customer' });
    expect(await optIn(USERS.ava.id, IDS.summerStreak)).toMatchObject({ typeName: 'Campaign' });
  });

  it('creates a live campaign with tag targeting and maps validation refusals to field paths', async () => {
    const input = createInput({ externalId: 'contract-created', includeTags: ['vip'], excludeTags: ['blocked'] });
    const created = await sessionm.createCampaign(input, context);
    expect(created).toMatchObject({
      name: input.name,
      status: 'RUNNING',
      providerStatus: 'live',
      channels: ['PUSH', 'INBOX'],
    });
    expect(created.details).toMatchObject({ externalId: 'contract-created', targeted: true });
    expect(sandbox.calls.list('campaigns.create')[0]?.body).toMatchObject({
      campaign: {
        status: 'live',
        campaign_type: 'messaging',
        targeting: { $and: [{ 'user.tags': { $in: ['vip'] } }, { 'user.tags': { $not: { $in: ['blocked'] } } }] },
      },
    });
    const duplicate = await sessionm
      .createCampaign(createInput({ name: input.name }), context)
      .catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(ValidationError);
    expect(duplicate).toMatchObject({ issues: [{ path: ['input', 'name'], message: 'has already been taken' }] });
    const backwards = createInput({ endsAt: at(-2) });
    await expect(sessionm.createCampaign(backwards, context)).rejects.toMatchObject({
      issues: [{ path: ['input', 'endsAt'], message: 'must be after starts_at' }],
    });
  });

  it('refuses every lifecycle action without calling SessionM', async () => {
    for (const action of ['START', 'PAUSE', 'RESUME', 'CANCEL', 'SCHEDULE'] as const) {
      await expect(adapter.runAction(action, String(IDS.winterDoublePoints), {}, context)).rejects.toBeInstanceOf(
        UnsupportedOperationError,
      );
    }
    expect(sandbox.calls.count()).toBe(0);
  });

  it('turns a schema-violating body or malformed JSON into a typed bad-response error', async () => {
    sandbox.faults.add({ kind: 'schema-violation', route: 'campaigns.active' });
    await expect(adapter.getCampaigns(['1001'], context)).rejects.toBeInstanceOf(ProviderBadResponseError);
    sandbox.faults.clear();
    sandbox.faults.add({ kind: 'malformed-json', route: 'customer.progress' });
    await expect(sessionm.customerProgress(ben, String(IDS.winterDoublePoints), context)).rejects.toMatchObject({
      code: 'PROVIDER_BAD_RESPONSE',
    });
  });

  it('maps an internal server error to provider unavailable', async () => {
    sandbox.faults.add({ kind: 'status-500', route: 'customer.optin' });
    await expect(sessionm.optIn(ben, String(IDS.coffeeClubChallenge), context)).rejects.toBeInstanceOf(
      ProviderUnavailableError,
    );
  });
});
