import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxes, type Sandboxes } from '../../sandbox/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { sandboxTenant } from '../../src/sandbox-mode.js';
import { graphql } from '../generated/gql.js';
import { execute } from '../support/graphql-client.js';
import { idempotentSend } from '../support/idempotency.js';
import { startGatewayProcess, waitFor, writeConfig, type GatewayProcess } from '../support/processes.js';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../support/redis.js';
import { subscribeWs, type Subscription } from '../support/subscriptions.js';
import type { ScaleEventsSubscription } from '../generated/graphql.js';

const ScaleEvents = graphql(`
  subscription ScaleEvents($since: ID) {
    campaignEvents(since: $since) {
      __typename
      ... on CampaignEvent {
        id
        campaignId
        status
        source
      }
      ... on StreamNotice {
        kind
        lastEventId
      }
    }
  }
`);

const ScaleHead = graphql(`
  query ScaleHead {
    latestEventId
  }
`);

const API_KEY = 'scale-out-key';

describeWithRedis('several gateway processes on one Redis behave as one', () => {
  let sandboxes: Sandboxes;
  let instances: GatewayProcess[] = [];
  let redis: Redis;
  const prefix = uniquePrefix('scale');

  beforeAll(async () => {
    sandboxes = await startSandboxes({ clock: () => createClock({ mode: 'manual' }) });
    const tenant = sandboxTenant(sandboxes, { id: 'scale', name: 'Scale', apiKey: API_KEY }, { pollIntervalMs: 200 });
    const file = await writeConfig({ server: { host: '127.0.0.1', port: 0 }, tenants: [tenant] });
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix };
    instances = await Promise.all([0, 1, 2].map(() => startGatewayProcess(file, env)));
    redis = new Redis(REDIS_URL);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop('SIGKILL')));
    await sandboxes.close();
    redis.disconnect();
  });

  const head = async () =>
    (await execute(instances[0]?.url ?? '', ScaleHead, {}, { apiKey: API_KEY })).data?.latestEventId ?? '0-0';

  async function nextEvent(subscription: Subscription<ScaleEventsSubscription>) {
    const message = (await subscription.next()).data?.campaignEvents;
    if (message?.__typename !== 'CampaignEvent') throw new Error(`expected an event, got ${JSON.stringify(message)}`);
    return message;
  }

  it('delivers every event to subscribers of every instance, once and in the same order', async () => {
    const since = await head();
    const subscribers = instances.flatMap((instance) =>
      [0, 1].map(() => subscribeWs(instance.url, API_KEY, ScaleEvents, { since })),
    );
    const sent: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const instance = instances[i % 3];
      if (!instance) continue;
      const result = JSON.parse(
        await idempotentSend({ url: instance.url, apiKey: API_KEY }, `rr-${i}`, `round robin ${i}`),
      ) as {
        campaign?: { id: string };
      };
      sent.push(result.campaign?.id ?? '');
    }
    const streams = await Promise.all(
      subscribers.map(async (subscription) => {
        const events = [];
        while (events.length < 12) events.push(await nextEvent(subscription));
        return events;
      }),
    );
    for (const events of streams) {
      expect(events.map((event) => event.campaignId)).toEqual(sent);
      expect(events.map((event) => event.id)).toEqual(streams[0]?.map((event) => event.id));
    }
    await Promise.all(subscribers.map((subscription) => subscription.close()));
  });

  it('sends once for 300 concurrent identical sends with one key spread over the three', async () => {
    sandboxes.bsg.calls.clear();
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        idempotentSend({ url: instances[i % 3]?.url ?? '', apiKey: API_KEY }, 'three-way', 'Once for all'),
      ),
    );
    expect(sandboxes.bsg.calls.count('campaigns.send')).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it('lets exactly one instance poll an account, and another take over when it is killed, losing no change', async () => {
    const pollers = () =>
      new Set(
        sandboxes.bsg.calls
          .list('campaigns.list')
          .map((call) => call.headers['x-request-id'] ?? '')
          .filter((id) => id.startsWith('poll-')),
      );
    sandboxes.bsg.calls.clear();
    await waitFor(() => sandboxes.bsg.calls.count('campaigns.list') >= 5, 'five polls');
    expect(pollers().size).toBe(1);
    const [holder] = [...pollers()];

    const since = await head();
    const victim = instances.find((instance) =>
      instance.output.some((line) => line.includes(holder?.slice('poll-'.length) ?? '-')),
    );
    const survivors = instances.filter((instance) => instance !== victim);
    const watcher = subscribeWs(survivors[0]?.url ?? '', API_KEY, ScaleEvents, { since });

    await victim?.stop('SIGKILL');
    instances = survivors;
    const id = sandboxes.bsg.campaignIds()[0] ?? 0;
    sandboxes.bsg.setStatus(id, 'paused');
    sandboxes.bsg.calls.clear();
    await waitFor(() => pollers().size > 0 && ![...pollers()].includes(holder ?? ''), 'a new poller', 15_000);
    const event = await nextEvent(watcher);
    expect(event).toMatchObject({ status: 'PAUSED', source: 'POLL' });
    expect(pollers().size).toBe(1);
    // The change is published once: the stream holds nothing after it.
    const [newPoller] = [...pollers()];
    await waitFor(
      () =>
        sandboxes.bsg.calls.list('campaigns.list').filter((c) => c.headers['x-request-id'] === newPoller).length >= 3,
      'three more polls',
    );
    expect(await head()).toBe(event.id);
    await watcher.close();
  });

  it('resumes subscribers with no loss after the gateways lose their Redis connections', async () => {
    const since = await head();
    const subscription = subscribeWs(instances[0]?.url ?? '', API_KEY, ScaleEvents, { since });
    const first = JSON.parse(
      await idempotentSend({ url: instances[1]?.url ?? '', apiKey: API_KEY }, 'drop-1', 'before drop'),
    ) as {
      campaign?: { id: string };
    };
    expect((await nextEvent(subscription)).campaignId).toBe(first.campaign?.id);

    const list = String(await redis.call('CLIENT', 'LIST'));
    for (const line of list.split('\n')) {
      const clientId = / id=(\d+)/.exec(` ${line}`)?.[1];
      if (clientId && line.includes(` name=${prefix}`)) await redis.call('CLIENT', 'KILL', 'ID', clientId);
    }
    const notice = (await subscription.next()).data?.campaignEvents;
    expect(notice).toMatchObject({ __typename: 'StreamNotice', kind: 'INTERRUPTED' });
    const lastEventId = notice?.__typename === 'StreamNotice' ? notice.lastEventId : null;
    await subscription.close();

    let during: { campaign?: { id: string } } = {};
    await waitFor(async () => {
      during = JSON.parse(
        await idempotentSend({ url: instances[1]?.url ?? '', apiKey: API_KEY }, 'drop-2', 'after drop'),
      ) as typeof during;
      return during.campaign !== undefined;
    }, 'Redis to be back for the gateways');
    const resumed = subscribeWs(instances[0]?.url ?? '', API_KEY, ScaleEvents, { since: lastEventId });
    expect((await nextEvent(resumed)).campaignId).toBe(during.campaign?.id);
    await resumed.close();
  });
});
