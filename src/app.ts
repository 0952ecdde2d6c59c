import { ApiKeyIndex } from './auth/api-keys.js';
import type { GatewayConfig } from './config.js';
import { ChangeDetector } from './events/change-detector.js';
import { MemoryEventBus } from './events/memory-bus.js';
import { IdempotencyGuard } from './gateway/idempotency.js';
import type { GatewayServices } from './gateway/services.js';
import { buildTenants, closeTenants } from './gateway/tenants.js';
import { startHttpServer, type RunningServer } from './http/server.js';
import { createGatewayYoga } from './http/yoga.js';
import type { Logger } from './logger.js';
import { MemoryStore } from './store/memory.js';
import type { UpstreamCallHook } from './upstream/types.js';

/** The single-process services: in-memory store and event bus. */
function createServices(): GatewayServices {
  const store = new MemoryStore();
  const bus = new MemoryEventBus();
  return { store, bus, changes: new ChangeDetector(store, bus), idempotency: new IdempotencyGuard(store) };
}

export interface GatewayOptions {
  config: GatewayConfig;
  logger: Logger;
  /** Headers GraphiQL starts with (sandbox mode fills in the demo key). */
  graphiqlHeaders?: Record<string, string>;
  /** Observes every provider call (tests count them; metrics hook in here). */
  onUpstreamCall?: UpstreamCallHook;
}

/** A running gateway: its URL and a graceful stop. */
export interface Gateway {
  url: string;
  port: number;
  services: GatewayServices;
  stop(): Promise<void>;
}

/** Builds tenants and adapters from config and starts the HTTP server. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, logger } = options;
  const tenants = buildTenants(config, (call) => {
    logger.debug({ upstream: call }, 'provider call');
    options.onUpstreamCall?.(call);
  });
  const keys = new ApiKeyIndex(config.tenants);
  const services = createServices();
  const yoga = createGatewayYoga({
    tenants,
    services,
    keys: () => keys,
    logger,
    graphiql: config.server.graphiql ?? !config.production,
    ...(options.graphiqlHeaders ? { graphiqlHeaders: options.graphiqlHeaders } : {}),
    maxRequestBytes: config.server.maxRequestBytes,
  });
  let server: RunningServer;
  try {
    server = await startHttpServer({
      yoga,
      keys: () => keys,
      logger,
      host: config.server.host,
      port: config.server.port,
    });
  } catch (error) {
    await closeTenants(tenants);
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    services,
    async stop() {
      await server.stop();
      await closeTenants(tenants);
      await services.bus.close();
      await services.store.close();
    },
  };
}
