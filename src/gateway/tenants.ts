import { ADAPTER_FACTORIES } from '../../adapters/registry.js';
import type { ProviderAdapter } from '../../adapters/port.js';
import { credentialsKey, type GatewayConfig, type TenantConfig } from '../config.js';
import { UpstreamClient, type UpstreamClientOptions } from '../upstream/client.js';
import type { UpstreamCallHook } from '../upstream/types.js';

/** A tenant at run time: its config and one adapter per configured provider account. */
export interface Tenant {
  id: string;
  name: string;
  config: TenantConfig;
  /** Account id -> adapter; every call for this tenant goes through these, with its own credentials. */
  accounts: ReadonlyMap<string, ProviderAdapter>;
}

/** Builds every tenant's adapters from validated config. */
export function buildTenants(
  config: GatewayConfig,
  onCall: UpstreamCallHook,
  clientOptions: UpstreamClientOptions = {},
): Map<string, Tenant> {
  const tenants = new Map<string, Tenant>();
  for (const tenant of config.tenants) {
    const accounts = new Map<string, ProviderAdapter>();
    for (const account of tenant.accounts) {
      const factory = ADAPTER_FACTORIES[account.provider];
      if (!factory) throw new Error(`no adapter for ${account.provider}`);
      const ref = { provider: account.provider, account: account.id };
      const http = new UpstreamClient(ref, account, onCall, clientOptions);
      const credentials = config.credentials.get(credentialsKey(tenant.id, account.id));
      accounts.set(account.id, factory.create({ account: ref, credentials, http }));
    }
    tenants.set(tenant.id, { id: tenant.id, name: tenant.name, config: tenant, accounts });
  }
  return tenants;
}

/** Closes every adapter's sockets. */
export async function closeTenants(tenants: Map<string, Tenant>): Promise<void> {
  await Promise.all([...tenants.values()].flatMap((tenant) => [...tenant.accounts.values()].map((a) => a.close())));
}
