import DataLoader from 'dataloader';
import type { Campaign, CampaignRef } from '../domain/campaign.js';
import { encodeRef } from '../domain/ids.js';
import type { CallContext } from '../upstream/types.js';
import type { Tenant } from './tenants.js';

/** Per-request loaders: batched by provider account, cached only for the request's lifetime. */
export interface Loaders {
  campaign: DataLoader<CampaignRef, Campaign | null, string>;
}

/** Creates the loaders for one request of one tenant. */
export function createLoaders(tenant: Tenant, context: CallContext): Loaders {
  return {
    campaign: new DataLoader<CampaignRef, Campaign | null, string>((refs) => loadCampaigns(tenant, refs, context), {
      cacheKeyFn: encodeRef,
    }),
  };
}

async function loadCampaigns(tenant: Tenant, refs: readonly CampaignRef[], context: CallContext) {
  const byAccount = new Map<string, string[]>();
  for (const ref of refs) {
    const ids = byAccount.get(ref.account) ?? [];
    ids.push(ref.providerId);
    byAccount.set(ref.account, ids);
  }
  const results = new Map<string, Map<string, Campaign> | Error>();
  await Promise.all(
    [...byAccount].map(async ([accountId, ids]) => {
      const adapter = tenant.accounts.get(accountId);
      if (!adapter) return results.set(accountId, new Map());
      try {
        results.set(accountId, await adapter.getCampaigns(ids, context));
      } catch (error) {
        results.set(accountId, error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );
  return refs.map((ref) => {
    const found = results.get(ref.account);
    if (found instanceof Error) return found;
    const adapter = tenant.accounts.get(ref.account);
    if (adapter?.account.provider !== ref.provider) return null;
    return found?.get(ref.providerId) ?? null;
  });
}
