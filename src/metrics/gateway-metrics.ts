import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { OperationNameLabels } from './labels.js';

const PREFIX = 'cgw_';
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type AccountLabels = 'provider' | 'account';
type EndpointLabels = AccountLabels | 'endpoint';

/**
 * Every metric of one gateway instance, on a registry of its own, so several gateways in one process
 * never collide. Labels are low-cardinality by construction: operation names are capped, accounts and
 * endpoints come from config and path templates, never from ids or secrets.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly operationNames = new OperationNameLabels();

  readonly graphqlRequests = new Counter({
    name: `${PREFIX}graphql_requests_total`,
    help: 'GraphQL operations by name, type and outcome (ok, partial, error, rejected).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: `${PREFIX}graphql_request_duration_seconds`,
    help: 'Time to answer a GraphQL operation (a subscription: how long it stayed open).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly upstreamCalls = new Counter({
    name: `${PREFIX}upstream_calls_total`,
    help: 'HTTP attempts to providers, by account, endpoint template and outcome (ok or error).',
    labelNames: ['provider', 'account', 'endpoint', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly upstreamDuration = new Histogram<EndpointLabels>({
    name: `${PREFIX}upstream_call_duration_seconds`,
    help: 'Duration of HTTP attempts to providers.',
    labelNames: ['provider', 'account', 'endpoint'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly upstreamErrors = new Counter({
    name: `${PREFIX}upstream_errors_total`,
    help: 'Failed provider attempts by error code (PROVIDER_TIMEOUT, UPSTREAM_STATUS, ...).',
    labelNames: ['provider', 'account', 'endpoint', 'code'] as const,
    registers: [this.registry],
  });
  readonly upstreamRetries = new Counter<EndpointLabels>({
    name: `${PREFIX}upstream_retries_total`,
    help: 'Provider attempts that were retries of an earlier attempt.',
    labelNames: ['provider', 'account', 'endpoint'],
    registers: [this.registry],
  });
  readonly circuitState = new Gauge({
    name: `${PREFIX}upstream_circuit_state`,
    help: "1 for each account's current circuit state (CLOSED, OPEN, HALF_OPEN), 0 for the others.",
    labelNames: ['provider', 'account', 'state'] as const,
    registers: [this.registry],
  });
  readonly rateLimitWaits = new Counter({
    name: `${PREFIX}upstream_rate_limit_waits_total`,
    help: "Calls held back before sending: by the account's rate limit, or a provider's Retry-After pause.",
    labelNames: ['provider', 'account', 'reason'] as const,
    registers: [this.registry],
  });
  readonly rateLimitWaitSeconds = new Counter({
    name: `${PREFIX}upstream_rate_limit_wait_seconds_total`,
    help: 'Total time calls were held back before sending.',
    labelNames: ['provider', 'account', 'reason'] as const,
    registers: [this.registry],
  });

  readonly subscriptionsActive = new Gauge({
    name: `${PREFIX}subscriptions_active`,
    help: 'Event streams open on this instance (graphql-ws and SSE subscriptions).',
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: `${PREFIX}events_published_total`,
    help: 'Campaign events published, by type and source.',
    labelNames: ['type', 'source'] as const,
    registers: [this.registry],
  });
  readonly eventsDelivered = new Counter({
    name: `${PREFIX}events_delivered_total`,
    help: 'Events handed to subscribers on this instance (one per subscriber).',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  readonly eventsDropped = new Counter({
    name: `${PREFIX}events_dropped_total`,
    help: 'Subscriber streams that lost events and were ended with a notice, by notice kind.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  /** When this instance last finished polling each account (epoch ms); read at scrape time. */
  readonly lastPolled = new Map<string, { provider: string; account: string; at: number }>();
  readonly pollLag = new Gauge<AccountLabels>({
    name: `${PREFIX}poll_lag_seconds`,
    help: 'Seconds since this instance last finished polling the account (absent while another instance polls it).',
    labelNames: ['provider', 'account'],
    registers: [this.registry],
    collect: () => {
      this.pollLag.reset();
      const now = Date.now();
      for (const { provider, account, at } of this.lastPolled.values()) {
        this.pollLag.set({ provider, account }, (now - at) / 1000);
      }
    },
  });
  readonly polls = new Counter({
    name: `${PREFIX}polls_total`,
    help: 'Poller ticks by outcome (ok, failed, standby while another instance holds the lock).',
    labelNames: ['provider', 'account', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly idempotency = new Counter({
    name: `${PREFIX}idempotency_requests_total`,
    help: 'Mutations with an idempotency key by outcome: executed, replayed (a hit), conflict, in_progress.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
  }

  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
