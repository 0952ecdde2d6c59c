import { createHash } from 'node:crypto';
import type { TenantConfig } from '../config.js';
import type { Scope } from './scopes.js';

/** Who is calling: the tenant and the key's scopes. */
export interface Principal {
  tenantId: string;
  keyId: string;
  scopes: ReadonlySet<Scope>;
  /** The key may only run persisted operations. */
  persistedOnly: boolean;
}

/** Hex SHA-256 of an API key, as stored in config. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Finds API keys by their SHA-256 digest, so the keys themselves are never held in memory or config. */
export class ApiKeyIndex {
  private readonly byHash = new Map<string, Principal>();

  constructor(tenants: readonly TenantConfig[]) {
    for (const tenant of tenants) {
      for (const key of tenant.apiKeys) {
        this.byHash.set(key.sha256, {
          tenantId: tenant.id,
          keyId: key.id,
          scopes: new Set(key.scopes),
          persistedOnly: key.persistedOnly,
        });
      }
    }
  }

  /** The principal of a presented key, or undefined for an unknown key. */
  authenticate(presented: string): Principal | undefined {
    return this.byHash.get(hashApiKey(presented));
  }
}

/** Reads a bearer token from an Authorization header value. */
export function bearerToken(header: string | null | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
