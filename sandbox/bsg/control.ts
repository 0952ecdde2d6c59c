/*
 * Test controls (under /__sandbox/):
 *   POST /__sandbox/campaigns/:id/status {status}  force a BSG status (fires the webhook like a real change)
 *   GET  /__sandbox/state                          every campaign as CampaignSchema
 */
import { z } from 'zod';
import { json, type Route } from '../kit/router.js';
import { toCampaignSchema } from './state.js';
import type { BsgStore } from './store.js';

const statusBody = z.object({
  status: z.enum(['creation', 'scheduled', 'sending', 'done', 'paused', 'stopped', 'spam', 'moderation']),
});

/** Routes tests and benchmarks use to steer and inspect the simulator. */
export function bsgControlRoutes(store: BsgStore): Route[] {
  return [
    {
      name: 'control.status',
      method: 'POST',
      path: '/campaigns/:id/status',
      handler: (request) => {
        const campaign = store.campaigns.get(Number(request.params['id']));
        if (!campaign) return json(404, { message: 'Not Found' });
        const body = statusBody.safeParse(request.body);
        if (!body.success) return json(400, { message: body.error.message });
        store.setStatus(campaign, body.data.status);
        return json(200, { data: toCampaignSchema(campaign) });
      },
    },
    {
      name: 'control.state',
      method: 'GET',
      path: '/state',
      handler: () => json(200, { campaigns: [...store.campaigns.values()].map((c) => toCampaignSchema(c)) }),
    },
  ];
}
