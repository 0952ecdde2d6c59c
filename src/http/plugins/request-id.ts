import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../../../schema/context.js';
import { requestIdOf } from '../request-id.js';

/**
 * Every error a client receives carries `extensions.requestId` (parse and validation errors, variable
 * errors, errors inside subscription streams too), and every HTTP answer an `x-request-id` header:
 * the key to the request's log lines and provider calls.
 */
export function useRequestId(): Plugin<GraphQLContext> {
  const tagStream = <T extends ExecutionResult>(result: T | AsyncIterable<T>, requestId: string) =>
    isAsyncIterable(result) ? mapAsyncIterator(result, (value) => tagResult(value, requestId)) : undefined;
  return {
    onExecute({ args }) {
      const { requestId } = args.contextValue as GraphQLContext;
      return {
        onExecuteDone({ result, setResult }) {
          if (!isAsyncIterable(result)) setResult(tagResult(result, requestId));
        },
      };
    },
    onSubscribe({ args }) {
      const { requestId } = args.contextValue as GraphQLContext;
      return {
        onSubscribeResult({ result, setResult }) {
          setResult(tagStream(result, requestId) ?? tagResult(result as ExecutionResult, requestId));
        },
      };
    },
    onResultProcess({ request, result, setResult }) {
      const requestId = requestIdOf(request);
      if (isAsyncIterable(result)) setResult(mapAsyncIterator(result, (value) => tagResult(value, requestId)));
      else if (Array.isArray(result)) setResult(result.map((value) => tagResult(value, requestId)));
      else setResult(tagResult(result, requestId));
    },
    onResponse({ request, response }) {
      if (!response.headers.has('x-request-id')) response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}

/** What yoga's own error mask writes when it has no request at hand; replaced like a missing id. */
const PLACEHOLDER = 'unknown';

function lacksRequestId(error: GraphQLError): boolean {
  const id = error.extensions?.['requestId'];
  return id === undefined || id === PLACEHOLDER;
}

/** The result with `requestId` added to each error that lacks one (errors may be shared, so they are copied). */
function tagResult<T extends ExecutionResult>(result: T, requestId: string): T {
  if (!result.errors?.some(lacksRequestId)) return result;
  return { ...result, errors: result.errors.map((error) => tagError(error, requestId)) };
}

/** The error with `extensions.requestId` (a copy; the error itself may be shared). */
export function tagError(error: GraphQLError, requestId: string): GraphQLError {
  if (!lacksRequestId(error)) return error;
  const extensions = { ...error.extensions, requestId };
  return createGraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    extensions,
  });
}
