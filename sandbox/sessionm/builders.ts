import { guid, type BehaviorRecord, type CampaignRecord, type CreativeRecord, type SessionMStore } from './state.js';
import { dealDate } from './views.js';

/** What a seeded campaign must say; the rest takes platform defaults. */
export type CampaignSpec = Partial<Omit<CampaignRecord, 'id' | 'groupId' | 'creativeId'>> &
  Pick<CampaignRecord, 'name' | 'permalink' | 'status' | 'startsAt' | 'endsAt' | 'creative' | 'createdAt'>;

/** Inserts a campaign with the platform's defaults for everything the spec leaves out. */
export function insertCampaign(store: SessionMStore, spec: CampaignSpec): CampaignRecord {
  return store.insert({
    campaignType: 'promotion',
    metadata: { campaign_version: 2 },
    totalBudget: 0,
    weight: 5,
    optinRequired: false,
    optInStartsAt: null,
    optInEndsAt: null,
    optInLimit: null,
    reportingEndsAt: null,
    targeting: null,
    qualifyTag: null,
    disqualifyTag: null,
    ssapName: null,
    version: 2,
    behaviors: [],
    offers: [],
    updatedAt: spec.createdAt,
    ...spec,
  });
}

type BehaviorSpec = Partial<Omit<BehaviorRecord, 'id' | 'externalId' | 'goals'>> &
  Pick<BehaviorRecord, 'name' | 'eventName'> & { goal?: number; goals?: BehaviorRecord['goals'] };

/** A behavior with id `campaignId * 10 + index`; a single goal on its own event unless `goals` is given. */
export function behavior(campaignId: number, index: number, spec: BehaviorSpec): BehaviorRecord {
  const { goal = 1, goals, ...rest } = spec;
  const points = spec.points ?? 0;
  return {
    id: campaignId * 10 + index,
    externalId: guid(`behavior:${campaignId}:${index}`),
    type: 'count',
    points,
    maxTimesRepeatable: null,
    maxTimesRepeatablePerPeriod: null,
    period: null,
    minTimeBetweenEvents: null,
    consecutive: false,
    goals: goals ?? [{ eventName: spec.eventName, count: goal, points, required: true, groupId: '0' }],
    ...rest,
  };
}

interface DealSpec {
  name: string;
  percent?: number;
  amount?: string;
  title: string;
  terms: string;
  starts: Date;
  ends: Date;
  validityDays: number;
  points: number;
  totalAvailable: number;
  restrictions?: Record<string, unknown>;
}

/** A `deal` offer in the documented wire shape; `percent` makes a percent discount, `amount` a fixed one. */
export function dealOffer(campaignId: number, index: number, spec: DealSpec): Record<string, unknown> {
  const id = guid(`offer:${campaignId}:${index}`);
  const restrictions = {
    offer_catalog_restrictions: null,
    offer_purchase_restrictions: null,
    offer_redemption_restrictions: null,
    offer_location_restrictions: null,
    ...spec.restrictions,
  };
  return {
    offer_id: campaignId * 10 + index,
    name: spec.name,
    type: 'deal',
    total_available: spec.totalAvailable,
    deal: {
      percent: spec.percent ?? null,
      offer_type_id: spec.percent !== undefined ? 'percent_discount' : 'fixed_amount_discount',
      ...(spec.amount !== undefined ? { amount: spec.amount } : {}),
      id,
      root_offer_id: guid(`root-offer:${campaignId}:${index}`),
      retailer_id: guid('retailer:demo-coffee'),
      offer_text: [
        {
          id: guid(`offer-text:${id}`),
          offer_id: id,
          culture: 'en',
          title: spec.title,
          description: spec.name,
          terms: spec.terms,
        },
      ],
      valid_after_end_date: false,
      value_after_end_date: null,
      start_date: dealDate(spec.starts),
      end_date: dealDate(spec.ends),
      validity_period: spec.validityDays,
      validity_unit: 'day',
      points: spec.points,
      buy_count: 0,
      max_recurrence: 1,
      item_price_affinity: 0,
      web_redeem: false,
      quantity: spec.totalAvailable,
      reward_store: false,
      ...restrictions,
      offer_media: [
        {
          id: guid(`media:${id}`),
          uri: `https://cdn.example.com/sessionm/offers/${campaignId * 10 + index}.png`,
          category_id: guid('media-category:offer-images'),
          category_name: 'Offer images',
          content_type: 1,
          culture: 'en',
        },
      ],
    },
  };
}

/** A tile creative with a deep-link action. */
export function tile(header: string, description: string, points: number, url: string): CreativeRecord {
  const slug = header.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    kind: 'tile',
    message: {
      header,
      subheader: 'Members only',
      description,
      icon_url: `https://cdn.example.com/sessionm/icons/${slug}.png`,
      image_url: `https://cdn.example.com/sessionm/tiles/${slug}.png`,
      points,
    },
    actionType: 'deep_link',
    actionUrl: url,
  };
}

/** A full-page promotion creative. */
export const FULL_PAGE: CreativeRecord = { kind: 'promotion', type: 'internal_full_page' };
