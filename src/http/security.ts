import type { Plugin } from 'graphql-yoga';
import { useCsrfPrevention } from './plugins/csrf.js';
import { useNoFieldSuggestions } from './plugins/field-suggestions.js';
import { useNoIntrospection } from './plugins/introspection.js';
import { useMaxAliases } from './plugins/max-aliases.js';
import { useMaxDepth } from './plugins/max-depth.js';
import { useMaxDirectives } from './plugins/max-directives.js';
import { useMaxTokens } from './plugins/max-tokens.js';
import { usePersistedOperationsAllowList, type PersistedOperations } from './plugins/persisted-operations.js';
import { useQueryCost } from './plugins/query-cost.js';

/** Per-document limits; each violation is refused before anything executes. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/** What the gateway hardens GraphQL with (from `server` config). */
export interface SecurityOptions {
  limits: QueryLimits;
  introspection: boolean;
  fieldSuggestions: boolean;
  /** The persisted-operation manifest in force (it changes on config reload). */
  persistedOperations: () => PersistedOperations;
}

/** The yoga plugins of the security layer, in the order they must run. */
export function securityPlugins(options: SecurityOptions): Plugin[] {
  const { limits } = options;
  return [
    useCsrfPrevention(),
    usePersistedOperationsAllowList(options.persistedOperations),
    useMaxTokens(limits.maxTokens),
    useMaxDepth(limits.maxDepth),
    useMaxAliases(limits.maxAliases),
    useMaxDirectives(limits.maxDirectives),
    useQueryCost(limits.maxCost),
    ...(options.introspection ? [] : [useNoIntrospection()]),
    ...(options.fieldSuggestions ? [] : [useNoFieldSuggestions()]),
  ];
}
