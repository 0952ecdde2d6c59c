import { describe, expect, it } from 'vitest';
import { MemoryEventBus } from '../../src/events/memory-bus.js';
import type { CampaignEventInput, StreamItem } from '../../src/events/types.js';

const change = (n: number): CampaignEventInput => ({
  type: 'STATUS_CHANGED',
  campaign: { provider: 'bsg', account: 'main', providerId: String(n) },
  previousStatus: 'RUNNING',
  status: 'PAUSED',
  source: 'POLL',
  occurredAt: new Date(0).toISOString(),
});

async function drain(iterator: AsyncIterator<StreamItem>, count: number): Promise<StreamItem[]> {
  const items: StreamItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = await iterator.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

describe('in-memory event bus', () => {
  it('tells a subscriber that falls too far behind, after the events it was given, then ends its stream', async () => {
    const bus = new MemoryEventBus({ subscriberQueueSize: 10 });
    const iterator = bus.subscribe('t', {})[Symbol.asyncIterator]();
    const pending = iterator.next();
    for (let i = 0; i < 50; i += 1) await bus.publish('t', change(i));
    const items = [(await pending).value as StreamItem, ...(await drain(iterator, 20))];
    const events = items.filter((item) => 'event' in item);
    const notice = items.find((item) => 'notice' in item);
    expect(events.length).toBeLessThanOrEqual(11);
    expect(notice).toEqual({
      notice: {
        kind: 'SLOW_CONSUMER',
        lastDeliveredId:
          events.at(-1) && 'event' in events.at(-1)! ? (events.at(-1) as { event: { id: string } }).event.id : null,
      },
    });
    expect((await iterator.next()).done).toBe(true);
    expect(bus.localSubscribers('t')).toBe(0);
  });

  it('replays from `since` exactly once, then delivers live events, and keeps tenants apart', async () => {
    const bus = new MemoryEventBus();
    const first = await bus.publish('a', change(1));
    await bus.publish('b', change(99));
    const second = await bus.publish('a', change(2));
    const iterator = bus.subscribe('a', { since: first.id })[Symbol.asyncIterator]();
    const replayed = await drain(iterator, 1);
    const live = await bus.publish('a', change(3));
    const next = await drain(iterator, 1);
    await iterator.return?.();
    expect([...replayed, ...next]).toEqual([{ event: second }, { event: live }]);
  });

  it('answers HISTORY_TRUNCATED when `since` is older than the ring buffer', async () => {
    const bus = new MemoryEventBus({ historySize: 5 });
    for (let i = 0; i < 20; i += 1) await bus.publish('t', change(i));
    const [notice] = await drain(bus.subscribe('t', { since: '1' })[Symbol.asyncIterator](), 1);
    expect(notice).toMatchObject({ notice: { kind: 'HISTORY_TRUNCATED', oldestId: '16' } });
  });
});
