import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { GatewayConfig } from './config.js';
import type { EventBus } from './events/types.js';
import type { IdempotencyOutcome } from './gateway/idempotency.js';
import type { Tenant } from './gateway/tenants.js';
import { createMetricsRoute } from './http/metrics-route.js';
import { createReadinessRoute } from './http/readiness.js';
import type { HttpRoute } from './http/route.js';
import { redactSecretValues, type Logger } from './logger.js';
import { GatewayMetrics } from './metrics/gateway-metrics.js';
import { MeteredEventBus } from './metrics/metered-bus.js';
import { recordPoll, type PollOutcome } from './metrics/polls.js';
import { UpstreamMeter } from './metrics/upstream.js';
import { secretValuesOf } from './secret-values.js';
import type { KeyValueStore } from './store/port.js';
import { startTracing, type Tracing } from './tracing/setup.js';
import type { AccountRef } from './domain/provider.js';
import type { UpstreamClientOptions } from './upstream/client.js';
import type { UpstreamCall, UpstreamCallHook } from './upstream/types.js';

export interface ObservabilityOptions {
  config: GatewayConfig;
  logger: Logger;
  /** Also told of every provider call (tests count them). */
  onUpstreamCall?: UpstreamCallHook;
  /** Receives spans instead of OTLP (tests). */
  spanExporter?: SpanExporter;
}

/** One gateway's logs, metrics and traces, and the hooks that feed them. */
export class Observability {
  readonly metrics = new GatewayMetrics();
  private readonly meter = new UpstreamMeter(this.metrics);
  private readonly tracing: Tracing | null;

  constructor(private readonly options: ObservabilityOptions) {
    const { config, logger } = options;
    redactSecretValues(logger, secretValuesOf(config));
    this.tracing = startTracing(
      {
        otlpEndpoint: config.otlpEndpoint,
        serviceName: config.tracing.serviceName,
        ...(options.spanExporter ? { exporter: options.spanExporter } : {}),
      },
      logger,
    );
  }

  /** Every provider call: one log line (debug, or warn when it failed), metrics, then the caller's hook. */
  readonly onUpstreamCall = (call: UpstreamCall): void => {
    logProviderCall(this.options.logger, call);
    this.meter.call(call);
    this.options.onUpstreamCall?.(call);
  };

  /** What each upstream client reports besides calls: circuit transitions and rate-limit waits. */
  readonly upstreamClientOptions: UpstreamClientOptions = {
    onStateChange: (change) => {
      this.options.logger.warn(
        { provider: change.account.provider, account: change.account.account, from: change.from, to: change.to },
        'circuit changed',
      );
      this.meter.stateChanged(change);
    },
    observer: this.meter,
  };

  /** Starts the circuit series of every configured account. */
  trackAccounts(tenants: ReadonlyMap<string, Tenant>): void {
    for (const tenant of tenants.values())
      for (const adapter of tenant.accounts.values()) this.meter.track(adapter.account);
  }

  /** The event bus with published, delivered and dropped counts and the open-subscription gauge. */
  meterBus(bus: EventBus): EventBus {
    return new MeteredEventBus(bus, this.metrics);
  }

  /** Counts idempotent calls by outcome (`replayed` are the hits). */
  readonly onIdempotency = (outcome: IdempotencyOutcome): void => {
    this.metrics.idempotency.inc({ outcome });
  };

  /** Counts one account's poller ticks and tracks its lag. */
  pollTicks(account: AccountRef): (outcome: PollOutcome) => void {
    return (outcome) => recordPoll(this.metrics, account, outcome);
  }

  /** /metrics and /readyz. */
  routes(tenants: ReadonlyMap<string, Tenant>, store: KeyValueStore): HttpRoute[] {
    return [
      createMetricsRoute(this.metrics, this.options.logger),
      createReadinessRoute({ tenants, store, storeKind: this.options.config.redisUrl ? 'redis' : 'memory' }),
    ];
  }

  /** Flushes buffered spans. */
  async stop(): Promise<void> {
    await this.tracing?.shutdown();
  }
}

function logProviderCall(logger: Logger, call: UpstreamCall): void {
  if (!call.errorCode && !logger.isLevelEnabled('debug')) return;
  const line = {
    requestId: call.requestId,
    provider: call.account.provider,
    account: call.account.account,
    method: call.method,
    endpoint: call.endpoint,
    status: call.status,
    durationMs: Math.round(call.durationMs * 10) / 10,
    ...(call.attempt !== undefined && call.attempt > 1 ? { attempt: call.attempt } : {}),
    ...(call.errorCode ? { errorCode: call.errorCode } : {}),
    ...(call.providerRequestId ? { providerRequestId: call.providerRequestId } : {}),
  };
  if (call.errorCode) logger.warn(line, 'provider call failed');
  else logger.debug(line, 'provider call');
}
