import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../../schema/context.js';
import { toGraphQLError } from '../../schema/error-format.js';
import { schema } from '../../schema/index.js';
import type { ApiKeyIndex, Principal } from '../auth/api-keys.js';
import { RequestGateway } from '../gateway/campaigns.js';
import type { GatewayServices } from '../gateway/services.js';
import type { Tenant } from '../gateway/tenants.js';
import type { Logger } from '../logger.js';
import { graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { principals, useApiKeyAuth } from './plugins/auth.js';
import { usePartialErrors } from './plugins/partial-errors.js';
import { useSseEventIds } from './plugins/sse-event-ids.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { useGraphQLMetrics } from './plugins/metrics.js';
import { useRequestId } from './plugins/request-id.js';
import { useRequestLog } from './plugins/request-log.js';
import { useOperationTracing } from './plugins/tracing.js';
import { chooseRequestId, requestIdOf } from './request-id.js';
import { corsFromAllowList } from './cors.js';
import { boundedDocumentCache } from './document-cache.js';
import { securityPlugins, type SecurityOptions } from './security.js';

/** What the server hands yoga for each request: an HTTP request, or a WebSocket's authenticated principal. */
export interface ServerContext {
  request?: Request;
  principal?: Principal;
  requestId?: string;
}

export interface YogaOptions {
  tenants: ReadonlyMap<string, Tenant>;
  services: GatewayServices;
  keys: () => ApiKeyIndex;
  logger: Logger;
  graphiql: boolean;
  /** Headers GraphiQL starts with (the demo key in sandbox mode). */
  graphiqlHeaders?: Record<string, string>;
  maxRequestBytes: number;
  /** Deadline of a query or mutation, in ms; provider calls never outlive it. None when absent. */
  requestTimeoutMs?: number;
  /** Request counts and durations go here. */
  metrics?: GatewayMetrics;
  /** Query limits, introspection, suggestions, persisted operations, CSRF. */
  security?: SecurityOptions;
  /** Browser origins CORS lets in; none when empty. */
  corsOrigins?: readonly string[];
}

/** The yoga instance: schema, auth, error formatting; one per process. */
export function createGatewayYoga(options: YogaOptions): YogaServerInstance<ServerContext, GraphQLContext> {
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maxRequestBodySize: options.maxRequestBytes,
    cors: corsFromAllowList(options.corsOrigins ?? []),
    extraParamNames: ['documentId'],
    parserAndValidationCache: { documentCache: boundedDocumentCache(), errorCache: boundedDocumentCache() },
    graphiql: options.graphiql ? graphiqlOptions(options.graphiqlHeaders) : false,
    renderGraphiQL,
    logging: {
      debug: (...args) => options.logger.debug({ yoga: args.map(String) }, 'yoga'),
      info: (...args) => options.logger.info({ yoga: args.map(String) }, 'yoga'),
      warn: (...args) => options.logger.warn({ yoga: args.map(String) }, 'yoga'),
      error: (...args) => options.logger.error({ yoga: args.map(String) }, 'yoga'),
    },
    maskedErrors: { maskError: (error) => toGraphQLError(error, 'unknown') },
    plugins: [
      useRequestLog(options.logger),
      ...(options.metrics ? [useGraphQLMetrics(options.metrics)] : []),
      useRequestId(),
      useOperationTracing(),
      useApiKeyAuth(options.keys),
      ...(options.security ? securityPlugins(options.security) : []),
      usePartialErrors(),
      useSseEventIds(),
    ],
    context: (initial): GraphQLContext => {
      const principal = initial.principal ?? (initial.request ? principals.get(initial.request) : undefined);
      const tenant = principal ? options.tenants.get(principal.tenantId) : undefined;
      if (!tenant || !principal) throw new Error('request reached GraphQL without an authenticated tenant');
      const requestId = initial.requestId ?? (initial.request ? requestIdOf(initial.request) : chooseRequestId(null));
      const signal = initial.request?.signal;
      // Streams (SSE, WebSocket) outlive any one deadline; their provider calls keep the per-account budget.
      const streaming = !initial.request || initial.request.headers.get('accept')?.includes('text/event-stream');
      const deadline = options.requestTimeoutMs && !streaming ? Date.now() + options.requestTimeoutMs : undefined;
      return {
        gateway: new RequestGateway(
          tenant,
          { requestId, ...(signal ? { signal } : {}), ...(deadline ? { deadline } : {}) },
          options.services,
          initial.request?.headers.get('idempotency-key') ?? null,
        ),
        requestId,
        partialErrors: [],
        resumeFrom: initial.request?.headers.get('last-event-id') ?? null,
        principal,
      };
    },
  });
}
