import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DEMO_CAMPAIGN_IDS as IDS,
  DEMO_USERS as USERS,
  startSessionMSandbox,
  type SessionMSandbox,
} from '../../sandbox/sessionm/index.js';

const DAY = 86_400_000;
const tileList = z.array(z.object({ campaign_id: z.number() }));
const v1Answer = z.object({ status: z.literal('ok'), campaigns: z.object({ tiles: tileList, promotions: tileList }) });
const v2Page = z.object({
  page: z.number(),
  page_size: z.number(),
  number_of_pages: z.number(),
  status: z.literal('ok'),
  campaigns: z.array(z.object({ campaign_id: z.number(), status: z.string(), qualified: z.boolean() })),
});

function clientOf(sandbox: SessionMSandbox) {
  const { apiKey, apiSecret } = sandbox.credentials;
  const basic = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { authorization: basic, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return {
    v1: `/priv/v1/apps/${apiKey}`,
    v2: `/priv/v2/apps/${apiKey}`,
    c2s: `/api/v1/apps/${apiKey}`,
    get: (path: string) => call('GET', path),
    event: (body: Record<string, unknown>) => call('POST', '/__sandbox/events', body),
  };
}

describe('SessionM sandbox', () => {
  let sandbox: SessionMSandbox;
  let api: ReturnType<typeof clientOf>;
  const optIn = (user: string, campaign: number) => api.get(`${api.v1}/users/${user}/campaigns/${campaign}/opt_in`);
  const progressOf = (user: string, campaign: number) =>
    api.get(`${api.v1}/users/${user}/campaigns/${campaign}/progress`);

  beforeEach(async () => {
    sandbox = await startSessionMSandbox();
    api = clientOf(sandbox);
  });
  afterEach(() => sandbox.close());

  describe('campaigns for a customer (v1)', () => {
    it('splits the active campaigns targeted to the customer into tiles and promotions', async () => {
      const { campaigns } = v1Answer.parse((await api.get(`${api.v1}/users/${USERS.ben.id}/campaigns`)).body);
      expect(campaigns.tiles.map((c) => c.campaign_id)).toEqual([IDS.winterDoublePoints]);
      expect(campaigns.promotions.map((c) => c.campaign_id)).toEqual([IDS.coffeeClubChallenge, IDS.holidayCountdown]);
    });

    it('answers the documented tile with template, progress and the behaviors object', async () => {
      const response = await api.get(`${api.v1}/external/users/${USERS.ben.externalId}/campaigns`);
      expect(response.body).toMatchObject({
        status: 'ok',
        campaigns: {
          tiles: [
            {
              campaign_id: 1001,
              name: 'Winter Double Points',
              group_id: 3001,
              creative_id: 5001,
              start_date: '2025-12-22 00:00:00',
              end_date: '2026-01-21 00:00:00',
              permalink: 'winter-double-points',
              template: {
                type: 'internal_tile',
                message: { header: 'Double points all winter', points: 100 },
                action: {
                  type: 'deep_link',
                  tracking_urls: [expect.any(String)],
                  event_meta_data: { ad_unit_id: 5001 },
                },
              },
              progress: { state: 'in_progress', behaviors: [{ behavior_id: 10011, progress: 1, goal: 3 }] },
              behaviors: {
                'buy a hot drink': {
                  type: 'count',
                  points: 50,
                  achieved: 0,
                  max_times_repeatable: 2,
                  max_times_repeatable_per_period: 1,
                  period: 86400,
                  goals: {
                    'purchase.hot_drink': {
                      type: 'goal',
                      earn_count: 3,
                      progress: { current_count: 1, total_count: 3 },
                    },
                  },
                  groups: { '0': { type: 'group', current_count: 0, total_count: 1, num_goals: 1, completed: false } },
                },
              },
              version: 2,
            },
          ],
        },
      });
    });

    it('leaves out campaigns whose targeting ($and / $in / $not on user.tags) excludes the customer', async () => {
      const chloe = v1Answer.parse((await api.get(`${api.v1}/users/${USERS.chloe.id}/campaigns`)).body);
      expect(chloe.campaigns.promotions.map((c) => c.campaign_id)).toEqual([IDS.holidayCountdown]);
      const ava = v1Answer.parse((await api.get(`${api.v1}/users/${USERS.ava.id}/campaigns`)).body);
      expect(ava.campaigns.tiles.map((c) => c.campaign_id)).toEqual([IDS.winterDoublePoints, IDS.vipFoundersCircle]);
    });

    it('serves anonymous customers by auth_token and answers 404 user_not_found for an unknown user', async () => {
      const anonymous = await api.get(`${api.c2s}/campaigns?auth_token=${USERS.anonymous.authToken}`);
      expect(v1Answer.parse(anonymous.body).campaigns.tiles.map((c) => c.campaign_id)).toEqual([1001]);
      const missing = await api.get(`${api.v1}/users/nobody/campaigns`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ status: 'error', errors: { code: 'user_not_found' } });
    });
  });

  describe('opt-in', () => {
    it('opts a qualified customer in, answers the customer campaigns and reports opted_in progress', async () => {
      const response = await optIn(USERS.ben.id, IDS.coffeeClubChallenge);
      expect(response.status).toBe(200);
      expect(v1Answer.parse(response.body).campaigns.promotions.map((c) => c.campaign_id)).toContain(1002);
      expect((await progressOf(USERS.ben.id, IDS.coffeeClubChallenge)).body).toMatchObject({
        status: 'ok',
        campaign: { opted_in: true, state: 'opted_in' },
      });
      const external = await api.get(`${api.v1}/external/users/${USERS.ben.externalId}/campaigns/1002/opt_in`);
      expect(external.body).toMatchObject({ status: 'ok' });
    });

    it.each([
      ['a customer targeted away', 'user_ineligible_for_campaign', USERS.chloe.id, IDS.coffeeClubChallenge],
      ['an opt-in window in the future', 'opt_in_not_started', USERS.ben.id, IDS.springPreview],
      ['an opt-in window in the past', 'opt_in_ended', USERS.ben.id, IDS.holidayCountdown],
      ['a campaign at its opt-in limit', 'opt_in_limit_reached', USERS.ava.id, IDS.vipFoundersCircle],
      ['a campaign without optin_required', 'opt_in_error', USERS.ben.id, IDS.winterDoublePoints],
    ])('refuses %s with HTTP 200 and %s', async (_case, code, user, campaign) => {
      const response = await optIn(user, campaign);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'error', errors: { code, message: expect.any(String) } });
    });

    it('answers 404 for a campaign that is not live and for an unknown customer', async () => {
      const paused = await optIn(USERS.ben.id, IDS.summerStreak);
      expect(paused.status).toBe(404);
      expect(paused.body).toMatchObject({ errors: { code: 'no_campaign_found' } });
      const unknown = await optIn('nobody', IDS.coffeeClubChallenge);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ errors: { code: 'user_not_found' } });
    });
  });

  describe('customer progress', () => {
    it('answers the same progress on all six documented paths', async () => {
      const token = USERS.ben.authToken;
      const paths = [
        `${api.v1}/users/${USERS.ben.id}/campaigns/1001/progress`,
        `${api.v1}/users/${USERS.ben.id}/external/campaigns/winter-double-points/progress`,
        `${api.v1}/external/users/${USERS.ben.externalId}/campaigns/1001/progress`,
        `${api.v1}/external/users/${USERS.ben.externalId}/external/campaigns/winter-double-points/progress`,
        `${api.c2s}/campaigns/1001/progress?auth_token=${token}`,
        `${api.c2s}/external/campaigns/winter-double-points/progress?auth_token=${token}`,
      ];
      const bodies = await Promise.all(paths.map(async (path) => (await api.get(path)).body));
      for (const body of bodies) expect(body).toEqual(bodies[0]);
      expect(bodies[0]).toEqual({
        status: 'ok',
        campaign: {
          state: 'in_progress',
          behaviors: [
            {
              behavior_id: 10011,
              external_behavior_id: expect.any(String),
              event_name: 'purchase.hot_drink',
              name: 'Buy a hot drink',
              progress: 1,
              goal: 3,
            },
          ],
        },
      });
    });

    it.each([
      ['qualified', USERS.ben.id, IDS.coffeeClubChallenge, {}],
      ['not_qualified', USERS.chloe.id, IDS.coffeeClubChallenge, {}],
      ['opted_in', USERS.ava.id, IDS.coffeeClubChallenge, { opted_in: true }],
      ['opted_out', USERS.emma.id, IDS.coffeeClubChallenge, { opted_in: false }],
      ['in_progress', USERS.ben.id, IDS.winterDoublePoints, {}],
      ['completed', USERS.ava.id, IDS.autumnHarvest, {}],
    ])('reports the %s state', async (state, user, campaign, extra) => {
      const response = await progressOf(user, campaign);
      expect(response.body).toMatchObject({ status: 'ok', campaign: { state, ...extra } });
    });

    it('answers 404 no_campaign_found for an unknown campaign', async () => {
      const response = await progressOf(USERS.ben.id, 999_999);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ status: 'error', errors: { code: 'no_campaign_found' } });
    });

    it('advances progress with a posted event until the behavior completes', async () => {
      const posted = await api.event({ user_id: USERS.ben.id, campaign_id: 1001, behavior_id: 10011, count: 2 });
      expect(posted.body).toMatchObject({ counted: 2, progress: { state: 'completed' } });
      expect((await progressOf(USERS.ben.id, 1001)).body).toMatchObject({
        campaign: { state: 'completed', behaviors: [{ progress: 3, goal: 3 }] },
      });
      const again = await api.event({ user_id: USERS.ben.id, campaign_id: 1001, behavior_id: 10011 });
      expect(again.body).toMatchObject({ counted: 0 });
    });

    it('counts composite goals by event name and unique behaviors once per key', async () => {
      const event = (body: Record<string, unknown>) => api.event({ user_id: USERS.ava.id, campaign_id: 1002, ...body });
      await event({ behavior_id: 10021, event_name: 'visit.store', count: 2 });
      await event({ behavior_id: 10021, event_name: 'purchase.pastry' });
      await event({ behavior_id: 10022, unique_key: 'blend-ethiopia' });
      await event({ behavior_id: 10022, unique_key: 'blend-ethiopia' });
      expect((await progressOf(USERS.ava.id, 1002)).body).toMatchObject({
        campaign: {
          opted_in: true,
          state: 'in_progress',
          behaviors: [
            { name: 'Morning ritual', progress: 3, goal: 3 },
            { name: 'Try a new blend', progress: 1, goal: 3 },
          ],
        },
      });
    });

    it('ignores events from a customer who has not opted in to an opt-in campaign', async () => {
      const posted = await api.event({ user_id: USERS.ben.id, campaign_id: 1002, behavior_id: 10021 });
      expect(posted.body).toMatchObject({ counted: 0, reason: 'not_opted_in' });
    });

    it('counts a consecutive behavior once a day and restarts the streak after a missed day', async () => {
      sandbox.setStatus(IDS.summerStreak, 'live');
      const checkIn = async () =>
        (await api.event({ user_id: USERS.ben.externalId, campaign_id: 'summer-streak', behavior_id: 10061 })).body;
      await checkIn();
      expect(await checkIn()).toMatchObject({ counted: 0 });
      sandbox.clock.advance(DAY);
      expect(await checkIn()).toMatchObject({ counted: 1, progress: { behaviors: [{ progress: 2, goal: 5 }] } });
      sandbox.clock.advance(3 * DAY);
      expect(await checkIn()).toMatchObject({ counted: 1, progress: { behaviors: [{ progress: 1, goal: 5 }] } });
    });
  });

  describe('customer campaigns (v2)', () => {
    it('lists eligible active campaigns with default page 1 and page_size 20, and no creative unless asked', async () => {
      const response = await api.get(`${api.v2}/users/${USERS.chloe.id}/campaigns`);
      const page = v2Page.parse(response.body);
      expect(page).toMatchObject({ page: 1, page_size: 20, number_of_pages: 1 });
      expect(page.campaigns.map((c) => c.campaign_id)).toEqual([1001, 1004]);
      expect(JSON.stringify(response.body)).not.toContain('"creative"');
    });

    it('filters ineligible or all campaigns with filters[]', async () => {
      const ineligible = v2Page.parse(
        (await api.get(`${api.v2}/users/${USERS.chloe.id}/campaigns?filters[]=ineligible`)).body,
      );
      expect(ineligible.campaigns.map((c) => [c.campaign_id, c.qualified, c.status])).toEqual([
        [1002, false, 'not_qualified'],
        [1005, false, 'not_qualified'],
      ]);
      const all = v2Page.parse((await api.get(`${api.v2}/users/${USERS.chloe.id}/campaigns?filters[]=all`)).body);
      expect(all.campaigns.map((c) => c.campaign_id)).toEqual([1001, 1002, 1004, 1005]);
    });

    it('adds sections[] and creatives[] parts to each campaign', async () => {
      const query = 'sections[]=behaviors&sections[]=offers&sections[]=progress&creatives[]=tile&creatives[]=promotion';
      const response = await api.get(`${api.v2}/external/users/${USERS.ava.externalId}/campaigns?${query}`);
      expect(response.body).toMatchObject({
        campaigns: expect.arrayContaining([
          expect.objectContaining({
            campaign_id: 1001,
            creative: {
              tile: {
                message: expect.objectContaining({ header: 'Double points all winter' }),
                action: expect.any(Object),
              },
            },
            behaviors: {
              'buy a hot drink': expect.objectContaining({ current_count: 0, total_count: 3, achieved: 0 }),
            },
            offers: [
              expect.objectContaining({
                offer_id: 10011,
                type: 'deal',
                deal: expect.objectContaining({
                  percent: 10,
                  offer_type_id: 'percent_discount',
                  validity_period: 7,
                  validity_unit: 'day',
                  offer_media: [expect.objectContaining({ content_type: 1, culture: 'en' })],
                }),
              }),
            ],
            progress: { state: 'qualified', behaviors: [expect.objectContaining({ goal: 3 })] },
          }),
          expect.objectContaining({
            campaign_id: 1002,
            opted_in: true,
            offers: [
              expect.objectContaining({
                deal: expect.objectContaining({
                  offer_type_id: 'fixed_amount_discount',
                  amount: '5.00',
                  percent: null,
                }),
              }),
              { offer_id: 10022, name: 'Referrer points', type: 'trigger', total_available: 1_000_000_000 },
            ],
            creative: { promotion: { type: 'internal_full_page', html_payload: expect.stringContaining('/ads/5002') } },
          }),
        ]),
      });
    });

    it('answers a validation error for an undocumented sections[] value or page_size', async () => {
      for (const query of ['sections[]=everything', 'page_size=0']) {
        const response = await api.get(`${api.v2}/users/${USERS.ben.id}/campaigns?${query}`);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ status: 'error', errors: { code: 'validation' } });
      }
    });

    it('answers one campaign wrapped by internal ids and unwrapped by permalink or external id', async () => {
      const wrapped = await api.get(`${api.v2}/users/${USERS.ben.id}/campaigns/1001?sections[]=behaviors`);
      expect(wrapped.body).toMatchObject({ status: 'ok', campaign: { campaign_id: 1001, status: 'in_progress' } });
      const paths = [
        `${api.v2}/users/${USERS.ben.id}/external/campaigns/winter-double-points`,
        `${api.v2}/external/users/${USERS.ben.externalId}/campaigns/winter-double-points`,
        `${api.v2}/external/users/${USERS.ben.externalId}/campaigns/1001`,
      ];
      for (const path of paths) {
        const response = await api.get(path);
        expect(response.body).toMatchObject({
          campaign_id: 1001,
          campaign_permalink: 'winter-double-points',
          qualified: true,
        });
      }
    });

    it('answers not_available for a campaign not targeted to the customer or not active, and 404 for an unknown one', async () => {
      const notTargeted = await api.get(`${api.v2}/users/${USERS.chloe.id}/campaigns/1002`);
      expect(notTargeted.body).toMatchObject({ status: 'error', errors: { code: 'not_available' } });
      const withAll = await api.get(`${api.v2}/users/${USERS.chloe.id}/campaigns/1002?filters[]=all`);
      expect(withAll.body).toMatchObject({ status: 'ok', campaign: { status: 'not_qualified', qualified: false } });
      const paused = await api.get(`${api.v2}/users/${USERS.ben.id}/campaigns/${IDS.summerStreak}`);
      expect(paused.body).toMatchObject({ status: 'error', errors: { code: 'not_available' } });
      const unknown = await api.get(`${api.v2}/users/${USERS.ben.id}/campaigns/424242`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ status: 'error', errors: { code: 'not_found' } });
    });
  });
});

describe('SessionM sandbox', () => {
  describe('v2 pagination over 1,000 generated campaigns', () => {
    let sandbox: SessionMSandbox;
    let api: ReturnType<typeof clientOf>;

    beforeAll(async () => {
      sandbox = await startSessionMSandbox({ seed: { campaigns: 1000 } });
      api = clientOf(sandbox);
    });
    afterAll(() => sandbox.close());

    it('walks every eligible campaign exactly once, page by page', async () => {
      const seen: number[] = [];
      let pages = Infinity;
      for (let page = 1; page <= pages; page += 1) {
        const response = await api.get(`${api.v2}/users/${USERS.ben.id}/campaigns?page=${page}&page_size=100`);
        const body = v2Page.parse(response.body);
        pages = body.number_of_pages;
        seen.push(...body.campaigns.map((c) => c.campaign_id));
      }
      expect(pages).toBe(11);
      expect(seen).toHaveLength(1003);
      expect(new Set(seen).size).toBe(1003);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    });

    it('answers an empty page past the end', async () => {
      const body = v2Page.parse(
        (await api.get(`${api.v2}/users/${USERS.ben.id}/campaigns?page=12&page_size=100`)).body,
      );
      expect(body).toMatchObject({ page: 12, number_of_pages: 11, campaigns: [] });
    });
  });
});
