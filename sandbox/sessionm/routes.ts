import type { Route, SandboxRequest } from '../kit/router.js';
import { methodError, NO_ACTIVE_CAMPAIGN_FOUND, ok } from './errors.js';
import { guid, type CampaignRecord, type SessionMStore } from './state.js';
import { adminView, infoView } from './views.js';
import {
  CAMPAIGN_ATTRIBUTES,
  createCampaignAttributes,
  validationMessage,
  type CreateCampaignAttributes,
} from './wire.js';

/** Server-to-server v1 prefix; the api_key in it is checked by the authenticator. */
export const V1 = '/priv/v1/apps/:api_key';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function createCampaign(store: SessionMStore, request: SandboxRequest) {
  const body = request.body;
  if (!isObject(body) || !isObject(body['campaign'])) return methodError('missing_data', 'Missing campaign data.');
  const unknown = Object.keys(body['campaign']).filter((key) => !CAMPAIGN_ATTRIBUTES.has(key));
  if (unknown.length > 0) return methodError('argument_error', `Unknown campaign attributes ${unknown.join(', ')}.`);
  const parsed = createCampaignAttributes.safeParse(body['campaign']);
  if (!parsed.success) return methodError('validation', validationMessage(parsed.error));
  const attributes = parsed.data;
  if (attributes.division_id !== undefined) return methodError('not_found', 'Parent model not found.');
  if (store.nameTaken(attributes.name))
    return methodError('validation', 'Validation failed: name has already been taken');
  const permalink =
    attributes.external_id ?? attributes.permalink ?? guid(`created:${store.campaigns.size}:${attributes.name}`);
  if (store.campaignByPermalink(permalink) !== undefined) {
    return methodError('validation', 'Validation failed: external_id has already been taken');
  }
  const campaign = store.insert(toRecord(attributes, permalink, store.clock.now()));
  return ok({ campaign: adminView(campaign) });
}

function toRecord(
  attributes: CreateCampaignAttributes,
  permalink: string,
  now: Date,
): Omit<CampaignRecord, 'id' | 'groupId' | 'creativeId'> {
  return {
    permalink,
    name: attributes.name,
    status: attributes.status,
    startsAt: attributes.starts_at,
    endsAt: attributes.ends_at,
    campaignType: attributes.campaign_type ?? attributes.template ?? 'promotion',
    metadata: attributes.metadata ?? {},
    totalBudget: attributes.total_budget ?? 0,
    weight: attributes.weight ?? 5,
    optinRequired: attributes.optin_required ?? false,
    optInStartsAt: attributes.opt_in_starts_at ?? null,
    optInEndsAt: attributes.opt_in_ends_at ?? null,
    optInLimit: null,
    reportingEndsAt: attributes.reporting_ends_at ?? null,
    targeting: attributes.targeting ?? null,
    qualifyTag: attributes.qualify_tag ?? null,
    disqualifyTag: attributes.disqualify_tag ?? null,
    ssapName: attributes.ssap_name ?? null,
    version: attributes.version === undefined ? 2 : Number(attributes.version),
    creative: { kind: 'promotion', type: 'internal_behavior' },
    behaviors: [],
    offers: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** The documented campaign endpoints that need no customer: create, all active, info. */
export function campaignRoutes(store: SessionMStore): Route[] {
  const info = (campaign: CampaignRecord | undefined) =>
    campaign === undefined ? NO_ACTIVE_CAMPAIGN_FOUND : ok({ campaign: infoView(campaign) });
  return [
    {
      name: 'campaigns.create',
      method: 'POST',
      path: `${V1}/campaigns`,
      handler: (request) => createCampaign(store, request),
    },
    {
      name: 'campaigns.active',
      method: 'GET',
      path: `${V1}/campaigns`,
      handler: () => {
        const active = [...store.campaigns.values()].filter((campaign) => campaign.status !== 'completed');
        return ok({ campaigns: active.map(adminView) });
      },
    },
    {
      name: 'campaigns.info',
      method: 'GET',
      path: `${V1}/campaigns/:campaign_id/info`,
      handler: (request) => info(store.campaignById(request.params['campaign_id'] ?? '')),
    },
    {
      name: 'campaigns.info',
      method: 'GET',
      path: `${V1}/external/campaigns/:permalink/info`,
      handler: (request) => info(store.campaignByPermalink(request.params['permalink'] ?? '')),
    },
  ];
}
