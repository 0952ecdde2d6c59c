import { GraphQLError } from 'graphql';
import {
  DomainError,
  ForbiddenError,
  ProviderError,
  ProviderRateLimitedError,
  ValidationError,
} from '../src/domain/errors.js';

/**
 * Turns any error into what a client may see: domain errors keep their message and gain a stable
 * `extensions.code` (plus provider, account, retryAfter); anything unexpected becomes a masked error
 * that carries only the request id, so the log line can be found.
 */
export function toGraphQLError(error: unknown, requestId: string): GraphQLError {
  const original = isGraphQLError(error) && error.originalError ? error.originalError : error;
  if (original instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: original.code, requestId };
    if (original instanceof ProviderError) {
      extensions['provider'] = original.account.provider;
      extensions['account'] = original.account.account;
    }
    if (original instanceof ProviderRateLimitedError && original.retryAfterSeconds !== null) {
      extensions['retryAfter'] = original.retryAfterSeconds;
    }
    if (original instanceof ValidationError) extensions['fields'] = original.issues;
    if (original instanceof ForbiddenError) extensions['scope'] = original.scope;
    return new GraphQLError(original.message, {
      ...(isGraphQLError(error) ? { nodes: error.nodes, path: error.path, source: error.source } : {}),
      extensions,
    });
  }
  if (isGraphQLError(error) && !error.originalError) return error;
  return new GraphQLError('Unexpected error.', {
    ...(isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

/** True for a GraphQLError of any loaded copy of graphql-js (a test runner may load two). */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || Object.prototype.toString.call(error) === '[object GraphQLError]';
}
