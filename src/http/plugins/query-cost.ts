import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  GraphQLError,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
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

/** The longest variables-and-operation key whose passing cost check is remembered. */
const MAX_KEY_LENGTH = 2_048;
/** Passing keys remembered per document. */
const MAX_KEYS_PER_DOCUMENT = 64;

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, right after validation (so before any
 * provider call) and on every request: a cached validation result knows nothing of the variables.
 * Costs: 1 per field, lists and connections times their size, and what fields that call providers
 * declare with `complexity` (schema/cost.ts). The cost depends on the document, the operation and the
 * variables only, so a combination that passed once is not costed again.
 */
export function useQueryCost(maxCost: number): Plugin {
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    onValidate({ context, params: { schema, documentAST } }) {
      const params = (context as { params?: Partial<GraphQLParams> }).params;
      const variableValues = params?.variables ?? {};
      const operationName = params?.operationName ?? null;
      // After validation, cached or not: the cost depends on this request's variables, not only the document.
      return ({ valid, result, setResult }) => {
        if (!valid) return;
        const key = passKey(operationName, variableValues);
        const known = passed.get(documentAST);
        if (key !== null && known?.has(key)) return;
        const rule = createComplexityRule({
          context,
          variableValues,
          operationName,
          validate: ({ complexity }, reportError) => {
            if (complexity <= maxCost) return;
            reportError(
              new GraphQLError(`Query cost ${complexity} exceeds the limit of ${maxCost}.`, {
                extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'cost', cost: complexity, maxCost },
              }),
            );
          },
        });
        const errors = validate(schema, documentAST, [reportingThrows(rule)]);
        if (errors.length === 0) {
          if (key !== null) remember(passed, documentAST, key);
          return;
        }
        for (const error of errors) (error.extensions as Record<string, unknown>)['http'] = { spec: true, status: 400 };
        setResult([...result, ...errors]);
      };
    },
  };
}

/** What names one costing of a document; null when too long to keep. */
function passKey(operationName: string | null, variables: Record<string, unknown>): string | null {
  const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

function remember(passed: WeakMap<DocumentNode, Set<string>>, document: DocumentNode, key: string): void {
  let keys = passed.get(document);
  if (!keys) passed.set(document, (keys = new Set()));
  if (keys.size >= MAX_KEYS_PER_DOCUMENT) keys.clear();
  keys.add(key);
}
