import { GraphQLError, type DocumentNode } from 'graphql';
import type { Principal } from '../auth/api-keys.js';
import { operationHash } from './persisted-manifest.js';
import type { PersistedOperations } from './plugins/persisted-operations.js';

/** A graphql-ws `subscribe` payload, as the protocol defines it. */
export interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

/**
 * The document a WebSocket operation runs: the persisted one its `extensions.persistedQuery.sha256Hash`
 * names, or its `query`; keys flagged `persistedOnly` may only run registered documents, as over HTTP.
 */
export function wsOperationText(
  payload: SubscribePayload,
  principal: Principal | undefined,
  operations: PersistedOperations,
): string | GraphQLError {
  const persisted = (payload.extensions?.['persistedQuery'] as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  if (typeof persisted === 'string') {
    return (
      operations.get(persisted) ??
      new GraphQLError('No persisted operation has this id.', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })
    );
  }
  if (principal?.persistedOnly && !operations.has(operationHash(payload.query))) {
    return new GraphQLError(
      'This API key may only run persisted operations: send extensions.persistedQuery.sha256Hash.',
      {
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
    );
  }
  return payload.query;
}

/** Parses with the enveloped (token-limited) parser; a syntax error is returned, never thrown at the socket. */
export function parseOrError(parse: (source: string) => DocumentNode, text: string): DocumentNode | GraphQLError {
  try {
    return parse(text);
  } catch (error) {
    return error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed.');
  }
}
