import { GraphQLError, type ValidationContext } from 'graphql';

/** The error code of every query-limit violation (depth, aliases, tokens, directives, cost). */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

/**
 * graphql-armor options that report a violation as an ordinary validation error instead of throwing
 * out of `validate()`: the answer is then HTTP 400 (graphql-response+json) and the other validation
 * errors are kept.
 */
export function reportedAsValidationError(limit: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const rejection = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: QUERY_LIMIT_EXCEEDED, limit },
        });
        if (context) context.reportError(rejection);
        else throw rejection;
      },
    ],
  };
}
