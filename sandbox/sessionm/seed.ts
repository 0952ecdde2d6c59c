import { behavior, dealOffer, FULL_PAGE, insertCampaign, tile } from './builders.js';
import { seedGenerated } from './generated.js';
import { behaviorProgressOf } from './progress.js';
import type { CampaignRecord, SessionMStore, UserRecord } from './state.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The named demo customers; tests and demos refer to them by these keys. */
export const DEMO_USERS = {
  ava: user('8a1f3c2e-5b7d-11f0-9c41-0242ac130001', 'crm-ava-1001', 'v2--ava-demo-token', ['vip', 'coffee_lover']),
  ben: user('8a1f3c2e-5b7d-11f0-9c41-0242ac130002', 'crm-ben-1002', 'v2--ben-demo-token', ['coffee_lover']),
  chloe: user('8a1f3c2e-5b7d-11f0-9c41-0242ac130003', 'crm-chloe-1003', 'v2--chloe-demo-token', [
    'coffee_lover',
    'blocked_promo',
  ]),
  dev: user('8a1f3c2e-5b7d-11f0-9c41-0242ac130004', 'crm-dev-1004', 'v2--dev-demo-token', ['vip']),
  emma: user('8a1f3c2e-5b7d-11f0-9c41-0242ac130005', 'crm-emma-1005', 'v2--emma-demo-token', ['vip', 'coffee_lover']),
  anonymous: { ...user('8a1f3c2e-5b7d-11f0-9c41-0242ac1300ff', null, 'v2--anonymous-demo-token', []), anonymous: true },
} satisfies Record<string, UserRecord>;

/** Database ids of the named demo campaigns, in seeding order. */
export const DEMO_CAMPAIGN_IDS = {
  winterDoublePoints: 1001,
  coffeeClubChallenge: 1002,
  springPreview: 1003,
  holidayCountdown: 1004,
  vipFoundersCircle: 1005,
  summerStreak: 1006,
  referralRewards: 1007,
  loyaltyLaunchReview: 1008,
  autumnHarvest: 1009,
} as const;

function user(id: string, externalId: string | null, authToken: string, tags: string[]): UserRecord {
  return { id, externalId, authToken, tags, anonymous: false };
}

/** Seeds the named demo campaigns, customers and their participation, then `generated` more campaigns. */
export function seedSessionM(store: SessionMStore, generated: number): void {
  const now = store.clock.now();
  const at = (ms: number) => new Date(now.getTime() + ms);
  const created = (index: number) => at(-60 * DAY + index * HOUR);
  for (const demo of Object.values(DEMO_USERS)) store.addUser(demo);

  const winter = insertCampaign(store, {
    name: 'Winter Double Points',
    permalink: 'winter-double-points',
    status: 'live',
    startsAt: at(-10 * DAY),
    endsAt: at(20 * DAY),
    creative: tile('Double points all winter', 'Earn double points on every hot drink.', 100, 'app://rewards/winter'),
    createdAt: created(0),
  });
  winter.behaviors = [
    behavior(winter.id, 1, {
      name: 'Buy a hot drink',
      eventName: 'purchase.hot_drink',
      goal: 3,
      points: 50,
      maxTimesRepeatable: 2,
      maxTimesRepeatablePerPeriod: 1,
      period: 86_400,
    }),
  ];
  winter.offers = [
    dealOffer(winter.id, 1, {
      name: '10% off pastries',
      percent: 10,
      title: 'Winter pastry deal',
      terms: 'One per visit.',
      starts: winter.startsAt,
      ends: winter.endsAt,
      validityDays: 7,
      points: 200,
      totalAvailable: 5000,
    }),
  ];

  const coffee = insertCampaign(store, {
    name: 'Coffee Club Challenge',
    permalink: 'coffee-club-challenge',
    status: 'live',
    startsAt: at(-5 * DAY),
    endsAt: at(40 * DAY),
    optinRequired: true,
    optInStartsAt: at(-5 * DAY),
    optInEndsAt: at(10 * DAY),
    targeting: {
      $and: [{ 'user.tags': { $in: ['coffee_lover'] } }, { 'user.tags': { $not: { $in: ['blocked_promo'] } } }],
    },
    qualifyTag: 'coffee_lover',
    disqualifyTag: 'blocked_promo',
    ssapName: 'coffee club q1',
    creative: FULL_PAGE,
    createdAt: created(1),
  });
  coffee.behaviors = [
    behavior(coffee.id, 1, {
      name: 'Morning ritual',
      eventName: 'visit.store',
      type: 'composite',
      points: 150,
      maxTimesRepeatable: 1,
      goals: [
        { eventName: 'visit.store', count: 2, points: 50, required: true, groupId: '0' },
        { eventName: 'purchase.pastry', count: 1, points: 100, required: true, groupId: '0' },
        { eventName: 'share.social', count: 1, points: 25, required: false, groupId: '1' },
      ],
    }),
    behavior(coffee.id, 2, {
      name: 'Try a new blend',
      eventName: 'purchase.new_blend',
      type: 'unique',
      goal: 3,
      points: 75,
    }),
  ];
  coffee.offers = [
    dealOffer(coffee.id, 1, {
      name: '$5 off any bag of beans',
      amount: '5.00',
      title: 'Coffee Club reward',
      terms: 'Valid on whole-bean bags only.',
      starts: coffee.startsAt,
      ends: coffee.endsAt,
      validityDays: 30,
      points: 0,
      totalAvailable: 1000,
      restrictions: { offer_purchase_restrictions: [{ minimum_spend: '15.00', currency: 'USD' }] },
    }),
    { offer_id: coffee.id * 10 + 2, name: 'Referrer points', type: 'trigger', total_available: 1_000_000_000 },
  ];

  const spring = insertCampaign(store, {
    name: 'Spring Preview',
    permalink: 'spring-preview',
    status: 'live',
    startsAt: at(30 * DAY),
    endsAt: at(60 * DAY),
    optinRequired: true,
    optInStartsAt: at(20 * DAY),
    optInEndsAt: at(45 * DAY),
    creative: tile('Spring is coming', 'Opt in early for the spring menu.', 0, 'app://campaigns/spring'),
    createdAt: created(2),
  });
  spring.behaviors = [behavior(spring.id, 1, { name: 'Spring check-in', eventName: 'checkin.spring', points: 20 })];

  const holiday = insertCampaign(store, {
    name: 'Holiday Countdown',
    permalink: 'holiday-countdown',
    status: 'live',
    startsAt: at(-30 * DAY),
    endsAt: at(2 * DAY),
    optinRequired: true,
    optInStartsAt: at(-30 * DAY),
    optInEndsAt: at(-1 * DAY),
    creative: { kind: 'promotion', type: 'internal_behavior' },
    createdAt: created(3),
  });
  holiday.behaviors = [
    behavior(holiday.id, 1, {
      name: 'Advent visit',
      eventName: 'visit.advent',
      goal: 12,
      points: 10,
      consecutive: true,
      minTimeBetweenEvents: 3_600,
    }),
  ];

  const vip = insertCampaign(store, {
    name: 'VIP Founders Circle',
    permalink: 'vip-founders-circle',
    status: 'live',
    startsAt: at(-3 * DAY),
    endsAt: at(90 * DAY),
    optinRequired: true,
    optInStartsAt: at(-3 * DAY),
    optInEndsAt: at(30 * DAY),
    optInLimit: 2,
    targeting: { 'user.tags': { $in: ['vip'] } },
    qualifyTag: 'vip',
    creative: tile('Founders Circle', 'Two seats only: claim yours.', 500, 'app://campaigns/founders'),
    createdAt: created(4),
  });
  vip.behaviors = [
    behavior(vip.id, 1, {
      name: 'Founders purchase',
      eventName: 'purchase.founders',
      points: 500,
      maxTimesRepeatable: 1,
    }),
  ];

  const summer = insertCampaign(store, {
    name: 'Summer Streak',
    permalink: 'summer-streak',
    status: 'paused',
    startsAt: at(-20 * DAY),
    endsAt: at(70 * DAY),
    creative: tile('Summer streak', 'Check in five days in a row.', 250, 'app://campaigns/summer'),
    createdAt: created(5),
  });
  summer.behaviors = [
    behavior(summer.id, 1, {
      name: 'Daily check-in',
      eventName: 'checkin.daily',
      goal: 5,
      points: 250,
      consecutive: true,
      period: 86_400,
    }),
  ];

  insertCampaign(store, {
    name: 'Referral Rewards',
    permalink: 'referral-rewards',
    status: 'draft',
    campaignType: 'messaging',
    startsAt: at(14 * DAY),
    endsAt: at(100 * DAY),
    creative: tile('Bring a friend', 'You both earn 300 points.', 300, 'app://referrals'),
    createdAt: created(6),
  });
  insertCampaign(store, {
    name: 'Loyalty Launch Review',
    permalink: 'loyalty-launch-review',
    status: 'inreview',
    startsAt: at(7 * DAY),
    endsAt: at(37 * DAY),
    creative: FULL_PAGE,
    createdAt: created(7),
  });
  const autumn = insertCampaign(store, {
    name: 'Autumn Harvest',
    permalink: 'autumn-harvest',
    status: 'completed',
    startsAt: at(-80 * DAY),
    endsAt: at(-20 * DAY),
    reportingEndsAt: at(25 * DAY),
    creative: FULL_PAGE,
    createdAt: created(8),
  });
  autumn.behaviors = [behavior(autumn.id, 1, { name: 'Harvest tasting', eventName: 'tasting.harvest', points: 80 })];

  seedParticipation(store, { winter, coffee, vip, autumn });
  seedGenerated(store, generated);
}

function seedParticipation(store: SessionMStore, campaigns: Record<string, CampaignRecord>): void {
  const { winter, coffee, vip, autumn } = campaigns;
  if (!winter || !coffee || !vip || !autumn) return;
  const now = store.clock.now();
  const [hotDrink] = winter.behaviors;
  if (hotDrink)
    Object.assign(behaviorProgressOf(store.participationOf(DEMO_USERS.ben.id, winter.id), hotDrink), {
      counts: { 'purchase.hot_drink': 1 },
      lastCountedAt: new Date(now.getTime() - DAY),
    });
  store.participationOf(DEMO_USERS.ava.id, coffee.id).optedIn = true;
  store.participationOf(DEMO_USERS.emma.id, coffee.id).optedIn = false;
  store.participationOf(DEMO_USERS.dev.id, vip.id).optedIn = true;
  store.participationOf(DEMO_USERS.emma.id, vip.id).optedIn = true;
  const [tasting] = autumn.behaviors;
  if (tasting)
    Object.assign(behaviorProgressOf(store.participationOf(DEMO_USERS.ava.id, autumn.id), tasting), {
      achieved: 1,
      achievedAt: [autumn.startsAt],
      lastCountedAt: autumn.startsAt,
    });
}
