import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RedisEventBus } from '../../src/events/redis-bus.js';
import type { CampaignEvent, CampaignEventInput, StreamItem } from '../../src/events/types.js';
import { RedisStore } from '../../src/store/redis.js';
import { connectRedis, redisReady } from '../../src/store/redis-connection.js';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../support/redis.js';

const change = (n: number): CampaignEventInput => ({
  type: 'STATUS_CHANGED',
  campaign: { provider: 'bsg', account: 'main', providerId: String(n) },
  previousStatus: 'RUNNING',
  status: 'PAUSED',
  source: 'MUTATION',
  occurredAt: new Date(0).toISOString(),
});

/** Reads `count` items from a stream. */
async function take(stream: AsyncIterable<StreamItem>, count: number): Promise<StreamItem[]> {
  const items: StreamItem[] = [];
  const iterator = stream[Symbol.asyncIterator]();
  while (items.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    items.push(next.value);
  }
  await iterator.return?.();
  return items;
}

/** Drops the connections with this client name, as a Redis restart would (other suites' connections live on). */
async function killClients(redis: Redis, name: string): Promise<void> {
  const list = String(await redis.call('CLIENT', 'LIST'));
  for (const line of list.split('\n')) {
    const id = / id=(\d+)/.exec(` ${line}`)?.[1];
    if (id && line.includes(` name=${name} `)) await redis.call('CLIENT', 'KILL', 'ID', id);
  }
}

const eventIds = (items: StreamItem[]) => items.map((item) => ('event' in item ? item.event.id : item.notice.kind));

describeWithRedis('Redis store and event bus', () => {
  let a: Redis;
  let b: Redis;
  const prefix = uniquePrefix('bus');

  beforeAll(async () => {
    a = connectRedis(REDIS_URL, () => undefined);
    b = connectRedis(REDIS_URL, () => undefined);
    await Promise.all([redisReady(a), redisReady(b)]);
  });
  afterAll(() => {
    a.disconnect();
    b.disconnect();
  });

  it('sets only if absent, expires, and swaps or deletes only the expected value', async () => {
    const store = new RedisStore(a, prefix);
    expect(await store.set('k', 'one', { ttlMs: 10_000, onlyIfAbsent: true })).toBe(true);
    expect(await store.set('k', 'two', { ttlMs: 10_000, onlyIfAbsent: true })).toBe(false);
    expect(await store.get('k')).toBe('one');
    expect(await store.compareAndSet('k', 'other', 'three', 10_000)).toBe(false);
    expect(await store.compareAndSet('k', 'one', 'three', 10_000)).toBe(true);
    expect(await store.compareAndDelete('k', 'one')).toBe(false);
    expect(await store.compareAndDelete('k', 'three')).toBe(true);
    expect(await store.get('k')).toBeNull();
    await store.set('short', 'x', { ttlMs: 1 });
    const expired = await a.pttl(`${prefix}short`);
    expect(expired).toBeLessThanOrEqual(1);
    expect(await store.ready()).toBe(true);
  });

  it('delivers an event published on one instance to a subscriber of another, with a stream id', async () => {
    const publisher = new RedisEventBus(a, { prefix });
    const subscriberBus = new RedisEventBus(b, { prefix });
    const since = (await publisher.latestId('t1')) ?? '0-0';
    const stream = subscriberBus.subscribe('t1', { since });
    const published: CampaignEvent[] = [];
    for (let i = 0; i < 5; i += 1) published.push(await publisher.publish('t1', change(i)));
    const received = await take(stream, 5);
    expect(eventIds(received)).toEqual(published.map((event) => event.id));
    expect(published[0]?.id).toMatch(/^\d+-\d+$/);
    await subscriberBus.close();
  });

  it('replays exactly the events after `since`, then goes live, with no duplicate at the seam', async () => {
    const bus = new RedisEventBus(a, { prefix });
    const first = await bus.publish('t2', change(1));
    const missed = [await bus.publish('t2', change(2)), await bus.publish('t2', change(3))];
    const stream = bus.subscribe('t2', { since: first.id });
    const iterator = stream[Symbol.asyncIterator]();
    const replayed = [await iterator.next(), await iterator.next()];
    const live = await bus.publish('t2', change(4));
    const next = await iterator.next();
    await iterator.return?.();
    expect(eventIds(replayed.map((r) => r.value as StreamItem))).toEqual(missed.map((e) => e.id));
    expect(eventIds([next.value as StreamItem])).toEqual([live.id]);
    await bus.close();
  });

  it('tells a subscriber whose `since` fell out of the retained history to re-query', async () => {
    const bus = new RedisEventBus(a, { prefix, historySize: 10 });
    const first = await bus.publish('t3', change(0));
    for (let i = 1; i < 400; i += 1) await bus.publish('t3', change(i));
    const [notice] = await take(bus.subscribe('t3', { since: first.id }), 1);
    expect(notice).toMatchObject({ notice: { kind: 'HISTORY_TRUNCATED' } });
    const [malformed] = await take(bus.subscribe('t3', { since: 'not-an-id' }), 1);
    expect(malformed).toMatchObject({ notice: { kind: 'HISTORY_TRUNCATED' } });
    await bus.close();
  });

  it('interrupts subscribers when the connection drops, naming the last event they got', async () => {
    const reader = connectRedis(REDIS_URL, () => undefined);
    await redisReady(reader);
    const bus = new RedisEventBus(reader, { prefix, blockMs: 200 });
    const publisher = new RedisEventBus(a, { prefix });
    const since = (await publisher.latestId('t4')) ?? '0-0';
    const iterator = bus.subscribe('t4', { since })[Symbol.asyncIterator]();
    const event = await publisher.publish('t4', change(1));
    expect((await iterator.next()).value).toMatchObject({ event: { id: event.id } });
    await killClients(a, `${prefix}reader:t4`);
    const notice = await iterator.next();
    expect(notice.value).toMatchObject({ notice: { kind: 'INTERRUPTED', lastDeliveredId: event.id } });
    reader.disconnect();
  });
});
