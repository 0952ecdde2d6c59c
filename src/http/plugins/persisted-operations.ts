import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { principals } from './auth.js';

/** Operations registered by hash: sha256 of the document text -> the document. */
export type PersistedOperations = ReadonlyMap<string, string>;

/** The operation id of a request: `extensions.persistedQuery.sha256Hash` (APQ) or a top-level `documentId`. */
function operationId(params: GraphQLParams & { documentId?: unknown }): string | null {
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (typeof persisted?.sha256Hash === 'string') return persisted.sha256Hash;
  if (typeof params.documentId === 'string') return params.documentId.replace(/^sha256:/, '');
  return null;
}

/**
 * Runs registered operations sent by hash, for any key; keys flagged `persistedOnly` may send nothing
 * else (a document in `query` answers PERSISTED_QUERY_ONLY, an unknown hash PERSISTED_QUERY_NOT_FOUND).
 */
export function usePersistedOperationsAllowList(operations: () => PersistedOperations): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: (request) => principals.get(request)?.persistedOnly !== true,
    extractPersistedOperationId: (params) => operationId(params),
    getPersistedOperation: (id) => operations().get(id) ?? null,
    customErrors: {
      notFound: {
        message: 'No persisted operation has this id.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message: 'This API key may only run persisted operations: send extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
      keyNotFound: {
        message: 'Send `query`, or a persisted operation id.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
