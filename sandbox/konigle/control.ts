/*
 * Test controls, mounted under /__sandbox/ (never faulted, never logged, no credentials):
 *   POST /__sandbox/campaigns/:id/status {status}            force a campaign status as the platform would move it
 *                                                            (execution follows; webhooks fire like a real change)
 *   POST /__sandbox/campaigns/:id/execution/status {status}  force the execution status (e.g. halted, partially_completed)
 *   GET  /__sandbox/state                                    every campaign (detail view), contact and audience
 */
import { z } from 'zod';
import { json, type Route } from '../kit/router.js';
import { forceStatus } from './lifecycle.js';
import { CAMPAIGN_STATUSES, EXECUTION_STATUSES, newExecution } from './state.js';
import type { KonigleStore } from './store.js';
import { audienceView, campaignView, contactView } from './views.js';

const statusBody = z.object({ status: z.enum(CAMPAIGN_STATUSES) });
const executionBody = z.object({ status: z.enum(EXECUTION_STATUSES) });

/** The Konigle-specific `/__sandbox/` routes. */
export function controlRoutes(store: KonigleStore): Route[] {
  return [
    {
      name: 'control.campaignStatus',
      method: 'POST',
      path: '/campaigns/:id/status',
      handler: (request) => {
        const campaign = store.campaigns.get(request.params['id'] ?? '');
        if (!campaign) return json(404, { detail: 'Not found.' });
        const body = statusBody.safeParse(request.body);
        if (!body.success) return json(400, { detail: `status must be one of ${CAMPAIGN_STATUSES.join(', ')}` });
        forceStatus(store, campaign, body.data.status);
        return json(200, campaignView(campaign, true));
      },
    },
    {
      name: 'control.executionStatus',
      method: 'POST',
      path: '/campaigns/:id/execution/status',
      handler: (request) => {
        const campaign = store.campaigns.get(request.params['id'] ?? '');
        if (!campaign) return json(404, { detail: 'Not found.' });
        const body = executionBody.safeParse(request.body);
        if (!body.success) return json(400, { detail: `status must be one of ${EXECUTION_STATUSES.join(', ')}` });
        campaign.execution ??= newExecution(store.audienceSize(campaign.audience));
        store.setExecutionStatus(campaign, body.data.status);
        return json(200, campaignView(campaign, true));
      },
    },
    {
      name: 'control.state',
      method: 'GET',
      path: '/state',
      handler: () =>
        json(200, {
          now: store.nowIso(),
          campaigns: [...store.campaigns.values()].map((c) => campaignView(c, true)),
          contacts: [...store.contacts.values()].map(contactView),
          audiences: [...store.audiences.values()].map(audienceView),
        }),
    },
  ];
}
