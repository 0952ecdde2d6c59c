import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { subscribeSse, subscribeWs } from '../support/subscriptions.js';

const CampaignEvents = graphql(`
  subscription CampaignEvents($since: ID, $filter: CampaignEventFilter) {
    campaignEvents(since: $since, filter: $filter) {
      __typename
      ... on CampaignEvent {
        id
        type
        campaignId
        previousStatus
        status
        source
        provider
        campaign {
          name
          status
        }
      }
      ... on StreamNotice {
        kind
        lastEventId
      }
    }
  }
`);

const LatestEventId = graphql(`
  query LatestEventId {
    latestEventId
  }
`);

const SendForEvents = graphql(`
  mutation SendForEvents($input: SendCampaignInput!) {
    sendCampaign(input: $input) {
      __typename
      ... on SendCampaignSuccess {
        campaign {
          id
        }
      }
    }
  }
`);

const CancelForEvents = graphql(`
  mutation CancelForEvents($id: ID!) {
    cancelCampaign(id: $id) {
      __typename
    }
  }
`);

describe('live campaign events', () => {
  let gw: TestGateway;
  let sent = 0;

  /** Sends an SMS campaign through the gateway and returns its global id. */
  async function send(): Promise<string> {
    sent += 1;
    const response = await execute(
      gw.url,
      SendForEvents,
      { input: { channel: 'SMS', sender: 'ShopLine', text: `Event test ${sent}`, phones: ['380501112233'] } },
      { apiKey: gw.apiKey },
    );
    const result = response.data?.sendCampaign;
    if (result?.__typename !== 'SendCampaignSuccess') throw new Error(JSON.stringify(response));
    return result.campaign.id;
  }

  /** The stream's current head: subscribing `since` it makes the next event deterministic, with no sleep. */
  async function head(): Promise<string | null> {
    const response = await execute(gw.url, LatestEventId, {}, { apiKey: gw.apiKey });
    return response.data?.latestEventId ?? '0';
  }

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('streams the events of the gateway’s own mutations over graphql-ws and SSE, once each, in order', async () => {
    const since = await head();
    const ws = subscribeWs(gw.url, gw.apiKey, CampaignEvents, { since });
    const sse = subscribeSse(gw.url, gw.apiKey, CampaignEvents, { since });
    const id = await send();
    const [wsCreated, sseCreated] = await Promise.all([ws.next(), sse.next()]);
    for (const message of [wsCreated, sseCreated]) {
      expect(message.data?.campaignEvents).toMatchObject({
        __typename: 'CampaignEvent',
        type: 'CREATED',
        campaignId: id,
        previousStatus: null,
        status: 'PENDING',
        source: 'MUTATION',
        provider: 'BSG',
      });
    }
    gw.sandboxes.bsg.clock.advance(1_000);
    await execute(gw.url, CancelForEvents, { id }, { apiKey: gw.apiKey });
    const [wsCancelled, sseCancelled] = await Promise.all([ws.next(), sse.next()]);
    for (const message of [wsCancelled, sseCancelled]) {
      expect(message.data?.campaignEvents).toMatchObject({
        type: 'STATUS_CHANGED',
        campaignId: id,
        previousStatus: 'RUNNING',
        status: 'CANCELLED',
        source: 'MUTATION',
        campaign: { status: 'CANCELLED' },
      });
    }
    await Promise.all([ws.close(), sse.close()]);
  });

  it('replays every missed event exactly once after a reconnect with `since`', async () => {
    const first = subscribeWs(gw.url, gw.apiKey, CampaignEvents, { since: await head() });
    await send();
    const seen = await first.next();
    const lastSeen = seen.data?.campaignEvents.__typename === 'CampaignEvent' ? seen.data.campaignEvents.id : '';
    await first.close();

    const missed: string[] = [];
    for (let i = 0; i < 50; i += 1) missed.push(await send());

    const resumed = subscribeWs(gw.url, gw.apiKey, CampaignEvents, { since: lastSeen });
    const replayed: string[] = [];
    const ids: number[] = [];
    while (replayed.length < 50) {
      const message = (await resumed.next()).data?.campaignEvents;
      if (message?.__typename !== 'CampaignEvent') throw new Error(`unexpected ${JSON.stringify(message)}`);
      replayed.push(message.campaignId);
      ids.push(Number(message.id));
    }
    expect(replayed).toEqual(missed);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const live = await send();
    const next = (await resumed.next()).data?.campaignEvents;
    expect(next).toMatchObject({ campaignId: live, type: 'CREATED' });
    await resumed.close();
  });

  it('gives every SSE event an id, and resumes an EventSource-style reconnect from Last-Event-ID', async () => {
    const sse = subscribeSse(gw.url, gw.apiKey, CampaignEvents, { since: await head() });
    await send();
    const first = (await sse.next()).data?.campaignEvents;
    const firstId = first?.__typename === 'CampaignEvent' ? first.id : '';
    expect(sse.frameIds).toEqual([firstId]);
    await sse.close();

    const missed = [await send(), await send()];
    const resumed = subscribeSse(gw.url, gw.apiKey, CampaignEvents, {}, firstId);
    const replayed = [(await resumed.next()).data?.campaignEvents, (await resumed.next()).data?.campaignEvents];
    expect(replayed.map((event) => (event?.__typename === 'CampaignEvent' ? event.campaignId : null))).toEqual(missed);
    await resumed.close();
  });

  it('tells a client whose `since` is older than the retained history to re-query', async () => {
    const stale = subscribeWs(gw.url, gw.apiKey, CampaignEvents, { since: '-1' });
    const message = await stale.next();
    expect(message.data?.campaignEvents).toMatchObject({ __typename: 'StreamNotice', kind: 'HISTORY_TRUNCATED' });
    await stale.close();
  });

  it('refuses a WebSocket without a valid key', async () => {
    const refused = subscribeWs(gw.url, 'wrong-key', CampaignEvents, {});
    const message = await refused.next();
    expect(JSON.stringify(message.errors)).toContain('4403');
    await refused.close();
  });
});
