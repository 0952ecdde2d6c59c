import { Writable } from 'node:stream';
import { startSandboxes, type Sandboxes } from '../../sandbox/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { startGateway, type Gateway } from '../../src/app.js';
import { resolveConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { connectWebhooks, sandboxTenant, type SandboxAccountSettings } from '../../src/sandbox-mode.js';
import type { UpstreamCall } from '../../src/upstream/types.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { configSecrets, recordLogs, registerSecrets } from './secret-scan.js';
import { apiKeyEntries, startTenantB, TEST_API_KEY_B, type ExtraApiKey } from './tenant-b.js';

/** A gateway wired to fresh simulators (manual clocks), and what tests observe of it. */
export interface TestGateway {
  url: string;
  apiKey: string;
  sandboxes: Sandboxes;
  gateway: Gateway;
  /** Every JSON log line the gateway wrote. */
  logs: string[];
  /** Every provider call the gateway made. */
  upstreamCalls: UpstreamCall[];
  /** The second tenant, when `tenantB` was asked for: its key and its own simulators. */
  tenantB?: { apiKey: string; sandboxes: Sandboxes };
  stop(): Promise<void>;
}

export const TEST_API_KEY = 'test-key-tenant-a';

export interface TestGatewayOptions {
  seedCampaigns?: number;
  /** Turns polling on at this interval (off by default, so call counts stay exact). */
  pollIntervalMs?: number;
  /** Turns simulator webhooks on, signed with this secret. */
  webhookSecret?: string;
  /** Reuses running simulators (another gateway's) instead of starting new ones; they are not closed on stop. */
  sandboxes?: Sandboxes;
  /** Puts shared state and events on this Redis, under this key prefix. */
  redis?: { url: string; prefix: string };
  /** Turns tracing on, with spans going to this exporter. */
  spanExporter?: SpanExporter;
  /** Prefills GraphiQL with the test key, as sandbox mode does with the demo key. */
  graphiqlWithKey?: boolean;
  /** Upstream settings laid over every provider account (timeouts, retry, breaker, rateLimit, bulkhead, ...). */
  accountSettings?: Record<string, unknown>;
  /** `server.requestTimeoutMs`: the deadline of each GraphQL query or mutation. */
  requestTimeoutMs?: number;
  /** Adds tenant B on a second set of simulators seeded with this many campaigns per provider. */
  tenantB?: { seedCampaigns: number };
  /** Further keys of tenant A (limited scopes, persisted operations only). */
  apiKeys?: ExtraApiKey[];
  /** Further `server` config (limits, introspection, persistedOperations, corsOrigins, ...). */
  server?: Record<string, unknown>;
  /** Environment the config is resolved with (e.g. NODE_ENV=production). */
  env?: NodeJS.ProcessEnv;
}

/** Starts simulators and a gateway on free ports; call `stop()` in afterAll. */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const sandboxes =
    options.sandboxes ??
    (await startSandboxes({
      clock: () => createClock({ mode: 'manual' }),
      seedCampaigns: options.seedCampaigns ?? 0,
      ...(options.webhookSecret !== undefined ? { webhookSecret: options.webhookSecret } : {}),
    }));
  const settings: SandboxAccountSettings = {
    polling: options.pollIntervalMs !== undefined,
    ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    ...(options.webhookSecret !== undefined ? { webhookSecret: options.webhookSecret } : {}),
  };
  const sandboxed = sandboxTenant(sandboxes, { id: 'tenant-a', name: 'Tenant A', apiKey: TEST_API_KEY }, settings);
  const tenant = {
    ...sandboxed,
    apiKeys: [...sandboxed.apiKeys, ...apiKeyEntries(options.apiKeys ?? [])],
    accounts: sandboxed.accounts.map((account) => ({ ...account, ...options.accountSettings })),
  };
  const tenantB = options.tenantB ? await startTenantB(options.tenantB.seedCampaigns) : undefined;
  const logs: string[] = [];
  const upstreamCalls: UpstreamCall[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const config = resolveConfig(
    {
      server: {
        host: '127.0.0.1',
        port: 0,
        ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
        ...options.server,
      },
      tenants: [tenant, ...(tenantB ? [tenantB.entry] : [])],
    },
    {
      ...options.env,
      ...(options.redis ? { REDIS_URL: options.redis.url, REDIS_KEY_PREFIX: options.redis.prefix } : {}),
    },
  );
  registerSecrets([
    ...configSecrets(config),
    TEST_API_KEY,
    TEST_API_KEY_B,
    ...(options.apiKeys ?? []).map((k) => k.key),
  ]);
  recordLogs(logs);
  const gateway = await startGateway({
    config,
    logger: createLogger({ level: 'debug', destination }),
    onUpstreamCall: (call) => upstreamCalls.push(call),
    ...(options.spanExporter ? { spanExporter: options.spanExporter } : {}),
    ...(options.graphiqlWithKey ? { graphiqlHeaders: { Authorization: `Bearer ${TEST_API_KEY}` } } : {}),
  });
  connectWebhooks(sandboxes, gateway.url, tenant.accounts);
  if (tenantB) connectWebhooks(tenantB.sandboxes, gateway.url, tenantB.entry.accounts);
  return {
    url: gateway.url,
    apiKey: TEST_API_KEY,
    sandboxes,
    gateway,
    logs,
    upstreamCalls,
    ...(tenantB ? { tenantB: { apiKey: TEST_API_KEY_B, sandboxes: tenantB.sandboxes } } : {}),
    async stop() {
      await gateway.stop();
      if (!options.sandboxes) await sandboxes.close();
      await tenantB?.sandboxes.close();
    },
  };
}
