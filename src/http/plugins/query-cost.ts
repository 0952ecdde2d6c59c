import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { QUERY_LIMIT_EXCEEDED } from './limit-rejection.js';

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, during validation (so before any provider
 * call). Costs come from the schema: 1 per field, lists x10, and what fields that call providers declare
 * (`complexity` on the field; the campaign list costs per requested item).
 */
export function useQueryCost(maxCost: number): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const params = (context as { params?: Partial<GraphQLParams> }).params;
      addValidationRule(
        createComplexityRule({
          context,
          variableValues: params?.variables ?? {},
          operationName: params?.operationName ?? null,
          validate: ({ complexity }, reportError) => {
            if (complexity <= maxCost) return;
            reportError(
              new GraphQLError(`Query cost ${complexity} exceeds the limit of ${maxCost}.`, {
                extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'cost', cost: complexity, maxCost },
              }),
            );
          },
        }),
      );
    },
  };
}
