import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../sandbox/kit/webhooks.js';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { subscribeWs } from '../support/subscriptions.js';

const Watch = graphql(`
  subscription WatchSources($since: ID) {
    campaignEvents(since: $since) {
      __typename
      ... on CampaignEvent {
        id
        campaignId
        previousStatus
        status
        source
      }
    }
  }
`);

const Head = graphql(`
  query EventHead {
    latestEventId
  }
`);

const SECRET = 'whsec_event_sources';

async function head(gw: TestGateway): Promise<string> {
  return (await execute(gw.url, Head, {}, { apiKey: gw.apiKey })).data?.latestEventId ?? '0';
}

function campaignIdOf(providerId: number): string {
  return Buffer.from(`Campaign:bsg:bsg-demo:${providerId}`).toString('base64');
}

describe('status changes picked up by polling', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ pollIntervalMs: 100 });
    await gw.gateway.pollers[0]?.nextTick();
  });
  afterAll(() => gw.stop());

  it('publishes a provider-side change once, with source POLL', async () => {
    const events = subscribeWs(gw.url, gw.apiKey, Watch, { since: await head(gw) });
    const id = gw.sandboxes.bsg.campaignIds().at(-1) ?? 0;
    const before = gw.sandboxes.bsg.campaign(id)?.status;
    gw.sandboxes.bsg.setStatus(id, 'paused');
    const message = (await events.next()).data?.campaignEvents;
    expect(message).toMatchObject({ campaignId: campaignIdOf(id), status: 'PAUSED', source: 'POLL' });
    expect(message?.__typename === 'CampaignEvent' && message.previousStatus).not.toBe('PAUSED');
    expect(before).not.toBe('paused');
    // Further ticks see the same status again and publish nothing new.
    await gw.gateway.pollers[0]?.nextTick();
    await gw.gateway.pollers[0]?.nextTick();
    expect(await head(gw)).toBe(message?.__typename === 'CampaignEvent' ? message.id : '');
    await events.close();
  });
});

describe('status changes delivered by webhook', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ webhookSecret: SECRET });
  });
  afterAll(() => gw.stop());

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${gw.url}/webhooks/bsg/bsg-demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('publishes a provider-side change delivered by a signed webhook, with source WEBHOOK', async () => {
    const events = subscribeWs(gw.url, gw.apiKey, Watch, { since: await head(gw) });
    const id = gw.sandboxes.bsg.campaignIds()[0] ?? 0;
    gw.sandboxes.bsg.setStatus(id, 'paused');
    const message = (await events.next()).data?.campaignEvents;
    expect(message).toMatchObject({ campaignId: campaignIdOf(id), status: 'PAUSED', source: 'WEBHOOK' });
    await events.close();
  });

  it('refuses a bad signature, a stale timestamp and a replayed delivery, and publishes nothing', async () => {
    const before = await head(gw);
    const id = gw.sandboxes.bsg.campaignIds()[1] ?? 0;
    gw.sandboxes.bsg.setStatus(id, 'stopped');
    // The simulator's own signed delivery is in flight; wait until it is published before counting.
    const body = JSON.stringify({
      type: 'campaign.status_changed',
      campaignId: id,
      previousStatus: 'done',
      status: 'stopped',
    });
    const now = Math.floor(Date.now() / 1000);

    const forged = await post(body, {
      'x-webhook-signature': signWebhook('not-the-secret', body, now),
      'x-webhook-id': 'a1',
    });
    expect(forged.status).toBe(401);
    const stale = await post(body, {
      'x-webhook-signature': signWebhook(SECRET, body, now - 3600),
      'x-webhook-id': 'a2',
    });
    expect(stale.status).toBe(401);
    const unsigned = await post(body, { 'x-webhook-id': 'a3' });
    expect(unsigned.status).toBe(401);

    const signature = signWebhook(SECRET, body, now);
    const first = await post(body, { 'x-webhook-signature': signature, 'x-webhook-id': 'delivery-1' });
    expect(first.status).toBe(202);
    const replay = await post(body, { 'x-webhook-signature': signature, 'x-webhook-id': 'delivery-1' });
    expect(replay.status).toBe(409);

    // Exactly one event for the change, however many deliveries told of it.
    const events = subscribeWs(gw.url, gw.apiKey, Watch, { since: before });
    const message = (await events.next()).data?.campaignEvents;
    expect(message).toMatchObject({ campaignId: campaignIdOf(id), status: 'CANCELLED', source: 'WEBHOOK' });
    const latest = await head(gw);
    expect(latest).toBe(message?.__typename === 'CampaignEvent' ? message.id : '');
    await events.close();
  });

  it('answers 503 when the provider cannot be read, and takes the same delivery when it is retried', async () => {
    const { bsg, webhooks } = gw.sandboxes;
    const target = webhooks['bsg'];
    if (!target) throw new Error('the BSG simulator has no webhook target');
    const id = bsg.campaignIds()[2] ?? 0;
    const before = await head(gw);
    // The change happens while the simulator's own deliveries are off; this test delivers it by hand.
    const url = target.url;
    target.url = '';
    bsg.setStatus(id, 'paused');
    target.url = url;
    const body = JSON.stringify({ type: 'campaign.status_changed', campaignId: id, status: 'paused' });
    const headers = {
      'x-webhook-signature': signWebhook(SECRET, body, Math.floor(Date.now() / 1000)),
      'x-webhook-id': 'delivery-retried',
    };

    bsg.faults.add({ kind: 'status-500', route: 'campaigns.get' });
    const failed = await post(body, headers).finally(() => bsg.faults.clear());
    expect(failed.status).toBe(503);
    expect(await head(gw)).toBe(before);

    const retried = await post(body, headers);
    expect(retried.status).toBe(202);
    const events = subscribeWs(gw.url, gw.apiKey, Watch, { since: before });
    const message = (await events.next()).data?.campaignEvents;
    expect(message).toMatchObject({ campaignId: campaignIdOf(id), status: 'PAUSED', source: 'WEBHOOK' });
    await events.close();
  });
});
