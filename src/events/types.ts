import type { CampaignRef } from '../domain/campaign.js';

export const EVENT_TYPES = ['STATUS_CHANGED', 'RUN_STATUS_CHANGED', 'STATS_UPDATED', 'CREATED'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_SOURCES = ['MUTATION', 'WEBHOOK', 'POLL'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** A change as it is published, before the bus gives it an id. */
export interface CampaignEventInput {
  type: EventType;
  campaign: CampaignRef;
  /** Set for RUN_STATUS_CHANGED. */
  runId?: string;
  /** Normalized statuses (CampaignStatus, or RunStatus for runs); null for CREATED. */
  previousStatus: string | null;
  status: string;
  source: EventSource;
  occurredAt: string;
}

/** A published change: `id` is monotonic per tenant and is the cursor a client resumes from. */
export interface CampaignEvent extends CampaignEventInput {
  id: string;
  tenantId: string;
}

/** Why a stream ended early or could not start; the client re-queries or resumes with `since`. */
export type StreamNotice =
  | { kind: 'HISTORY_TRUNCATED'; oldestId: string | null }
  | { kind: 'SLOW_CONSUMER'; lastDeliveredId: string | null }
  | { kind: 'INTERRUPTED'; lastDeliveredId: string | null };

export type StreamItem = { event: CampaignEvent } | { notice: StreamNotice };

/** The event bus port: per-tenant ordered streams with replay from an id. */
export interface EventBus {
  publish(tenantId: string, event: CampaignEventInput): Promise<CampaignEvent>;
  /**
   * Every event after `since` still retained (exactly once), then live events. Ends with a notice
   * when history is gone, the consumer is too slow, or the stream is interrupted.
   */
  subscribe(tenantId: string, options: { since?: string | null; signal?: AbortSignal }): AsyncIterable<StreamItem>;
  /** Subscribers of the tenant connected to this process (pollers speed up while there are any). */
  localSubscribers(tenantId: string): number;
  /** The id of the tenant's newest event (null before any): read it with your query, then subscribe `since` it. */
  latestId(tenantId: string): Promise<string | null>;
  close(): Promise<void>;
}
