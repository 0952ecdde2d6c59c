import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { ADAPTER_FACTORIES } from '../adapters/registry.js';
import { SCOPES } from './auth/scopes.js';
import { PROVIDER_IDS } from './domain/provider.js';
import { Secret } from './domain/secret.js';
import { DEFAULT_BREAKER, DEFAULT_MAX_QUEUE, DEFAULT_RETRY, DEFAULT_TIMEOUTS } from './upstream/types.js';

/** A credential in the config file: `{ "env": "NAME" }` (recommended) or a literal string. */
const secretRef = z.union([z.string(), z.object({ env: z.string().min(1) }).strict()]);

const timeouts = z
  .object({
    connectMs: z.number().int().positive().default(DEFAULT_TIMEOUTS.connectMs),
    headersMs: z.number().int().positive().default(DEFAULT_TIMEOUTS.headersMs),
    bodyMs: z.number().int().positive().default(DEFAULT_TIMEOUTS.bodyMs),
    totalMs: z.number().int().positive().default(DEFAULT_TIMEOUTS.totalMs),
  })
  .strict();

const retry = z
  .object({
    maxAttempts: z.number().int().min(1).max(10).default(DEFAULT_RETRY.maxAttempts),
    baseDelayMs: z.number().int().nonnegative().default(DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: z.number().int().nonnegative().default(DEFAULT_RETRY.maxDelayMs),
    maxRetryAfterMs: z.number().int().nonnegative().default(DEFAULT_RETRY.maxRetryAfterMs),
    budgetRatio: z.number().min(0).max(1).default(DEFAULT_RETRY.budgetRatio),
    budgetCap: z.number().min(0).default(DEFAULT_RETRY.budgetCap),
  })
  .strict();

const breaker = z
  .object({
    failureRateThreshold: z.number().gt(0).max(1).default(DEFAULT_BREAKER.failureRateThreshold),
    minimumCalls: z.number().int().min(1).default(DEFAULT_BREAKER.minimumCalls),
    windowMs: z.number().int().positive().default(DEFAULT_BREAKER.windowMs),
    coolDownMs: z.number().int().positive().default(DEFAULT_BREAKER.coolDownMs),
  })
  .strict();

const account = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
    provider: z.enum(PROVIDER_IDS),
    baseUrl: z.url({ protocol: /^https?$/ }),
    credentials: z.record(z.string(), secretRef),
    timeouts: timeouts.default(DEFAULT_TIMEOUTS),
    connections: z.number().int().min(1).max(256).default(16),
    maxBodyBytes: z.number().int().positive().default(5_000_000),
    /** Retries of safe calls (GET, or marked idempotent): attempts, full-jitter backoff, Retry-After cap, budget. */
    retry: retry.default(DEFAULT_RETRY),
    /** The account's circuit breaker: failure rate over a rolling window, then a cool-down and one probe. */
    breaker: breaker.default(DEFAULT_BREAKER),
    /** A client-side rate for this account; none when absent (a 429's Retry-After still pauses it). */
    rateLimit: z
      .object({ requestsPerSecond: z.number().positive(), burst: z.number().int().min(1).default(1) })
      .strict()
      .optional(),
    /** Calls in flight at once (defaults to `connections`); more wait in a queue of `maxQueue`, then are refused. */
    maxConcurrent: z.number().int().min(1).max(1024).optional(),
    maxQueue: z.number().int().min(0).max(100_000).default(DEFAULT_MAX_QUEUE),
    /** How often the account is polled for status changes; faster while someone subscribes or a campaign runs. */
    pollIntervalMs: z.number().int().min(50).default(30_000),
    /** Polling off: for accounts whose changes all arrive by webhook. */
    polling: z.boolean().default(true),
    /** Signed status webhooks from the provider to /webhooks/<provider>/<account id>. */
    webhook: z
      .object({ secret: secretRef, toleranceSeconds: z.number().int().min(1).max(3600).default(300) })
      .strict()
      .optional(),
  })
  .strict();

const apiKey = z
  .object({
    id: z.string().min(1),
    /** Hex SHA-256 of the key; the key itself is never stored. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256 digest (see `campaign-gateway hash-key`)'),
    scopes: z.array(z.enum(SCOPES)).min(1),
    /** Only operations from `server.persistedOperations` (by hash or documentId) are accepted from this key. */
    persistedOnly: z.boolean().default(false),
  })
  .strict();

/** Limits every GraphQL document must stay within; a violation is a 400 before anything runs. */
const queryLimits = z
  .object({
    maxDepth: z.number().int().min(1).default(10),
    maxAliases: z.number().int().min(0).default(15),
    maxTokens: z.number().int().min(10).default(2_000),
    maxDirectives: z.number().int().min(0).default(10),
    /** Estimated cost (schema/cost.ts): 1 per field, lists x5, connections x page size, provider calls extra. */
    maxCost: z.number().int().min(1).default(20_000),
  })
  .strict();

const tenant = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1),
    apiKeys: z.array(apiKey).min(1),
    accounts: z.array(account),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.accounts.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({ code: 'custom', path: ['accounts', index, 'id'], message: 'is used twice' });
      seen.add(entry.id);
    });
  });

const server = z
  .object({
    host: z.string().default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(4000),
    /** GraphiQL at /graphql; on by default outside production. */
    graphiql: z.boolean().optional(),
    /** Introspection; on by default outside production. */
    introspection: z.boolean().optional(),
    /** Largest accepted request body, in bytes. */
    maxRequestBytes: z.number().int().positive().default(1_000_000),
    /** Deadline of one GraphQL query or mutation; no provider call outlives it. */
    requestTimeoutMs: z.number().int().positive().default(15_000),
    /** Browser origins allowed by CORS; none by default. */
    corsOrigins: z.array(z.string()).default([]),
    /** Per-document limits (depth, aliases, tokens, directives, cost). */
    limits: queryLimits.default(queryLimits.parse({})),
    /** "Did you mean ...?" hints in validation errors; on by default outside production. */
    fieldSuggestions: z.boolean().optional(),
    /** Manifest of persisted operations (`{ "<sha256>": "<document>" }`), required by `persistedOnly` keys. */
    persistedOperations: z.string().min(1).optional(),
  })
  .strict();

/** Tracing: spans exported over OTLP/HTTP when an endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT overrides it). */
const tracing = z
  .object({
    /** OTLP/HTTP base URL; spans go to `<otlpEndpoint>/v1/traces`. */
    otlpEndpoint: z.url({ protocol: /^https?$/ }).optional(),
    serviceName: z.string().min(1).default('campaign-gateway'),
  })
  .strict();

/** The config file's schema. */
export const fileConfigSchema = z
  .object({
    server: server.default(server.parse({})),
    tracing: tracing.default(tracing.parse({})),
    tenants: z.array(tenant).min(1),
  })
  .strict()
  .superRefine((value, ctx) => {
    value.tenants.forEach((t, ti) =>
      t.apiKeys.forEach((key, ki) => {
        if (key.persistedOnly && !value.server.persistedOperations) {
          ctx.addIssue({
            code: 'custom',
            path: ['tenants', ti, 'apiKeys', ki, 'persistedOnly'],
            message: 'needs server.persistedOperations (a manifest of allowed operations)',
          });
        }
      }),
    );
    const webhookPaths = new Set<string>();
    value.tenants.forEach((t, ti) =>
      t.accounts.forEach((a, ai) => {
        if (!a.webhook) return;
        const path = `${a.provider}/${a.id}`;
        if (webhookPaths.has(path)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tenants', ti, 'accounts', ai, 'id'],
            message: `webhook path /webhooks/${path} is used twice`,
          });
        }
        webhookPaths.add(path);
      }),
    );
  });

export type FileConfig = z.infer<typeof fileConfigSchema>;
export type TenantConfig = FileConfig['tenants'][number];
export type AccountConfig = TenantConfig['accounts'][number];

/** The validated configuration the process runs with; provider credentials resolved and parsed per provider. */
export interface GatewayConfig extends FileConfig {
  production: boolean;
  logLevel: string;
  redisUrl: string | null;
  /** Prefix of every Redis key (several deployments can share one Redis). */
  redisKeyPrefix: string;
  /** Credentials per `tenantId/accountId`, parsed by the provider's own schema. */
  credentials: Map<string, unknown>;
  /** Webhook signing secrets per `tenantId/accountId`. */
  webhookSecrets: Map<string, Secret>;
  /** OTLP/HTTP base URL for spans; null keeps tracing off. */
  otlpEndpoint: string | null;
}

/** A config that failed validation; `issues` name each bad key. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
  }
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z.string().optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default('cgw:'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
});

/** Reads and validates a JSON or YAML config file. */
export async function loadConfigFile(path: string, env: NodeJS.ProcessEnv): Promise<GatewayConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError([
      `${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'} (${(error as Error).message})`,
    ]);
  }
  return resolveConfig(raw, env);
}

/** Validates a config object against the schema and the environment; throws ConfigError naming every bad key. */
export function resolveConfig(raw: unknown, env: NodeJS.ProcessEnv): GatewayConfig {
  const parsedEnv = envSchema.safeParse(env);
  const parsed = fileConfigSchema.safeParse(raw);
  const issues = [
    ...(parsedEnv.success
      ? []
      : parsedEnv.error.issues.map((issue) => `env ${issue.path.join('.')}: ${issue.message}`)),
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)),
  ];
  if (!parsed.success || !parsedEnv.success) throw new ConfigError(issues);
  const credentials = resolveCredentials(parsed.data, env, issues);
  const webhookSecrets = resolveWebhookSecrets(parsed.data, env, issues);
  if (issues.length > 0) throw new ConfigError(issues);
  const config = parsed.data;
  const production = parsedEnv.data.NODE_ENV === 'production';
  return {
    ...config,
    server: {
      ...config.server,
      host: parsedEnv.data.HOST ?? config.server.host,
      port: parsedEnv.data.PORT ?? config.server.port,
    },
    production,
    logLevel: parsedEnv.data.LOG_LEVEL,
    redisUrl: parsedEnv.data.REDIS_URL || null,
    redisKeyPrefix: parsedEnv.data.REDIS_KEY_PREFIX,
    credentials,
    webhookSecrets,
    otlpEndpoint: parsedEnv.data.OTEL_EXPORTER_OTLP_ENDPOINT || config.tracing.otlpEndpoint || null,
    tracing: { ...config.tracing, serviceName: parsedEnv.data.OTEL_SERVICE_NAME ?? config.tracing.serviceName },
  };
}

/** Key of one account's credentials in `GatewayConfig.credentials`. */
export function credentialsKey(tenantId: string, accountId: string): string {
  return `${tenantId}/${accountId}`;
}

function resolveCredentials(config: FileConfig, env: NodeJS.ProcessEnv, issues: string[]): Map<string, unknown> {
  const resolved = new Map<string, unknown>();
  config.tenants.forEach((tenantConfig, t) => {
    tenantConfig.accounts.forEach((accountConfig, a) => {
      const where = ['tenants', t, 'accounts', a, 'credentials'];
      const values: Record<string, string> = {};
      for (const [key, ref] of Object.entries(accountConfig.credentials)) {
        const value = secretValue(ref, env, [...where, key], issues);
        if (value !== undefined) values[key] = value;
      }
      const factory = ADAPTER_FACTORIES[accountConfig.provider];
      if (!factory) {
        issues.push(
          `${formatPath([...where.slice(0, 4), 'provider'])}: ${accountConfig.provider} is not available yet`,
        );
        return;
      }
      const parsed = factory.credentials.safeParse(values);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          issues.push(`${formatPath([...where, ...issue.path])}: ${issue.message}`);
        return;
      }
      resolved.set(credentialsKey(tenantConfig.id, accountConfig.id), parsed.data);
    });
  });
  return resolved;
}

function resolveWebhookSecrets(config: FileConfig, env: NodeJS.ProcessEnv, issues: string[]): Map<string, Secret> {
  const secrets = new Map<string, Secret>();
  config.tenants.forEach((tenantConfig, t) =>
    tenantConfig.accounts.forEach((accountConfig, a) => {
      if (!accountConfig.webhook) return;
      const where = ['tenants', t, 'accounts', a, 'webhook', 'secret'];
      const value = secretValue(accountConfig.webhook.secret, env, where, issues);
      if (value) secrets.set(credentialsKey(tenantConfig.id, accountConfig.id), new Secret(value));
    }),
  );
  return secrets;
}

/** A secret reference's value; a missing env var is reported with the key that names it. */
function secretValue(
  ref: z.infer<typeof secretRef>,
  env: NodeJS.ProcessEnv,
  where: readonly PropertyKey[],
  issues: string[],
): string | undefined {
  if (typeof ref === 'string') return ref;
  const value = env[ref.env];
  if (value) return value;
  issues.push(`${formatPath(where)}: environment variable ${ref.env} is not set`);
  return undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`),
      '',
    ) || '(root)'
  );
}
