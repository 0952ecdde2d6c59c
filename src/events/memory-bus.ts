import type { CampaignEvent, CampaignEventInput, EventBus, StreamItem } from './types.js';

export interface MemoryBusOptions {
  /** Events kept per tenant for replay. */
  historySize?: number;
  /** Events a subscriber may fall behind before it is told and disconnected. */
  subscriberQueueSize?: number;
}

interface Subscriber {
  queue: CampaignEvent[];
  overflowed: boolean;
  wake: (() => void) | undefined;
}

interface TenantStream {
  seq: number;
  history: CampaignEvent[];
  subscribers: Set<Subscriber>;
}

/** The single-process bus: a bounded ring buffer per tenant for replay, a bounded queue per subscriber. */
export class MemoryEventBus implements EventBus {
  private readonly streams = new Map<string, TenantStream>();
  private readonly historySize: number;
  private readonly queueSize: number;

  constructor(options: MemoryBusOptions = {}) {
    this.historySize = options.historySize ?? 10_000;
    this.queueSize = options.subscriberQueueSize ?? 1_000;
  }

  async publish(tenantId: string, input: CampaignEventInput): Promise<CampaignEvent> {
    const stream = this.stream(tenantId);
    stream.seq += 1;
    const event: CampaignEvent = { ...input, tenantId, id: String(stream.seq) };
    stream.history.push(event);
    if (stream.history.length > this.historySize) stream.history.shift();
    for (const subscriber of stream.subscribers) {
      if (subscriber.overflowed) continue;
      if (subscriber.queue.length >= this.queueSize) subscriber.overflowed = true;
      else subscriber.queue.push(event);
      subscriber.wake?.();
    }
    return event;
  }

  subscribe(tenantId: string, options: { since?: string | null; signal?: AbortSignal }): AsyncIterable<StreamItem> {
    const stream = this.stream(tenantId);
    const subscriber: Subscriber = { queue: [], overflowed: false, wake: undefined };
    const since = options.since == null ? null : Number(options.since);
    const oldest = stream.history[0];
    const truncated =
      since !== null &&
      (!Number.isSafeInteger(since) ||
        (oldest !== undefined && since < Number(oldest.id) - 1) ||
        (oldest === undefined && since < stream.seq));
    if (!truncated) {
      subscriber.queue.push(...(since === null ? [] : stream.history.filter((event) => Number(event.id) > since)));
      stream.subscribers.add(subscriber);
    }
    const { signal } = options;
    return (async function* iterate(): AsyncGenerator<StreamItem> {
      if (truncated) {
        yield { notice: { kind: 'HISTORY_TRUNCATED', oldestId: oldest?.id ?? null } };
        return;
      }
      let lastDeliveredId: string | null = options.since ?? null;
      const onAbort = () => subscriber.wake?.();
      signal?.addEventListener('abort', onAbort);
      try {
        while (!signal?.aborted) {
          const next = subscriber.queue.shift();
          if (next) {
            lastDeliveredId = next.id;
            yield { event: next };
            continue;
          }
          if (subscriber.overflowed) {
            yield { notice: { kind: 'SLOW_CONSUMER', lastDeliveredId } };
            return;
          }
          await new Promise<void>((resolve) => (subscriber.wake = resolve));
          subscriber.wake = undefined;
        }
      } finally {
        signal?.removeEventListener('abort', onAbort);
        stream.subscribers.delete(subscriber);
      }
    })();
  }

  async close(): Promise<void> {
    for (const stream of this.streams.values()) {
      for (const subscriber of stream.subscribers) subscriber.wake?.();
    }
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
