/*
 * Test controls (under /__sandbox/; the kit adds /calls, /faults and /clock/advance):
 *   POST /__sandbox/campaigns/:id/status {status: 'deleted'|'active'}   soft-delete or restore a campaign
 *   POST /__sandbox/campaigns/:id/runs/:runId/status {status}           force a run status (pending|running|succeeded|failed)
 *   GET  /__sandbox/state                                               every campaign (with its derived state) and run
 * Status changes made here deliver webhooks exactly like clock-driven ones; `:id` also accepts `ext-<externalId>`.
 */
import { z } from 'zod';
import { json, type Route } from '../kit/router.js';
import type { PeachLifecycle } from './lifecycle.js';
import { campaignState, PEACH_RUN_STATUSES, peachTime, toCampaignWire, toRunWire } from './state.js';
import type { PeachStore } from './store.js';

const campaignStatusBody = z.object({ status: z.enum(['deleted', 'active']) });
const runStatusBody = z.object({ status: z.enum(PEACH_RUN_STATUSES) });

/** Routes tests and benchmarks use to steer and inspect the simulator. */
export function peachControlRoutes(store: PeachStore, lifecycle: PeachLifecycle): Route[] {
  return [
    {
      name: 'control.campaignStatus',
      method: 'POST',
      path: '/campaigns/:id/status',
      handler: (request) => {
        const campaign = store.findCampaign(request.params['id'] ?? '');
        if (!campaign) return json(404, { message: 'unknown campaign' });
        const body = campaignStatusBody.safeParse(request.body);
        if (!body.success) return json(400, { message: body.error.message });
        const deleted = body.data.status === 'deleted';
        store.changeCampaign(campaign, (record) => {
          record.deletedAt = deleted ? (record.deletedAt ?? store.clock.now()) : null;
        });
        return json(200, { data: { ...toCampaignWire(campaign), state: campaignState(campaign) } });
      },
    },
    {
      name: 'control.runStatus',
      method: 'POST',
      path: '/campaigns/:id/runs/:runId/status',
      handler: (request) => {
        const campaign = store.findCampaign(request.params['id'] ?? '');
        const run = campaign && store.findRun(campaign.id, request.params['runId'] ?? '');
        if (!run) return json(404, { message: 'unknown campaign run' });
        const body = runStatusBody.safeParse(request.body);
        if (!body.success) return json(400, { message: body.error.message });
        if (body.data.status !== run.status) lifecycle.transition(run, body.data.status, store.clock.now());
        return json(200, { data: toRunWire(run) });
      },
    },
    {
      name: 'control.state',
      method: 'GET',
      path: '/state',
      handler: () =>
        json(200, {
          now: peachTime(store.clock.now()),
          campaigns: store.campaignsNewestFirst().map((c) => ({ ...toCampaignWire(c), state: campaignState(c) })),
          runs: store.allRuns().map((run) => ({ ...toRunWire(run), trigger: run.trigger })),
        }),
    },
  ];
}
