import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import {
  BsgFirst,
  CampaignRuns,
  CreatePeach,
  LatestEventId,
  PeachCampaigns,
  RunEvents,
  RunNode,
  ScheduleAt,
  SchedulePeach,
  StartPeach,
  TriggerRun,
  UpdatePeach,
} from '../support/peach-documents.js';
import { subscribeWs } from '../support/subscriptions.js';

const campaignId = (providerId: string) => encodeGlobalID('Campaign', `peach:peach-demo:${providerId}`);

describe('gateway end to end with Peach', () => {
  let gw: TestGateway;
  const responses: unknown[] = [];
  /** Runs an operation with the tenant's key and keeps the response for the secrets check. */
  async function ask<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables) {
    const response = await execute(gw.url, document, variables, { apiKey: gw.apiKey });
    responses.push(response);
    return response;
  }

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('lists Peach campaigns with derived statuses, typed details and next run days, no secret anywhere', async () => {
    const { data, errors } = await ask(PeachCampaigns, {});
    expect(errors).toBeUndefined();
    const nodes = data?.campaigns.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => node.providerId)).toEqual(gw.sandboxes.peach.campaignIds());
    expect(data?.campaigns.totalCount).toBe(7);
    const daily = nodes.find((node) => node.providerId === 'BC-DEMO-0001');
    expect(daily).toMatchObject({
      name: 'collections-30dpd-daily',
      status: 'SCHEDULED',
      providerStatus: 'scheduled',
      channels: ['VOICE'],
      availableActions: [],
      schedule: { cron: 'P P * * *' },
      details: {
        __typename: 'PeachCampaignDetails',
        hasRedashApiKey: true,
        sftp: { host: 'sftp.acme-lending.example:22', username: 'peach-export', hasPassword: true },
      },
    });
    if (daily?.details.__typename !== 'PeachCampaignDetails') throw new Error('expected Peach details');
    expect(daily.details.nextRunDays).toHaveLength(3);
    const manual = nodes.find((node) => node.providerId === 'BC-DEMO-0004');
    expect(manual).toMatchObject({ status: 'DRAFT', availableActions: ['SCHEDULE'], channels: ['OTHER'] });
    expect(nodes.find((node) => node.providerId === 'BC-DEMO-0006')?.status).toBe('CANCELLED');
  });

  it('pages a campaign’s runs newest first with files linked through the gateway', async () => {
    const first = await ask(CampaignRuns, { id: campaignId('BC-DEMO-0001'), first: 2 });
    if (first.data?.campaign.__typename !== 'Campaign') throw new Error('expected a campaign');
    const runs = first.data.campaign.runs;
    expect(runs.totalCount).toBe(3);
    expect(runs.pageInfo).toEqual({ hasNextPage: true, endCursor: 'CR-DEMO-0102' });
    expect(runs.edges.map((edge) => [edge.cursor, edge.node.status])).toEqual([
      ['CR-DEMO-0103', 'SUCCEEDED'],
      ['CR-DEMO-0102', 'SUCCEEDED'],
    ]);
    const file = runs.edges[0]?.node.files.find((f) => f.name === 'contacts_output.csv');
    expect(file?.url).toBe(`/files/runs/${encodeURIComponent(runs.edges[0]?.node.id ?? '')}/contacts_output.csv`);
    const rest = await ask(CampaignRuns, { id: campaignId('BC-DEMO-0001'), first: 2, after: 'CR-DEMO-0102' });
    if (rest.data?.campaign.__typename !== 'Campaign') throw new Error('expected a campaign');
    expect(rest.data.campaign.runs.edges.map((edge) => edge.node.runId)).toEqual(['CR-DEMO-0101']);
    expect(rest.data.campaign.runs.pageInfo.hasNextPage).toBe(false);
    const queryResults = gw.sandboxes.peach.runFile('BC-DEMO-0001', 'CR-DEMO-0101', 'query_results.csv') ?? '';
    const rows = queryResults.trim().split('\n').length - 1;
    expect(rest.data.campaign.runs.edges[0]?.node).toMatchObject({ status: 'FAILED', rowCount: rows });
  });

  it('triggers a run that goes pending -> running -> succeeded (runs field and runEvents), then downloads files', async () => {
    const id = campaignId('BC-DEMO-0004');
    const since = (await ask(LatestEventId, {})).data?.latestEventId ?? '0';
    const overrides = { queryResultsOverride: [{ borrowerId: 1, loanId: 101 }, { borrowerId: 2 }] };
    const triggered = await ask(TriggerRun, { campaignId: id, overrides, key: 'peach-e2e-run' });
    const result = triggered.data?.triggerCampaignRun;
    if (result?.__typename !== 'TriggerCampaignRunSuccess') throw new Error(JSON.stringify(result));
    expect(result.run).toMatchObject({ status: 'PENDING', providerStatus: 'pending', campaignId: id });
    const again = await ask(TriggerRun, { campaignId: id, overrides, key: 'peach-e2e-run' });
    expect(again.data?.triggerCampaignRun).toEqual(triggered.data?.triggerCampaignRun);
    expect(gw.sandboxes.peach.runs('BC-DEMO-0004')).toHaveLength(3);

    const statusNow = async () => {
      const page = await ask(CampaignRuns, { id, first: 1 });
      if (page.data?.campaign.__typename !== 'Campaign') throw new Error('expected a campaign');
      return page.data.campaign.runs.edges[0]?.node;
    };
    gw.sandboxes.peach.clock.advance(5_000);
    expect(await statusNow()).toMatchObject({ runId: result.run.runId, status: 'RUNNING', finishedAt: null });
    gw.sandboxes.peach.clock.advance(60_000);
    const done = await statusNow();
    expect(done).toMatchObject({ status: 'SUCCEEDED', rowCount: 2, finishedAt: expect.any(String) });

    const events = subscribeWs(gw.url, gw.apiKey, RunEvents, { campaignId: id, since });
    const seen = [await events.next(), await events.next(), await events.next()].map((e) => e.data?.runEvents);
    await events.close();
    expect(seen).toEqual([
      { __typename: 'RunEvent', runId: result.run.runId, previousStatus: null, status: 'PENDING', source: 'MUTATION' },
      { __typename: 'RunEvent', runId: result.run.runId, previousStatus: 'PENDING', status: 'RUNNING', source: 'POLL' },
      {
        __typename: 'RunEvent',
        runId: result.run.runId,
        previousStatus: 'RUNNING',
        status: 'SUCCEEDED',
        source: 'POLL',
      },
    ]);

    const node = await ask(RunNode, { id: result.run.id });
    expect(node.data?.node).toMatchObject({ runId: result.run.runId, campaign: { providerId: 'BC-DEMO-0004' } });
    for (const file of done?.files ?? []) {
      const response = await fetch(`${gw.url}${file.url}`, { headers: { authorization: `Bearer ${gw.apiKey}` } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(
        gw.sandboxes.peach.runFile('BC-DEMO-0004', result.run.runId, file.name as never),
      );
    }
    expect(done?.files.map((file) => file.name)).toContain('log.txt');
  });

  it('serves run files only with a valid key and only for the caller’s own runs', async () => {
    const runId = encodeGlobalID('Run', 'peach:peach-demo:BC-DEMO-0001:CR-DEMO-0103');
    const url = `${gw.url}/files/runs/${encodeURIComponent(runId)}/query_results.csv`;
    gw.sandboxes.peach.calls.clear();
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong-key' } })).status).toBe(401);
    const foreign = encodeGlobalID('Run', 'peach:someone-else:BC-DEMO-0001:CR-DEMO-0103');
    const other = await fetch(`${gw.url}/files/runs/${encodeURIComponent(foreign)}/query_results.csv`, {
      headers: { authorization: `Bearer ${gw.apiKey}` },
    });
    expect(other.status).toBe(404);
    expect(gw.sandboxes.peach.calls.count()).toBe(0);
    const missing = await fetch(url.replace('query_results.csv', 'nothing.csv'), {
      headers: { authorization: `Bearer ${gw.apiKey}` },
    });
    expect(missing.status).toBe(404);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${gw.apiKey}` } });
    expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(ok.headers.get('content-disposition')).toBe('attachment; filename="query_results.csv"');
  });

  it('answers typed errors for run triggers: in progress, unknown campaign, provider without runs', async () => {
    await ask(TriggerRun, { campaignId: campaignId('BC-DEMO-0007') });
    const busy = await ask(TriggerRun, { campaignId: campaignId('BC-DEMO-0007') });
    expect(busy.data?.triggerCampaignRun).toMatchObject({
      __typename: 'ProviderRejectedError',
      reason: 'A run of this campaign is already in progress',
    });
    const unknown = await ask(TriggerRun, { campaignId: campaignId('BC-NONE-0000') });
    expect(unknown.data?.triggerCampaignRun).toMatchObject({ __typename: 'NotFoundError' });
    const invalid = await ask(TriggerRun, {
      campaignId: campaignId('BC-DEMO-0004'),
      overrides: { queryResultsOverride: [{ borrowerId: -1 }] },
    });
    expect(invalid.data?.triggerCampaignRun).toMatchObject({
      __typename: 'ValidationError',
      fields: [
        { path: ['overrides', 'queryResultsOverride', '0', 'borrowerId'], message: 'must be a positive borrower id' },
      ],
    });
    const bsg = await ask(BsgFirst, {});
    gw.sandboxes.bsg.calls.clear();
    const other = await ask(TriggerRun, { campaignId: bsg.data?.campaigns.edges[0]?.node.id ?? '' });
    expect(other.data?.triggerCampaignRun).toMatchObject({ provider: 'BSG', operation: 'TRIGGER_RUN' });
    expect(gw.sandboxes.bsg.calls.count()).toBe(0);
  });

  it('creates, updates and schedules a campaign; secrets go to Peach and never come back', async () => {
    const created = await ask(CreatePeach, {
      input: {
        externalId: 'e2e-created',
        redashQueryUrl: 'https://redash.acme-lending.example/queries/102',
        redashApiKey: 'e2e-redash-secret-value',
        bulkSenderId: 'BS-PDDR-0001',
        sftpSettings: { host: 'sftp.example:22', username: 'e2e', password: 'e2e-sftp-secret-value' },
      },
    });
    const result = created.data?.createPeachCampaign;
    if (result?.__typename !== 'CreatePeachCampaignSuccess') throw new Error(JSON.stringify(result));
    expect(result.campaign).toMatchObject({
      status: 'DRAFT',
      details: { hasRedashApiKey: true, sftp: { hasPassword: true } },
    });
    const stored = gw.sandboxes.peach.campaign(result.campaign.providerId);
    expect(stored).toMatchObject({ redashApiKey: 'e2e-redash-secret-value', externalId: 'e2e-created' });
    expect(stored?.sftpSettings?.password).toBe('e2e-sftp-secret-value');

    const updated = await ask(UpdatePeach, {
      id: result.campaign.id,
      input: { bulkSenderId: 'BS-AUTO-0001', redashApiKey: null },
    });
    expect(updated.data?.updatePeachCampaign).toMatchObject({
      campaign: { status: 'DRAFT', details: { bulkSenderId: 'BS-AUTO-0001', hasRedashApiKey: false } },
    });
    expect(gw.sandboxes.peach.campaign(result.campaign.providerId)?.redashApiKey).toBeNull();

    gw.sandboxes.peach.calls.clear();
    const invalid = await ask(SchedulePeach, { id: result.campaign.id, schedule: 'P 9 * * 1' });
    expect(invalid.data?.schedulePeachCampaign).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['input', 'schedule'], message: "hour must be 'P' (Peach decides the time of day), found '9'" }],
    });
    expect(gw.sandboxes.peach.calls.count()).toBe(0);
    const scheduled = await ask(SchedulePeach, { id: result.campaign.id, schedule: 'P P * * 1' });
    expect(scheduled.data?.schedulePeachCampaign).toMatchObject({
      campaign: { status: 'SCHEDULED', schedule: { cron: 'P P * * 1' }, availableActions: [] },
    });
    expect(gw.sandboxes.peach.campaign(result.campaign.providerId)?.schedule).toBe('P P * * 1');
  });

  it('refuses actions Peach has no API for without calling Peach', async () => {
    gw.sandboxes.peach.calls.clear();
    const started = await ask(StartPeach, { id: campaignId('BC-DEMO-0004') });
    expect(started.data?.startCampaign).toEqual({
      __typename: 'UnsupportedOperationError',
      provider: 'PEACH',
      operation: 'START',
    });
    expect(gw.sandboxes.peach.calls.count()).toBe(0);
    const at = await ask(ScheduleAt, { id: campaignId('BC-DEMO-0004'), at: '2030-01-01T09:00:00Z' });
    expect(at.data?.scheduleCampaign).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['at'] }] });
    expect(gw.sandboxes.peach.calls.count('campaigns.update')).toBe(0);
  });

  it('never returns or logs a Redash key or SFTP password', () => {
    const secrets = ['demo-sftp-password', 'demo-redash-key-', 'e2e-redash-secret-value', 'e2e-sftp-secret-value'];
    const text = JSON.stringify(responses) + gw.logs.join('');
    expect(responses.length).toBeGreaterThan(10);
    expect(gw.logs.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(JSON.stringify(gw.sandboxes.peach.campaign('BC-DEMO-0001'))).toContain('demo-sftp-password');
  });
});

describe('gateway end to end with Peach webhooks', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ webhookSecret: 'peach-e2e-webhook-secret' });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('streams run status changes delivered by run.status_changed webhooks', async () => {
    const id = campaignId('BC-DEMO-0002');
    const latest = await execute(gw.url, LatestEventId, {}, { apiKey: gw.apiKey });
    const since = latest.data?.latestEventId ?? '0';
    const events = subscribeWs(gw.url, gw.apiKey, RunEvents, { campaignId: id, since });
    const triggered = await execute(gw.url, TriggerRun, { campaignId: id }, { apiKey: gw.apiKey });
    const result = triggered.data?.triggerCampaignRun;
    if (result?.__typename !== 'TriggerCampaignRunSuccess') throw new Error(JSON.stringify(result));
    expect((await events.next()).data?.runEvents).toMatchObject({ status: 'PENDING', source: 'MUTATION' });
    gw.sandboxes.peach.clock.advance(5_000);
    expect((await events.next()).data?.runEvents).toMatchObject({ status: 'RUNNING', source: 'WEBHOOK' });
    gw.sandboxes.peach.clock.advance(60_000);
    expect((await events.next()).data?.runEvents).toMatchObject({
      runId: result.run.runId,
      previousStatus: 'RUNNING',
      status: 'SUCCEEDED',
      source: 'WEBHOOK',
    });
    await events.close();
  });
});
