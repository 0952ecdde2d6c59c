/**
 * Access: every root field (Query, Mutation, Subscription) declares the API-key scope it needs, in one line:
 *
 *     authScopes: { scope: 'campaigns:read' }   // campaigns:read | campaigns:write | campaigns:send
 *                                               // contacts:read | contacts:write
 *
 * - campaigns:read: reads of campaigns, providers, events; campaigns:write: lifecycle changes that neither cost
 *   money nor contact anyone (pause, cancel, edit); campaigns:send: anything that costs money or contacts people
 *   (send, start, resume, schedule, test messages, runs); contacts:read / contacts:write: contact data.
 * - Several scopes: `{ scope: 'campaigns:send', $all: { scope: 'contacts:read' } }` (all must hold).
 * - A Node type read through `node(id)`: `registerNodeScope('Contact', 'contacts:read')` (schema/scopes.ts).
 * - A missing scope answers ForbiddenError (code FORBIDDEN, `scope`): as a member of the field's result union
 *   when it has `errors`, else as a GraphQL error with extensions.code FORBIDDEN and extensions.scope.
 * - test/unit/scope-coverage.test.ts fails for a root field without a scope.
 *
 * Cost: fields that call a provider declare what they cost, e.g. `complexity: 20` (one extra call per
 * parent) or `complexity: (args) => ({ field: 10, multiplier: args.first ?? 20 })`; other fields cost 1 and
 * lists/connections multiply their selection by their size (schema/cost.ts). Limit: `server.limits.maxCost`.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Scope } from '../src/auth/scopes.js';
import { ForbiddenError } from '../src/domain/errors.js';
import type { GraphQLContext } from './context.js';
import { defaultFieldCost } from './cost.js';
import { forbidden, nodeScopes } from './scopes.js';

/** The one schema builder; every type file registers itself on it. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  AuthScopes: { scope: Scope };
  DefaultAuthStrategy: 'all';
}>({
  plugins: [ErrorsPlugin, ScopeAuthPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { authScopes: (_root, args) => nodeScopes([args.id.typename]) },
    nodesQueryOptions: { authScopes: (_root, args) => nodeScopes(args.ids.map((id) => id.typename)) },
    edgesFieldOptions: { complexity: { field: 0, multiplier: 1 } },
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    defaultStrategy: 'all',
    authScopes: (context) => ({ scope: (required) => context.principal.scopes.has(required) }),
    unauthorizedError: (_parent, _context, _info, result) => forbidden(result.failure),
  },
  complexity: { fieldComplexity: defaultFieldCost, disabled: true },
  errors: {
    defaultTypes: [ForbiddenError],
    defaultResultOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Success` },
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
  },
});

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
