import type { CampaignEvent, CampaignEventInput, EventBus, StreamItem } from '../events/types.js';
import type { GatewayMetrics } from './gateway-metrics.js';

/**
 * The event bus with counts: events published, events handed to each subscriber, streams cut with a
 * notice (events dropped for that subscriber), and subscriptions open right now.
 */
export class MeteredEventBus implements EventBus {
  constructor(
    private readonly inner: EventBus,
    private readonly metrics: GatewayMetrics,
  ) {}

  async publish(tenantId: string, event: CampaignEventInput): Promise<CampaignEvent> {
    const published = await this.inner.publish(tenantId, event);
    this.metrics.eventsPublished.inc({ type: event.type, source: event.source });
    return published;
  }

  subscribe(tenantId: string, options: { since?: string | null; signal?: AbortSignal }): AsyncIterable<StreamItem> {
    const source = this.inner.subscribe(tenantId, options);
    return { [Symbol.asyncIterator]: () => this.meter(source[Symbol.asyncIterator]()) };
  }

  localSubscribers(tenantId: string): number {
    return this.inner.localSubscribers(tenantId);
  }

  latestId(tenantId: string): Promise<string | null> {
    return this.inner.latestId(tenantId);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** Counts what passes through one subscriber's iterator; open from its first `next()` to its end. */
  private meter(iterator: AsyncIterator<StreamItem>): AsyncIterator<StreamItem> {
    const { metrics } = this;
    let state: 'idle' | 'open' | 'closed' = 'idle';
    const close = () => {
      if (state === 'open') metrics.subscriptionsActive.dec();
      state = 'closed';
    };
    return {
      async next() {
        if (state === 'idle') {
          state = 'open';
          metrics.subscriptionsActive.inc();
        }
        try {
          const step = await iterator.next();
          if (step.done) close();
          else if ('event' in step.value) metrics.eventsDelivered.inc({ type: step.value.event.type });
          else if (step.value.notice) metrics.eventsDropped.inc({ reason: step.value.notice.kind });
          return step;
        } catch (error) {
          close();
          throw error;
        }
      },
      async return(value?: unknown) {
        close();
        return iterator.return ? iterator.return(value) : { done: true, value: undefined };
      },
      async throw(error?: unknown) {
        close();
        if (iterator.throw) return iterator.throw(error);
        throw error;
      },
    };
  }
}
