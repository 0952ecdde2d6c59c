import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { QUERY_LIMIT_EXCEEDED } from './limit-rejection.js';

type EnterLeave = { enter?: (...args: unknown[]) => unknown; leave?: (...args: unknown[]) => unknown };

/**
 * Runs the cost rule so that it never hides graphql-js's own errors: what it throws (a bad argument) is
 * reported, and its "Unknown field selected" is left to graphql-js's clearer message.
 */
function reportingThrows(rule: ValidationRule): ValidationRule {
  return (context) => {
    const quiet = Object.create(context, {
      reportError: {
        value: (error: GraphQLError) => {
          if (!error.message.startsWith('Unknown field selected')) context.reportError(error);
        },
      },
    }) as ValidationContext;
    const visitor = rule(quiet) as Record<string, EnterLeave | ((...args: unknown[]) => unknown)>;
    const guard =
      (fn: ((...args: unknown[]) => unknown) | undefined) =>
      (...args: unknown[]) => {
        try {
          return fn?.(...args);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          quiet.reportError(error);
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
 * Refuses an operation whose estimated cost exceeds `maxCost`, right after validation (so before any
 * provider call) and on every request: a cached validation result knows nothing of the variables.
 * Costs: 1 per field, lists and connections times their size, and what fields that call providers
 * declare with `complexity` (schema/cost.ts).
 */
export function useQueryCost(maxCost: number): Plugin {
  return {
    onValidate({ context, params: { schema, documentAST } }) {
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
      // After validation, cached or not: the cost depends on this request's variables, not only the document.
      return ({ valid, result, setResult }) => {
        if (!valid) return;
        const errors = validate(schema, documentAST, [reportingThrows(rule)]);
        if (errors.length === 0) return;
        for (const error of errors) (error.extensions as Record<string, unknown>)['http'] = { spec: true, status: 400 };
        setResult([...result, ...errors]);
      };
    },
  };
}
