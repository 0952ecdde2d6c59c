import type { Campaign, Channel } from '../../src/domain/campaign.js';
import type { AccountRef } from '../../src/domain/provider.js';
import type {
  Behavior,
  BehaviorProgress,
  BehaviorType,
  CustomerCampaign,
  CustomerProgress,
  CustomerProgressState,
  MediaKind,
  Offer,
  OfferRestriction,
} from '../../src/domain/sessionm.js';
import type { CampaignStatus } from '../../src/domain/status.js';
import type {
  SessionMBehaviorProgress,
  SessionMCampaign,
  SessionMCustomerCampaign,
  SessionMDeal,
  SessionMFlatBehavior,
  SessionMOffer,
  SessionMProgress,
} from './wire.js';

/**
 * SessionM admin status -> normalized status.
 *
 * | SessionM    | normalized | note                                                        |
 * |-------------|------------|-------------------------------------------------------------|
 * | `live`      | RUNNING    | customers can engage (the window is in `schedule`)          |
 * | `paused`    | PAUSED     |                                                             |
 * | `draft`     | DRAFT      |                                                             |
 * | `inreview`  | IN_REVIEW  |                                                             |
 * | `completed` | COMPLETED  |                                                             |
 * | other       | UNKNOWN    | the word is kept in `providerStatus`                        |
 *
 * The status is SessionM's word only: deriving SCHEDULED or COMPLETED from `starts_at`/`ends_at` would
 * need the provider's clock, which its answers do not carry.
 */
export const SESSIONM_STATUS_TABLE: Readonly<Record<string, CampaignStatus>> = {
  live: 'RUNNING',
  paused: 'PAUSED',
  draft: 'DRAFT',
  inreview: 'IN_REVIEW',
  completed: 'COMPLETED',
};

/** SessionM customer state -> normalized progress state (unknown words become UNKNOWN). */
export const SESSIONM_STATE_TABLE: Readonly<Record<string, CustomerProgressState>> = {
  qualified: 'QUALIFIED',
  not_qualified: 'NOT_QUALIFIED',
  opted_in: 'OPTED_IN',
  opted_out: 'OPTED_OUT',
  in_progress: 'IN_PROGRESS',
  completed: 'COMPLETED',
};

/** `campaign_type` -> channels: messaging campaigns are push and inbox messages, promotions show in the app. */
const CHANNELS_BY_TYPE: Readonly<Record<string, Channel[]>> = {
  messaging: ['PUSH', 'INBOX'],
  promotion: ['IN_APP'],
};

const BEHAVIOR_TYPE: Readonly<Record<string, BehaviorType>> = {
  count: 'COUNT',
  unique: 'UNIQUE',
  composite: 'COMPOSITE',
};

/** Offer media `content_type`: 1 image, 2 video, 4 audio, 5 web link. */
const MEDIA_KIND: Readonly<Record<number, MediaKind>> = { 1: 'IMAGE', 2: 'VIDEO', 4: 'AUDIO', 5: 'WEB_LINK' };

/** Maps an admin campaign to the domain. */
export function toCampaign(account: AccountRef, wire: SessionMCampaign): Campaign {
  const type = wire.campaign_type ?? wire.template;
  return {
    // Field by field: a literal that starts with a spread is built on a slow path, once per item.
    provider: account.provider,
    account: account.account,
    providerId: String(wire.id),
    name: wire.name,
    description: null,
    status: SESSIONM_STATUS_TABLE[wire.status] ?? 'UNKNOWN',
    providerStatus: wire.status,
    channels: (type ? CHANNELS_BY_TYPE[type] : undefined) ?? ['OTHER'],
    schedule: { startsAt: wire.starts_at, endsAt: wire.ends_at, scheduledAt: null, cron: null },
    stats: null,
    ltv: null,
    createdAt: wire.created_at ?? wire.starts_at,
    updatedAt: wire.updated_at,
    details: {
      provider: 'sessionm',
      externalId: wire.external_id ?? wire.permalink ?? String(wire.id),
      campaignType: type,
      optInRequired: wire.optin_required ?? false,
      optInStartsAt: wire.opt_in_starts_at,
      optInEndsAt: wire.opt_in_ends_at,
      reportingEndsAt: wire.reporting_ends_at,
      qualifyTag: wire.qualify_tag,
      disqualifyTag: wire.disqualify_tag,
      targeted: wire.targeting != null && Object.keys(wire.targeting).length > 0,
    },
  };
}

/** Behaviors from the v2 flat object (rules) joined by name with the progress list (ids, goals). */
export function toBehaviors(
  flat: Record<string, SessionMFlatBehavior> | undefined,
  progress: readonly SessionMBehaviorProgress[] | undefined,
): Behavior[] {
  const listed = progress ?? [];
  const rules = new Map(Object.entries(flat ?? {}).map(([name, behavior]) => [name.toLowerCase(), behavior]));
  const fromProgress = listed.map((item) => toBehavior(item.name, rules.get(item.name.toLowerCase()), item));
  const named = new Set(listed.map((item) => item.name.toLowerCase()));
  const onlyFlat = [...rules].filter(([name]) => !named.has(name)).map(([name, rule]) => toBehavior(name, rule));
  return [...fromProgress, ...onlyFlat];
}

function toBehavior(name: string, rule?: SessionMFlatBehavior, item?: SessionMBehaviorProgress): Behavior {
  return {
    id: item ? String(item.behavior_id) : null,
    externalId: item?.external_behavior_id ?? null,
    name,
    eventName: item?.event_name ?? rule?.event_name ?? null,
    type: rule ? (BEHAVIOR_TYPE[rule.type] ?? 'UNKNOWN') : null,
    points: rule?.points ?? null,
    goal: item?.goal ?? rule?.total_count ?? 1,
    maxTimesRepeatable: rule?.max_times_repeatable ?? null,
    maxTimesRepeatablePerPeriod: rule?.max_times_repeatable_per_period ?? null,
    periodSeconds: rule?.period ?? null,
    minSecondsBetweenEvents: rule?.min_time_between_events ?? null,
    consecutive: rule?.consecutive ?? null,
  };
}

/** Maps an offer; the deal's discount stays a decimal string and its restriction lists are counted. */
export function toOffer(wire: SessionMOffer): Offer {
  const deal = wire.deal ?? null;
  const text = deal?.offer_text?.find((entry) => entry.culture === 'en') ?? deal?.offer_text?.[0];
  return {
    id: String(wire.offer_id),
    name: wire.name,
    type: wire.type,
    totalAvailable: wire.total_available,
    discount: deal ? toDiscount(deal) : null,
    title: text?.title ?? null,
    description: text?.description ?? null,
    terms: text?.terms ?? null,
    validFrom: deal?.start_date ?? null,
    validUntil: deal?.end_date ?? null,
    validityPeriod: deal?.validity_period ?? null,
    validityUnit: deal?.validity_unit ?? null,
    validAfterEnd: deal?.valid_after_end_date ?? null,
    points: deal?.points ?? null,
    media: (deal?.offer_media ?? []).map((media) => ({
      uri: media.uri,
      kind: (media.content_type !== null ? MEDIA_KIND[media.content_type] : undefined) ?? 'OTHER',
      culture: media.culture,
    })),
    restrictions: deal ? toRestrictions(deal) : [],
  };
}

function toDiscount(deal: SessionMDeal): Offer['discount'] {
  const providerType = deal.offer_type_id;
  if (providerType === null) return null;
  if (providerType === 'percent_discount') return { type: 'PERCENT', providerType, value: deal.percent ?? null };
  if (providerType === 'fixed_amount_discount') {
    return { type: 'FIXED_AMOUNT', providerType, value: deal.amount ?? null };
  }
  return { type: 'OTHER', providerType, value: deal.amount ?? deal.percent ?? null };
}

function toRestrictions(deal: SessionMDeal): OfferRestriction[] {
  const lists: [OfferRestriction['kind'], unknown[]][] = [
    ['CATALOG', deal.offer_catalog_restrictions],
    ['PURCHASE', deal.offer_purchase_restrictions],
    ['REDEMPTION', deal.offer_redemption_restrictions],
    ['LOCATION', deal.offer_location_restrictions],
  ];
  return lists.filter(([, rules]) => rules.length > 0).map(([kind, rules]) => ({ kind, rules: rules.length }));
}

/** Maps one progress-list item. */
export function toBehaviorProgress(item: SessionMBehaviorProgress): BehaviorProgress {
  return {
    behaviorId: String(item.behavior_id),
    externalId: item.external_behavior_id,
    eventName: item.event_name,
    name: item.name,
    progress: item.progress,
    goal: item.goal,
  };
}

/** Maps the customer-progress object. */
export function toProgress(wire: SessionMProgress): CustomerProgress {
  return {
    state: SESSIONM_STATE_TABLE[wire.state] ?? 'UNKNOWN',
    providerState: wire.state,
    optedIn: wire.opted_in ?? null,
    behaviors: wire.behaviors.map(toBehaviorProgress),
  };
}

/** Maps a v2 customer-scoped campaign. */
export function toCustomerCampaign(wire: SessionMCustomerCampaign): CustomerCampaign {
  return {
    providerId: String(wire.campaign_id),
    externalId: wire.campaign_permalink,
    name: wire.name,
    startsAt: wire.starts_at,
    endsAt: wire.ends_at,
    optInStartsAt: wire.opt_in_starts_at,
    optInEndsAt: wire.opt_in_ends_at,
    qualified: wire.qualified,
    optedIn: wire.opted_in ?? null,
    state: SESSIONM_STATE_TABLE[wire.status] ?? 'UNKNOWN',
    providerState: wire.status,
    behaviors: toBehaviors(wire.behaviors, wire.progress?.behaviors),
    offers: (wire.offers ?? []).map(toOffer),
  };
}
