import { AccessControl } from './auth/access.js';
import type { GatewayConfig } from './config.js';
import { ChangeDetector } from './events/change-detector.js';
import { MemoryEventBus } from './events/memory-bus.js';
import { AccountPoller } from './events/poller.js';
import { WebhookReceiver } from './events/webhooks.js';
import { IdempotencyGuard } from './gateway/idempotency.js';
import type { GatewayServices } from './gateway/services.js';
import { buildTenants, closeTenants, type Tenant } from './gateway/tenants.js';
import { createDashboardRoute } from './http/dashboard.js';
import { startHttpServer, type RunningServer } from './http/server.js';
import { createRunFileRoute } from './http/run-files.js';
import { createGatewayYoga } from './http/yoga.js';
import type { Logger } from './logger.js';
import type { EventBus } from './events/types.js';
import { MemoryStore } from './store/memory.js';
import type { KeyValueStore } from './store/port.js';
import { RedisStore } from './store/redis.js';
import { connectRedis, redisReady } from './store/redis-connection.js';
import { RedisEventBus } from './events/redis-bus.js';
import type { UpstreamCallHook } from './upstream/types.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { Observability } from './observability.js';

/** Shared state and events: on Redis when REDIS_URL is set (several instances act as one), in memory otherwise. */
async function createServices(
  config: GatewayConfig,
  logger: Logger,
  observability: Observability,
): Promise<GatewayServices> {
  let store: KeyValueStore;
  let bus: EventBus;
  if (config.redisUrl) {
    const redis = connectRedis(
      config.redisUrl,
      (error) => logger.warn({ err: error.message }, 'redis connection'),
      `${config.redisKeyPrefix}gateway`,
    );
    await redisReady(redis).catch(() =>
      logger.error('Redis is not reachable yet: shared writes fail closed until it is'),
    );
    store = new RedisStore(redis, config.redisKeyPrefix);
    bus = new RedisEventBus(redis, { prefix: config.redisKeyPrefix });
  } else {
    store = new MemoryStore();
    bus = new MemoryEventBus();
  }
  bus = observability.meterBus(bus);
  const idempotency = new IdempotencyGuard(store, { onOutcome: observability.onIdempotency });
  return { store, bus, changes: new ChangeDetector(store, bus), idempotency, logger };
}

export interface GatewayOptions {
  config: GatewayConfig;
  logger: Logger;
  /** Headers GraphiQL starts with (sandbox mode fills in the demo key). */
  graphiqlHeaders?: Record<string, string>;
  /** Observes every provider call (tests count them; metrics hook in here). */
  onUpstreamCall?: UpstreamCallHook;
  /** Receives trace spans instead of OTLP (tests). */
  spanExporter?: SpanExporter;
}

/** A running gateway: its URL and a graceful stop. */
export interface Gateway {
  url: string;
  port: number;
  services: GatewayServices;
  pollers: AccountPoller[];
  /** Swaps in a reloaded config's API keys and persisted operations (tenants and accounts need a restart). */
  reloadConfig(config: GatewayConfig): void;
  stop(): Promise<void>;
}

/** One poller per account that has polling on. */
function startPollers(
  tenants: Map<string, Tenant>,
  services: GatewayServices,
  logger: Logger,
  observability: Observability,
): AccountPoller[] {
  const pollers: AccountPoller[] = [];
  for (const tenant of tenants.values()) {
    for (const account of tenant.config.accounts) {
      const adapter = tenant.accounts.get(account.id);
      if (!account.polling || !adapter) continue;
      const poller = new AccountPoller({
        tenantId: tenant.id,
        adapter,
        services,
        logger,
        intervalMs: account.pollIntervalMs,
        onTick: observability.pollTicks(adapter.account),
      });
      poller.start();
      pollers.push(poller);
    }
  }
  return pollers;
}

/** Builds tenants and adapters from config and starts the HTTP server. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, logger } = options;
  const observability = new Observability({
    config,
    logger,
    ...(options.onUpstreamCall ? { onUpstreamCall: options.onUpstreamCall } : {}),
    ...(options.spanExporter ? { spanExporter: options.spanExporter } : {}),
  });
  const tenants = buildTenants(config, observability.onUpstreamCall, observability.upstreamClientOptions);
  observability.trackAccounts(tenants);
  const access = new AccessControl(config, new Set(tenants.keys()), logger);
  const keys = access.keys;
  const services = await createServices(config, logger, observability);
  const yoga = createGatewayYoga({
    tenants,
    services,
    keys,
    logger,
    graphiql: config.server.graphiql ?? !config.production,
    ...(options.graphiqlHeaders ? { graphiqlHeaders: options.graphiqlHeaders } : {}),
    maxRequestBytes: config.server.maxRequestBytes,
    requestTimeoutMs: config.server.requestTimeoutMs,
    metrics: observability.metrics,
    corsOrigins: config.server.corsOrigins,
    security: {
      limits: config.server.limits,
      introspection: config.server.introspection ?? !config.production,
      fieldSuggestions: config.server.fieldSuggestions ?? !config.production,
      persistedOperations: access.persistedOperations,
    },
  });
  const webhooks = new WebhookReceiver(config, tenants, services, logger);
  let server: RunningServer;
  try {
    server = await startHttpServer({
      yoga,
      webhooks,
      keys,
      persistedOperations: access.persistedOperations,
      logger,
      dashboard: createDashboardRoute(logger),
      routes: [
        ...observability.routes(tenants, services.store),
        createRunFileRoute({ tenants, services, keys, logger }),
      ],
      host: config.server.host,
      port: config.server.port,
    });
  } catch (error) {
    await closeTenants(tenants);
    await observability.stop();
    throw error;
  }
  const pollers = startPollers(tenants, services, logger, observability);
  return {
    url: server.url,
    port: server.port,
    services,
    pollers,
    reloadConfig: (next) => access.apply(next),
    async stop() {
      await Promise.all(pollers.map((poller) => poller.stop()));
      await server.stop();
      await closeTenants(tenants);
      await services.bus.close();
      await services.store.close();
      await observability.stop();
    },
  };
}
