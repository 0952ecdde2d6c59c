import type { Route, SandboxRequest, SandboxResponse } from '../kit/router.js';
import { failure, methodError, NO_CAMPAIGN_FOUND, ok, USER_NOT_FOUND } from './errors.js';
import { V1 } from './routes.js';
import type { CampaignRecord, SessionMStore, UserRecord } from './state.js';
import { isQualified } from './targeting.js';
import { customerViewV1, customerViewV2, progressView, type ViewContext } from './views.js';
import { parseV2Query, validationMessage, type V2Query } from './wire.js';

const V2 = '/priv/v2/apps/:api_key';
const C2S = '/api/v1/apps/:api_key';

/** The customer a path names: internal `user_id`, `external_id`, or the `auth_token` of a client call. */
function userOf(store: SessionMStore, request: SandboxRequest): UserRecord | undefined {
  const { user_id: userId, external_id: externalId } = request.params;
  if (userId !== undefined) return store.users.get(userId);
  if (externalId !== undefined) return store.userByExternalId(externalId);
  const token = request.query.get('auth_token');
  return token === null ? undefined : store.userByToken(token);
}

/** The campaign a path names: `campaign_id` / `ad_campaign_id`, `permalink`, or either in `campaign`. */
function campaignOf(store: SessionMStore, request: SandboxRequest): CampaignRecord | undefined {
  const { campaign_id: campaignId, ad_campaign_id: adCampaignId, permalink, campaign } = request.params;
  const id = campaignId ?? adCampaignId;
  if (id !== undefined) return store.campaignById(id);
  if (permalink !== undefined) return store.campaignByPermalink(permalink);
  return campaign === undefined ? undefined : (store.campaignById(campaign) ?? store.campaignByPermalink(campaign));
}

function contextOf(
  store: SessionMStore,
  request: SandboxRequest,
  user: UserRecord,
  campaign: CampaignRecord,
): ViewContext {
  const host = request.headers.host ?? '127.0.0.1';
  return {
    base: `http://${host}`,
    apiKey: request.params['api_key'] ?? '',
    user,
    participation: store.peekParticipation(user.id, campaign.id),
  };
}

/** The v1 answer: active campaigns targeted to the customer, split into `tiles` and `promotions`. */
function campaignsV1(store: SessionMStore, request: SandboxRequest, user: UserRecord): SandboxResponse {
  const visible = [...store.campaigns.values()].filter((c) => store.isActive(c) && isQualified(c, user));
  const view = (c: CampaignRecord) => customerViewV1(c, contextOf(store, request, user, c));
  return ok({
    campaigns: {
      tiles: visible.filter((c) => c.creative.kind === 'tile').map(view),
      promotions: visible.filter((c) => c.creative.kind === 'promotion').map(view),
    },
  });
}

function optIn(store: SessionMStore, request: SandboxRequest): SandboxResponse {
  const campaign = campaignOf(store, request);
  if (campaign === undefined || campaign.status !== 'live') return NO_CAMPAIGN_FOUND;
  const user = userOf(store, request);
  if (user === undefined) return USER_NOT_FOUND;
  if (!campaign.optinRequired) return methodError('opt_in_error', 'Opt in failed for unknown reason.');
  if (!isQualified(campaign, user)) {
    return methodError('user_ineligible_for_campaign', 'Customer is ineligible for specified campaign.');
  }
  const now = store.clock.now().getTime();
  const starts = campaign.optInStartsAt ?? campaign.startsAt;
  const ends = campaign.optInEndsAt ?? campaign.endsAt;
  if (now < starts.getTime()) return methodError('opt_in_not_started', 'Opt in has not started.');
  if (now > ends.getTime()) return methodError('opt_in_ended', 'Opt in has ended.');
  const participation = store.participationOf(user.id, campaign.id);
  if (participation.optedIn !== true) {
    if (campaign.optInLimit !== null && store.optInCount(campaign.id) >= campaign.optInLimit) {
      return methodError('opt_in_limit_reached', 'User limit reached.');
    }
    participation.optedIn = true;
  }
  return campaignsV1(store, request, user);
}

function progress(store: SessionMStore, request: SandboxRequest): SandboxResponse {
  const user = userOf(store, request);
  if (user === undefined) return USER_NOT_FOUND;
  const campaign = campaignOf(store, request);
  if (campaign === undefined) return NO_CAMPAIGN_FOUND;
  return ok({ campaign: progressView(campaign, user, store.peekParticipation(user.id, campaign.id)) });
}

function admits(query: V2Query, qualified: boolean): boolean {
  const filters = query.filters.length > 0 ? query.filters : ['eligible'];
  return filters.includes('all') || filters.includes(qualified ? 'eligible' : 'ineligible');
}

function campaignsV2(store: SessionMStore, request: SandboxRequest): SandboxResponse {
  const user = userOf(store, request);
  if (user === undefined) return USER_NOT_FOUND;
  const query = parseV2Query(request.query);
  if (!query.success) return methodError('validation', validationMessage(query.error));
  const { page, page_size: pageSize } = query.data;
  const matching = [...store.campaigns.values()].filter(
    (c) => store.isActive(c) && admits(query.data, isQualified(c, user)),
  );
  const slice = matching.slice((page - 1) * pageSize, page * pageSize);
  return json200({
    page,
    page_size: pageSize,
    number_of_pages: Math.max(1, Math.ceil(matching.length / pageSize)),
    status: 'ok',
    campaigns: slice.map((c) => customerViewV2(c, contextOf(store, request, user, c), query.data)),
  });
}

function json200(body: Record<string, unknown>): SandboxResponse {
  return { status: 200, json: body };
}

/** One campaign for a customer; `wrapped` answers `{status, campaign}`, otherwise the campaign's own keys. */
function campaignV2(store: SessionMStore, request: SandboxRequest, wrapped: boolean): SandboxResponse {
  const user = userOf(store, request);
  if (user === undefined) return USER_NOT_FOUND;
  const campaign = campaignOf(store, request);
  if (campaign === undefined) return failure(404, 'not_found', 'Campaign not found.');
  const query = parseV2Query(request.query);
  if (!query.success) return methodError('validation', validationMessage(query.error));
  if (!store.isActive(campaign)) return methodError('not_available', 'Campaign is not active.');
  if (!admits(query.data, isQualified(campaign, user))) {
    return methodError('not_available', 'Campaign is not targeted to this customer.');
  }
  const view = customerViewV2(campaign, contextOf(store, request, user, campaign), query.data);
  return wrapped ? ok({ campaign: view }) : json200(view);
}

/** The documented customer-scoped endpoints: v1 lists, opt-in, progress, v2 lists and single campaigns. */
export function customerRoutes(store: SessionMStore): Route[] {
  const route = (name: string, path: string, handler: (request: SandboxRequest) => SandboxResponse): Route => ({
    name,
    method: 'GET',
    path,
    handler,
  });
  const v1List = (request: SandboxRequest) => {
    const user = userOf(store, request);
    return user === undefined ? USER_NOT_FOUND : campaignsV1(store, request, user);
  };
  const progressOf = (request: SandboxRequest) => progress(store, request);
  const optInOf = (request: SandboxRequest) => optIn(store, request);
  return [
    route('customer.campaigns', `${V1}/users/:user_id/campaigns`, v1List),
    route('customer.campaigns', `${V1}/external/users/:external_id/campaigns`, v1List),
    route('customer.campaigns', `${C2S}/campaigns`, v1List),
    route('customer.optin', `${V1}/users/:user_id/campaigns/:campaign_id/opt_in`, optInOf),
    route('customer.optin', `${V1}/external/users/:external_id/campaigns/:campaign_id/opt_in`, optInOf),
    route('customer.progress', `${V1}/users/:user_id/campaigns/:ad_campaign_id/progress`, progressOf),
    route('customer.progress', `${V1}/users/:user_id/external/campaigns/:permalink/progress`, progressOf),
    route('customer.progress', `${V1}/external/users/:external_id/campaigns/:ad_campaign_id/progress`, progressOf),
    route('customer.progress', `${V1}/external/users/:external_id/external/campaigns/:permalink/progress`, progressOf),
    route('customer.progress', `${C2S}/campaigns/:ad_campaign_id/progress`, progressOf),
    route('customer.progress', `${C2S}/external/campaigns/:permalink/progress`, progressOf),
    route('customer.campaigns.v2', `${V2}/users/:user_id/campaigns`, (r) => campaignsV2(store, r)),
    route('customer.campaigns.v2', `${V2}/external/users/:external_id/campaigns`, (r) => campaignsV2(store, r)),
    route('customer.campaign.v2', `${V2}/users/:user_id/campaigns/:ad_campaign_id`, (r) => campaignV2(store, r, true)),
    route('customer.campaign.v2', `${V2}/users/:user_id/external/campaigns/:permalink`, (r) =>
      campaignV2(store, r, false),
    ),
    route('customer.campaign.v2', `${V2}/external/users/:external_id/campaigns/:campaign`, (r) =>
      campaignV2(store, r, false),
    ),
  ];
}
