import { behaviorProgressList, behaviorsObjectV1, behaviorsObjectV2, customerState } from './progress.js';
import { guid, type CampaignRecord, type ParticipationRecord, type UserRecord } from './state.js';
import { isQualified } from './targeting.js';

/** Admin objects carry ISO-8601 seconds (`2020-08-19T15:02:54Z`). */
export function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Customer views carry `YYYY-MM-DD HH:MM:SS` without a zone. */
export function customerDate(date: Date): string {
  return isoDate(date).replace('T', ' ').replace('Z', '');
}

/** Deals carry `2017-11-28T16:26:10+0000`. */
export function dealDate(date: Date): string {
  return isoDate(date).replace('Z', '+0000');
}

/** What a customer view needs besides the campaign. */
export interface ViewContext {
  /** Scheme and host the request came in on, for tracking and payload URLs. */
  base: string;
  apiKey: string;
  user: UserRecord;
  participation: ParticipationRecord;
}

const optInStart = (campaign: CampaignRecord) => campaign.optInStartsAt ?? campaign.startsAt;
const optInEnd = (campaign: CampaignRecord) => campaign.optInEndsAt ?? campaign.endsAt;

/** The admin campaign object (create response, all active campaigns). */
export function adminView(campaign: CampaignRecord) {
  return {
    id: campaign.id,
    external_id: campaign.permalink,
    name: campaign.name,
    status: campaign.status,
    starts_at: isoDate(campaign.startsAt),
    ends_at: isoDate(campaign.endsAt),
    metadata: campaign.metadata,
    total_budget: campaign.totalBudget,
    weight: campaign.weight,
    campaign_type: campaign.campaignType,
    template: campaign.campaignType,
    optin_required: campaign.optinRequired,
    ...(campaign.optInStartsAt ? { opt_in_starts_at: isoDate(campaign.optInStartsAt) } : {}),
    ...(campaign.optInEndsAt ? { opt_in_ends_at: isoDate(campaign.optInEndsAt) } : {}),
    ...(campaign.reportingEndsAt ? { reporting_ends_at: isoDate(campaign.reportingEndsAt) } : {}),
    ...(campaign.ssapName !== null ? { ssap_name: campaign.ssapName } : {}),
    ...(campaign.targeting !== null ? { targeting: campaign.targeting } : {}),
    ...(campaign.qualifyTag !== null ? { qualify_tag: campaign.qualifyTag } : {}),
    ...(campaign.disqualifyTag !== null ? { disqualify_tag: campaign.disqualifyTag } : {}),
    created_at: isoDate(campaign.createdAt),
    updated_at: isoDate(campaign.updatedAt),
  };
}

/** The thin "information on a specific campaign" object. */
export function infoView(campaign: CampaignRecord) {
  return {
    campaign_id: campaign.id,
    permalink: campaign.permalink,
    starts_at: customerDate(campaign.startsAt),
    ends_at: customerDate(campaign.endsAt),
    optin_required: campaign.optinRequired,
    opt_in_starts_at: customerDate(optInStart(campaign)),
    opt_in_ends_at: customerDate(optInEnd(campaign)),
  };
}

function trackingUrls(campaign: CampaignRecord, context: ViewContext) {
  const statId = guid(`stat:${context.user.id}:${campaign.creativeId}`);
  const stats = `${context.base}/priv/v1/apps/${context.apiKey}/users/${context.user.id}/creatives/${campaign.creativeId}/stats/${statId}`;
  return { statId, seen: `${stats}/seen/track?locale=en-us`, click: `${stats}/click/redir?locale=en-us` };
}

function tileParts(campaign: CampaignRecord, context: ViewContext) {
  if (campaign.creative.kind !== 'tile') return undefined;
  const urls = trackingUrls(campaign, context);
  return {
    message: campaign.creative.message,
    action: {
      type: campaign.creative.actionType,
      url: urls.click,
      tracking_urls: [urls.seen],
      event_meta_data: { ad_unit_id: campaign.creativeId, ad_stat_id: urls.statId },
    },
  };
}

function promotionPart(campaign: CampaignRecord, context: ViewContext) {
  if (campaign.creative.kind !== 'promotion') return undefined;
  const payload = `${context.base}/apps/${context.apiKey}/users/${context.user.id}/ads/${campaign.creativeId}`;
  return campaign.creative.type === 'internal_full_page'
    ? { type: campaign.creative.type, html_payload: payload }
    : { type: campaign.creative.type };
}

/** One entry of the v1 `tiles` / `promotions` arrays. */
export function customerViewV1(campaign: CampaignRecord, context: ViewContext) {
  const tile = tileParts(campaign, context);
  return {
    campaign_id: campaign.id,
    name: campaign.name,
    group_id: campaign.groupId,
    creative_id: campaign.creativeId,
    start_date: customerDate(campaign.startsAt),
    end_date: customerDate(campaign.endsAt),
    opt_in_starts_at: customerDate(optInStart(campaign)),
    opt_in_ends_at: customerDate(optInEnd(campaign)),
    permalink: campaign.permalink,
    template: tile ? { type: 'internal_tile', ...tile } : promotionPart(campaign, context),
    progress: {
      state: customerState(campaign, context.user, context.participation),
      behaviors: behaviorProgressList(campaign, context.participation),
    },
    behaviors: behaviorsObjectV1(campaign, context.participation),
    version: campaign.version,
  };
}

/** Which optional parts a v2 campaign carries (`sections[]`, `creatives[]`). */
export interface V2Parts {
  sections: readonly string[];
  creatives: readonly string[];
}

/** A v2 customer-scoped campaign. */
export function customerViewV2(campaign: CampaignRecord, context: ViewContext, parts: V2Parts) {
  const { participation, user } = context;
  const tile = parts.creatives.includes('tile') ? tileParts(campaign, context) : undefined;
  const promotion = parts.creatives.includes('promotion') ? promotionPart(campaign, context) : undefined;
  const state = customerState(campaign, user, participation);
  return {
    campaign_id: campaign.id,
    campaign_permalink: campaign.permalink,
    ...(parts.creatives.length > 0
      ? { creative: { ...(tile ? { tile } : {}), ...(promotion ? { promotion } : {}) } }
      : {}),
    starts_at: customerDate(campaign.startsAt),
    ends_at: customerDate(campaign.endsAt),
    opt_in_starts_at: customerDate(optInStart(campaign)),
    opt_in_ends_at: customerDate(optInEnd(campaign)),
    name: campaign.name,
    qualified: isQualified(campaign, user),
    ...(participation.optedIn !== undefined ? { opted_in: participation.optedIn } : {}),
    status: state,
    ...(parts.sections.includes('progress')
      ? { progress: { state, behaviors: behaviorProgressList(campaign, participation) } }
      : {}),
    ...(parts.sections.includes('behaviors') ? { behaviors: behaviorsObjectV2(campaign, participation) } : {}),
    ...(parts.sections.includes('offers') ? { offers: campaign.offers } : {}),
    ...(parts.sections.includes('redemptions') ? { redemptions: [] } : {}),
  };
}

/** The documented customer-progress object. */
export function progressView(campaign: CampaignRecord, user: UserRecord, participation: ParticipationRecord) {
  return {
    ...(participation.optedIn !== undefined ? { opted_in: participation.optedIn } : {}),
    state: customerState(campaign, user, participation),
    behaviors: behaviorProgressList(campaign, participation),
  };
}
