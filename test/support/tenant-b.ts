import { startSandboxes, type Sandboxes } from '../../sandbox/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { hashApiKey } from '../../src/auth/api-keys.js';
import type { Scope } from '../../src/auth/scopes.js';
import { sandboxTenant } from '../../src/sandbox-mode.js';

/** Tenant B's key in two-tenant gateways. */
export const TEST_API_KEY_B = 'test-key-tenant-b';

/** A further API key of tenant A, with only some scopes (or persisted operations only). */
export interface ExtraApiKey {
  id: string;
  key: string;
  scopes: Scope[];
  persistedOnly?: boolean;
}

/** Config entries of extra keys (hashed, as config holds them). */
export function apiKeyEntries(keys: readonly ExtraApiKey[]) {
  return keys.map((key) => ({
    id: key.id,
    sha256: hashApiKey(key.key),
    scopes: key.scopes,
    ...(key.persistedOnly ? { persistedOnly: true } : {}),
  }));
}

/** A second tenant on its own simulators (other data), with its own account ids; polling off. */
export async function startTenantB(seedCampaigns: number): Promise<{ sandboxes: Sandboxes; entry: TenantEntry }> {
  const sandboxes = await startSandboxes({ clock: () => createClock({ mode: 'manual' }), seedCampaigns });
  const base = sandboxTenant(
    sandboxes,
    { id: 'tenant-b', name: 'Tenant B', apiKey: TEST_API_KEY_B },
    { polling: false },
  );
  const entry = {
    ...base,
    accounts: base.accounts.map((account) => ({ ...account, id: account.id.replace(/-demo$/, '-b') })),
  };
  return { sandboxes, entry };
}

type TenantEntry = ReturnType<typeof sandboxTenant>;
