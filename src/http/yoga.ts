import { randomUUID } from 'node:crypto';
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
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The yoga instance: schema, auth, error formatting; one per process. */
export function createGatewayYoga(options: YogaOptions): YogaServerInstance<ServerContext, GraphQLContext> {
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maxRequestBodySize: options.maxRequestBytes,
    graphiql: options.graphiql ? graphiqlOptions(options.graphiqlHeaders) : false,
    renderGraphiQL,
    logging: {
      debug: (...args) => options.logger.debug({ yoga: args.map(String) }, 'yoga'),
      info: (...args) => options.logger.info({ yoga: args.map(String) }, 'yoga'),
      warn: (...args) => options.logger.warn({ yoga: args.map(String) }, 'yoga'),
      error: (...args) => options.logger.error({ yoga: args.map(String) }, 'yoga'),
    },
    maskedErrors: { maskError: (error) => toGraphQLError(error, 'unknown') },
    plugins: [useApiKeyAuth(options.keys), usePartialErrors(), useSseEventIds()],
    context: (initial): GraphQLContext => {
      const principal = initial.principal ?? (initial.request ? principals.get(initial.request) : undefined);
      const tenant = principal ? options.tenants.get(principal.tenantId) : undefined;
      if (!tenant) throw new Error('request reached GraphQL without an authenticated tenant');
      const presented = initial.requestId ?? initial.request?.headers.get('x-request-id') ?? '';
      const requestId = REQUEST_ID.test(presented) ? presented : randomUUID();
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
      };
    },
  });
}
