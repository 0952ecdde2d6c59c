import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, type ASTVisitor, type ValidationRule } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { QUERY_LIMIT_EXCEEDED } from './limit-rejection.js';

type EnterLeave = { enter?: (...args: unknown[]) => unknown; leave?: (...args: unknown[]) => unknown };

/** Runs a rule whose visitor may throw a GraphQLError (a bad argument) as an ordinary validation error. */
function reportingThrows(rule: ValidationRule): ValidationRule {
  return (context) => {
    const visitor = rule(context) as Record<string, EnterLeave | ((...args: unknown[]) => unknown)>;
    const guard =
      (fn: ((...args: unknown[]) => unknown) | undefined) =>
      (...args: unknown[]) => {
        try {
          return fn?.(...args);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          context.reportError(error);
          return false;
        }
      };
    const guarded: Record<string, EnterLeave> = {};
    for (const [kind, hooks] of Object.entries(visitor)) {
      guarded[kind] =
        typeof hooks === 'function'
          ? { enter: guard(hooks) }
          : { enter: guard(hooks.enter), leave: guard(hooks.leave) };
    }
    return guarded as ASTVisitor;
  };
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, during validation (so before any provider
 * call). Costs come from the schema: 1 per field, lists and connections times their size, and what fields
 * that call providers declare with `complexity` (schema/cost.ts).
 */
export function useQueryCost(maxCost: number): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const params = (context as { params?: Partial<GraphQLParams> }).params;
      const rule = createComplexityRule({
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
      });
      addValidationRule(reportingThrows(rule));
    },
  };
}
