import type { Plugin } from 'graphql-yoga';
import { isAsyncIterable } from 'graphql-yoga';
import { toGraphQLError } from '../../../schema/error-format.js';
import type { GraphQLContext } from '../../../schema/context.js';

/**
 * Formats execution errors once (domain errors keep a code, anything else is masked with the request
 * id) and appends the per-provider errors of partial results, so data and errors arrive together.
 */
export function usePartialErrors(): Plugin<GraphQLContext> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (isAsyncIterable(result)) return;
          const context = args.contextValue as GraphQLContext;
          const errors = [...(result.errors ?? []).map((error) => toGraphQLError(error, context.requestId))];
          errors.push(...context.partialErrors);
          if (errors.length > 0) setResult({ ...result, errors });
        },
      };
    },
  };
}
