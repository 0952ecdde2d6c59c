/**
 * Test-control routes, mounted under `/__sandbox/` (never faulted, never logged, no auth):
 *   POST /__sandbox/campaigns/:id/status {status}      force a provider status (id or permalink); fires the webhook
 *   GET  /__sandbox/state                              JSON dump: now, campaigns (with behaviors, offers, opt-in counts), users
 *   POST /__sandbox/events {user_id, campaign_id, behavior_id, count?, event_name?, unique_key?}
 *                                                      an Events API submission that advances the customer's behavior
 *   POST /__sandbox/opt_out {user_id, campaign_id}     the customer opts out (no documented endpoint does this)
 *   PUT  /__sandbox/users/:id/tags {tags}              replace a customer's tags (targeting input)
 * `user_id` accepts the internal id or the external id; `campaign_id` the database id or the permalink.
 */
import { z } from 'zod';
import { json, type Route, type SandboxResponse } from '../kit/router.js';
import { applyEvents, behaviorProgressOf, customerState } from './progress.js';
import type { CampaignRecord, SessionMStore, UserRecord } from './state.js';
import { isQualified } from './targeting.js';
import { adminView, progressView } from './views.js';
import { controlEventBody, controlOptOutBody, controlStatusBody } from './wire.js';

const tagsBody = z.object({ tags: z.array(z.string().min(1)) });

function badRequest(error: z.ZodError): SandboxResponse {
  return json(400, { message: error.message });
}

/** Why an event cannot count for this customer right now, or undefined when it can. */
function eventRefusal(store: SessionMStore, campaign: CampaignRecord, user: UserRecord): string | undefined {
  if (!store.isActive(campaign)) return 'campaign_not_active';
  if (!isQualified(campaign, user)) return 'user_not_qualified';
  const optedIn = store.peekParticipation(user.id, campaign.id).optedIn;
  if (optedIn === false) return 'opted_out';
  if (campaign.optinRequired && optedIn !== true) return 'not_opted_in';
  return undefined;
}

/** Dump of one campaign with the internals the documented views hide. */
export function stateView(store: SessionMStore, campaign: CampaignRecord) {
  return {
    ...adminView(campaign),
    opt_in_limit: campaign.optInLimit,
    opt_in_count: store.optInCount(campaign.id),
    active: store.isActive(campaign),
    creative: campaign.creative,
    behaviors: campaign.behaviors,
    offers: campaign.offers,
  };
}

/** The SessionM simulator's `/__sandbox/` routes. */
export function sessionmControlRoutes(store: SessionMStore): Route[] {
  const campaignOf = (id: string | number) => store.campaignById(String(id)) ?? store.campaignByPermalink(String(id));
  const userOf = (id: string) => store.users.get(id) ?? store.userByExternalId(id);
  return [
    {
      name: 'sessionm.status',
      method: 'POST',
      path: '/campaigns/:id/status',
      handler: (request) => {
        const campaign = campaignOf(request.params['id'] ?? '');
        if (campaign === undefined) return json(404, { message: 'unknown campaign' });
        const body = controlStatusBody.safeParse(request.body);
        if (!body.success) return badRequest(body.error);
        store.setStatus(campaign, body.data.status);
        return json(200, { campaign: adminView(campaign) });
      },
    },
    {
      name: 'sessionm.state',
      method: 'GET',
      path: '/state',
      handler: () =>
        json(200, {
          now: store.clock.now().toISOString(),
          campaigns: [...store.campaigns.values()].map((campaign) => stateView(store, campaign)),
          users: [...store.users.values()],
        }),
    },
    {
      name: 'sessionm.events',
      method: 'POST',
      path: '/events',
      handler: (request) => {
        const body = controlEventBody.safeParse(request.body);
        if (!body.success) return badRequest(body.error);
        const { user_id: userId, campaign_id: campaignId, behavior_id: behaviorId, count } = body.data;
        const user = userOf(userId);
        const campaign = campaignOf(campaignId);
        const behavior = campaign?.behaviors.find((candidate) => candidate.id === behaviorId);
        if (user === undefined || campaign === undefined || behavior === undefined) {
          return json(404, { message: 'unknown user, campaign or behavior' });
        }
        const refusal = eventRefusal(store, campaign, user);
        const participation = store.participationOf(user.id, campaign.id);
        const counted =
          refusal === undefined
            ? applyEvents(
                behavior,
                behaviorProgressOf(participation, behavior),
                { count, eventName: body.data.event_name, uniqueKey: body.data.unique_key },
                store.clock.now(),
              )
            : 0;
        return json(200, {
          counted,
          ...(refusal !== undefined ? { reason: refusal } : {}),
          progress: progressView(campaign, user, participation),
        });
      },
    },
    {
      name: 'sessionm.opt_out',
      method: 'POST',
      path: '/opt_out',
      handler: (request) => {
        const body = controlOptOutBody.safeParse(request.body);
        if (!body.success) return badRequest(body.error);
        const user = userOf(body.data.user_id);
        const campaign = campaignOf(body.data.campaign_id);
        if (user === undefined || campaign === undefined) return json(404, { message: 'unknown user or campaign' });
        const participation = store.participationOf(user.id, campaign.id);
        participation.optedIn = false;
        return json(200, { state: customerState(campaign, user, participation) });
      },
    },
    {
      name: 'sessionm.tags',
      method: 'PUT',
      path: '/users/:id/tags',
      handler: (request) => {
        const user = userOf(request.params['id'] ?? '');
        if (user === undefined) return json(404, { message: 'unknown user' });
        const body = tagsBody.safeParse(request.body);
        if (!body.success) return badRequest(body.error);
        user.tags = body.data.tags;
        return json(200, { user });
      },
    },
  ];
}
