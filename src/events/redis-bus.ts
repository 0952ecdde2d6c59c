import type { Redis } from 'ioredis';
import { Repeater } from 'graphql-yoga';
import { redisReady } from '../store/redis-connection.js';
import { compareStreamIds, isStreamId } from './stream-id.js';
import type { CampaignEvent, CampaignEventInput, EventBus, StreamItem } from './types.js';

export interface RedisBusOptions {
  /** Key prefix shared with the store. */
  prefix?: string;
  /** Events kept per tenant stream (XADD MAXLEN ~). */
  historySize?: number;
  /** Events a subscriber may fall behind before it is told and disconnected. */
  subscriberQueueSize?: number;
  /** How long one XREAD blocks before it looks again (ms). */
  blockMs?: number;
}

interface LocalSubscriber {
  deliver(event: CampaignEvent): void;
  interrupt(): void;
}

/** One blocking reader per tenant with local subscribers, fanning the tenant's stream out to them. */
interface TenantReader {
  subscribers: Set<LocalSubscriber>;
  connection: Redis;
  stopped: boolean;
  /** Resolves once the reader knows where it reads from: every later event reaches its subscribers. */
  started: Promise<void>;
}

/**
 * The shared bus on Redis Streams: one stream per tenant (XADD with a bounded length; the stream id is
 * the event id and the resume cursor), XRANGE for replay, and one XREAD BLOCK reader per tenant per
 * process for live delivery. When Redis goes away subscribers get an INTERRUPTED notice and resume
 * with `since` once it is back.
 */
export class RedisEventBus implements EventBus {
  private readonly prefix: string;
  private readonly historySize: number;
  private readonly queueSize: number;
  private readonly blockMs: number;
  private readonly readers = new Map<string, TenantReader>();

  constructor(
    private readonly redis: Redis,
    options: RedisBusOptions = {},
  ) {
    this.prefix = options.prefix ?? 'cgw:';
    this.historySize = options.historySize ?? 10_000;
    this.queueSize = Math.min(options.subscriberQueueSize ?? 1_000, 1_000);
    this.blockMs = options.blockMs ?? 1_000;
  }

  async publish(tenantId: string, input: CampaignEventInput): Promise<CampaignEvent> {
    const body = JSON.stringify({ ...input, tenantId });
    const id = await this.redis.xadd(this.key(tenantId), 'MAXLEN', '~', this.historySize, '*', 'e', body);
    if (id === null) throw new Error('XADD returned no id');
    return { ...input, tenantId, id };
  }

  async latestId(tenantId: string): Promise<string | null> {
    const last = await this.redis.xrevrange(this.key(tenantId), '+', '-', 'COUNT', 1);
    return last[0]?.[0] ?? null;
  }

  localSubscribers(tenantId: string): number {
    return this.readers.get(tenantId)?.subscribers.size ?? 0;
  }

  subscribe(tenantId: string, options: { since?: string | null; signal?: AbortSignal }): AsyncIterable<StreamItem> {
    return new Repeater<StreamItem>(async (push, stop) => {
      let lastQueued: string | null = options.since ?? null;
      let pending = 0;
      let replaying = true;
      const buffered: CampaignEvent[] = [];
      const queue = (event: CampaignEvent) => {
        if (lastQueued !== null && compareStreamIds(event.id, lastQueued) <= 0) return;
        if (pending >= this.queueSize) {
          end({ kind: 'SLOW_CONSUMER', lastDeliveredId: lastQueued });
          return;
        }
        pending += 1;
        lastQueued = event.id;
        void push({ event }).then(() => (pending -= 1));
      };
      const end = (notice: Extract<StreamItem, { notice: unknown }>['notice']) => {
        this.detach(tenantId, subscriber);
        void push({ notice }).then(() => stop());
      };
      const subscriber: LocalSubscriber = {
        deliver: (event) => (replaying ? buffered.push(event) : queue(event)),
        interrupt: () => end({ kind: 'INTERRUPTED', lastDeliveredId: lastQueued }),
      };
      options.signal?.addEventListener('abort', () => stop(), { once: true });
      try {
        await this.attach(tenantId, subscriber);
        if (options.since != null) {
          if (!isStreamId(options.since) || (await this.truncatedAfter(tenantId, options.since))) {
            end({ kind: 'HISTORY_TRUNCATED', oldestId: await this.oldestId(tenantId) });
            return;
          }
          await this.replay(tenantId, options.since, queue);
        }
        replaying = false;
        buffered.splice(0).forEach(queue);
      } catch {
        end({ kind: 'INTERRUPTED', lastDeliveredId: lastQueued });
      }
      await stop;
      this.detach(tenantId, subscriber);
    });
  }

  async close(): Promise<void> {
    for (const [tenantId, reader] of this.readers) {
      for (const subscriber of reader.subscribers) subscriber.interrupt();
      this.stopReader(tenantId, reader);
    }
  }

  private key(tenantId: string): string {
    return `${this.prefix}events:${tenantId}`;
  }

  private async replay(tenantId: string, since: string, deliver: (event: CampaignEvent) => void): Promise<void> {
    let from = `(${since}`;
    for (;;) {
      const entries = await this.redis.xrange(this.key(tenantId), from, '+', 'COUNT', 500);
      for (const [id, fields] of entries) deliver(decode(id, fields));
      const last = entries.at(-1);
      if (!last || entries.length < 500) return;
      from = `(${last[0]}`;
    }
  }

  /**
   * True when entries after `since` may have been trimmed away: the stream has dropped entries and
   * `since` is older than the first one kept. (Conservative: a client exactly at the edge re-queries.)
   */
  private async truncatedAfter(tenantId: string, since: string): Promise<boolean> {
    const info = (await this.redis.call('XINFO', 'STREAM', this.key(tenantId)).catch(() => null)) as unknown[] | null;
    if (!info) return false;
    const field = (name: string) => info[info.indexOf(name) + 1];
    const trimmed = Number(field('entries-added')) > Number(field('length'));
    const first = field('recorded-first-entry-id');
    return trimmed && typeof first === 'string' && compareStreamIds(since, first) < 0;
  }

  private async oldestId(tenantId: string): Promise<string | null> {
    const first = await this.redis.xrange(this.key(tenantId), '-', '+', 'COUNT', 1).catch(() => []);
    return first[0]?.[0] ?? null;
  }

  /** Registers a local subscriber; resolves once live delivery covers every event from then on. */
  private attach(tenantId: string, subscriber: LocalSubscriber): Promise<void> {
    let reader = this.readers.get(tenantId);
    if (!reader) {
      const connection = this.redis.duplicate({ connectionName: `${this.prefix}reader:${tenantId}` });
      connection.on('error', () => undefined);
      let markStarted = () => undefined as void;
      const started = new Promise<void>((resolve) => (markStarted = resolve));
      const created: TenantReader = { subscribers: new Set(), connection, stopped: false, started };
      this.readers.set(tenantId, created);
      void this.read(tenantId, created, markStarted);
      reader = created;
    }
    reader.subscribers.add(subscriber);
    return reader.started;
  }

  private detach(tenantId: string, subscriber: LocalSubscriber): void {
    const reader = this.readers.get(tenantId);
    if (!reader) return;
    reader.subscribers.delete(subscriber);
    if (reader.subscribers.size === 0) this.stopReader(tenantId, reader);
  }

  private stopReader(tenantId: string, reader: TenantReader): void {
    reader.stopped = true;
    reader.connection.disconnect();
    if (this.readers.get(tenantId) === reader) this.readers.delete(tenantId);
  }

  /** The tenant's live loop: XREAD BLOCK from the newest id onwards; an error interrupts every subscriber. */
  private async read(tenantId: string, reader: TenantReader, markStarted: () => void): Promise<void> {
    let position = '$';
    try {
      await redisReady(reader.connection);
      position = (await this.latestId(tenantId)) ?? '0-0';
      markStarted();
      while (!reader.stopped) {
        const answer = (await reader.connection.xread(
          'BLOCK',
          this.blockMs,
          'STREAMS',
          this.key(tenantId),
          position,
        )) as [string, [string, string[]][]][] | null;
        for (const [id, fields] of answer?.[0]?.[1] ?? []) {
          position = id;
          const event = decode(id, fields);
          for (const subscriber of reader.subscribers) subscriber.deliver(event);
        }
      }
    } catch {
      markStarted();
      if (reader.stopped) return;
      for (const subscriber of [...reader.subscribers]) subscriber.interrupt();
      this.stopReader(tenantId, reader);
    }
  }
}

function decode(id: string, fields: string[]): CampaignEvent {
  const body = fields[fields.indexOf('e') + 1] ?? '{}';
  return { ...(JSON.parse(body) as Omit<CampaignEvent, 'id'>), id };
}
