/*
 * Test controls, mounted under /__sandbox/ (never faulted, never logged):
 *   POST /__sandbox/campaigns/:id/status {status}  forces a BSG status; stamps times and fires the webhook like a real change
 *   GET  /__sandbox/campaigns/:id                  one campaign: CampaignSchema, DetailCampaignSchema and internal fields
 *   GET  /__sandbox/state                          every campaign (oldest first) as CampaignSchema plus `updated_at`
 */
import { z } from 'zod';
import { json, type Route } from '../kit/router.js';
import { BSG_STATUSES, formatBsgDate, toCampaignSchema, toDetailSchema, type BsgCampaignRecord } from './state.js';
import type { BsgStore } from './store.js';

const statusBody = z.object({ status: z.enum(BSG_STATUSES) });

/** A campaign as the control routes show it: the documented shape plus the bookkeeping the API hides. */
function snapshot(campaign: BsgCampaignRecord) {
  return {
    ...toCampaignSchema(campaign),
    updated_at: formatBsgDate(campaign.updatedAt),
    status_since: formatBsgDate(campaign.statusSince),
    phones: campaign.phones,
  };
}

/** Routes tests and benchmarks use to steer and inspect the simulator over HTTP. */
export function bsgControlRoutes(store: BsgStore): Route[] {
  return [
    {
      name: 'control.status',
      method: 'POST',
      path: '/campaigns/:id/status',
      handler: (request) => {
        const campaign = store.find(request.params['id'] ?? '');
        if (!campaign) return json(404, { message: 'Not Found' });
        const body = statusBody.safeParse(request.body);
        if (!body.success) return json(400, { message: body.error.message });
        store.setStatus(campaign, body.data.status);
        return json(200, { data: snapshot(campaign) });
      },
    },
    {
      name: 'control.campaign',
      method: 'GET',
      path: '/campaigns/:id',
      handler: (request) => {
        const campaign = store.find(request.params['id'] ?? '');
        if (!campaign) return json(404, { message: 'Not Found' });
        return json(200, { data: snapshot(campaign), detail: toDetailSchema(campaign) });
      },
    },
    {
      name: 'control.state',
      method: 'GET',
      path: '/state',
      handler: () =>
        json(200, { now: store.clock.now().toISOString(), campaigns: [...store.campaigns.values()].map(snapshot) }),
    },
  ];
}
