import { Repeater } from 'graphql-yoga';
import type { CampaignEvent, CampaignEventInput, EventBus, StreamItem } from './types.js';

export interface MemoryBusOptions {
  /** Events kept per tenant for replay. */
  historySize?: number;
  /** Events a subscriber may fall behind before it is told and disconnected. */
  subscriberQueueSize?: number;
}

interface Subscriber {
  deliver(event: CampaignEvent): void;
}

interface TenantStream {
  seq: number;
  history: CampaignEvent[];
  subscribers: Set<Subscriber>;
}

/** Repeater allows at most 1024 unconsumed pushes; the queue stays under it. */
const MAX_QUEUE = 1_000;

/** The single-process bus: a bounded ring buffer per tenant for replay, a bounded queue per subscriber. */
export class MemoryEventBus implements EventBus {
  private readonly streams = new Map<string, TenantStream>();
  private readonly historySize: number;
  private readonly queueSize: number;
  private readonly stops = new Set<() => void>();

  constructor(options: MemoryBusOptions = {}) {
    this.historySize = options.historySize ?? 10_000;
    this.queueSize = Math.min(options.subscriberQueueSize ?? 1_000, MAX_QUEUE);
  }

  async publish(tenantId: string, input: CampaignEventInput): Promise<CampaignEvent> {
    const stream = this.stream(tenantId);
    stream.seq += 1;
    const event: CampaignEvent = { ...input, tenantId, id: String(stream.seq) };
    stream.history.push(event);
    if (stream.history.length > this.historySize) stream.history.shift();
    for (const subscriber of stream.subscribers) subscriber.deliver(event);
    return event;
  }

  subscribe(tenantId: string, options: { since?: string | null; signal?: AbortSignal }): AsyncIterable<StreamItem> {
    const stream = this.stream(tenantId);
    const queueSize = this.queueSize;
    return new Repeater<StreamItem>(async (push, stop) => {
      const since = options.since == null ? null : Number(options.since);
      const oldest = stream.history[0];
      if (since !== null && isTruncated(since, oldest, stream.seq)) {
        await push({ notice: { kind: 'HISTORY_TRUNCATED', oldestId: oldest?.id ?? null } });
        stop();
        return;
      }
      // Every queued event reaches the consumer before the notice, so the notice names the last one queued.
      let pending = 0;
      let lastQueuedId: string | null = options.since ?? null;
      const deliver = (event: CampaignEvent) => {
        if (pending >= queueSize) {
          stream.subscribers.delete(subscriber);
          void push({ notice: { kind: 'SLOW_CONSUMER', lastDeliveredId: lastQueuedId } }).then(() => stop());
          return;
        }
        pending += 1;
        lastQueuedId = event.id;
        void push({ event }).then(() => (pending -= 1));
      };
      const subscriber: Subscriber = { deliver };
      const replay = since === null ? [] : stream.history.filter((event) => Number(event.id) > since);
      replay.forEach(deliver);
      stream.subscribers.add(subscriber);
      options.signal?.addEventListener('abort', () => stop(), { once: true });
      this.stops.add(stop);
      await stop;
      this.stops.delete(stop);
      stream.subscribers.delete(subscriber);
    });
  }

  localSubscribers(tenantId: string): number {
    return this.streams.get(tenantId)?.subscribers.size ?? 0;
  }

  async latestId(tenantId: string): Promise<string | null> {
    const seq = this.streams.get(tenantId)?.seq ?? 0;
    return seq === 0 ? null : String(seq);
  }

  async close(): Promise<void> {
    for (const stop of this.stops) stop();
    this.streams.clear();
  }

  private stream(tenantId: string): TenantStream {
    let stream = this.streams.get(tenantId);
    if (!stream) {
      stream = { seq: 0, history: [], subscribers: new Set() };
      this.streams.set(tenantId, stream);
    }
    return stream;
  }
}

/** True when events after `since` have already left the ring buffer. */
function isTruncated(since: number, oldest: CampaignEvent | undefined, seq: number): boolean {
  if (!Number.isSafeInteger(since) || since < 0) return true;
  return oldest === undefined ? since < seq : since < Number(oldest.id) - 1;
}
