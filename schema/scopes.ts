import { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import type { Scope } from '../src/auth/scopes.js';
import { ForbiddenError } from '../src/domain/errors.js';

/** A scope requirement as fields declare it: `{ scope: 'campaigns:read' }`, nested with `$all` for several. */
export interface ScopeRequirement {
  scope: Scope;
  $all?: ScopeRequirement;
}

/** Which scope reading a Node type through `node(id)` / `nodes(ids)` needs. */
const NODE_SCOPES = new Map<string, Scope>([
  ['Campaign', 'campaigns:read'],
  ['Contact', 'contacts:read'],
]);

/** Declares the scope `node(id)` needs for a Node type (e.g. `registerNodeScope('Contact', 'contacts:read')`). */
export function registerNodeScope(typename: string, scope: Scope): void {
  NODE_SCOPES.set(typename, scope);
}

/** Every scope the given Node types need; an unknown type needs `campaigns:read` (and then resolves to null). */
export function nodeScopes(typenames: readonly string[]): ScopeRequirement {
  const scopes = [...new Set(typenames.map((name) => NODE_SCOPES.get(name) ?? 'campaigns:read'))];
  const [first = 'campaigns:read', ...rest] = scopes;
  return rest.reduceRight<ScopeRequirement>((inner, scope) => ({ scope, $all: inner }), { scope: first });
}

/** The first scope a failed check asked for, so the error can name it. */
function missingScope(failure: AuthFailure): string | undefined {
  if (failure.kind === AuthScopeFailureType.AuthScope && failure.scope === 'scope') return String(failure.parameter);
  if (failure.kind === AuthScopeFailureType.AllAuthScopes || failure.kind === AuthScopeFailureType.AnyAuthScopes) {
    for (const child of failure.failures) {
      const scope = missingScope(child);
      if (scope) return scope;
    }
  }
  return undefined;
}

/** The typed error a field answers when the API key lacks its scope. */
export function forbidden(failure: AuthFailure): ForbiddenError {
  return new ForbiddenError(missingScope(failure) ?? 'unknown');
}
