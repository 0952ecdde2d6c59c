import DataLoader from 'dataloader';
import type { Campaign, CampaignRef } from '../domain/campaign.js';
import { encodeRef } from '../domain/ids.js';
import type { Contact } from '../domain/konigle.js';
import { encodeRunRef, type Run, type RunPage, type RunRef } from '../domain/run.js';
import type { CampaignContent } from '../domain/sessionm.js';
import type { CallContext } from '../upstream/types.js';
import type { Tenant } from './tenants.js';

/** A contact's reference: provider account and the provider's id. */
export interface ContactKey {
  provider: 'konigle';
  account: string;
  providerId: string;
}

/** One page of one campaign's runs. */
export interface RunPageKey {
  campaign: CampaignRef;
  first: number;
  after: string | null;
}

/**
 * Per-request loaders: batched by provider account (one batch call where the provider has one, else one
 * call per distinct key), cached only for the request's lifetime.
 */
export interface Loaders {
  campaign: DataLoader<CampaignRef, Campaign | null, string>;
  /** SessionM behaviors and offers of a campaign (null when the account cannot read them). */
  campaignContent: DataLoader<CampaignRef, CampaignContent | null, string>;
  /** A page of a campaign's runs (no provider lists runs of several campaigns at once). */
  runPage: DataLoader<RunPageKey, RunPage | null, string>;
  /** One run, re-read. */
  run: DataLoader<RunRef, Run | null, string>;
  contact: DataLoader<ContactKey, Contact | null, string>;
}

/** Creates the loaders for one request of one tenant. */
export function createLoaders(tenant: Tenant, context: CallContext): Loaders {
  const run = new DataLoader<RunRef, Run | null, string>((refs) => loadRuns(tenant, refs, context), {
    cacheKeyFn: encodeRunRef,
  });
  return {
    campaign: new DataLoader<CampaignRef, Campaign | null, string>((refs) => loadCampaigns(tenant, refs, context), {
      cacheKeyFn: encodeRef,
    }),
    campaignContent: new DataLoader<CampaignRef, CampaignContent | null, string>(
      (refs) => loadContents(tenant, refs, context),
      { cacheKeyFn: encodeRef },
    ),
    runPage: new DataLoader<RunPageKey, RunPage | null, string>(
      async (keys) => {
        const pages = await loadRunPages(tenant, keys, context);
        // A run read on a page is the same object `node(id)` would read again.
        for (const page of pages) if (page && !(page instanceof Error)) for (const r of page.runs) run.prime(r, r);
        return pages;
      },
      { cacheKeyFn: (key) => JSON.stringify([encodeRef(key.campaign), key.first, key.after]) },
    ),
    run,
    contact: new DataLoader<ContactKey, Contact | null, string>((refs) => loadContacts(tenant, refs, context), {
      cacheKeyFn: encodeRef,
    }),
  };
}

/** Groups keys by provider account, keeping only those the tenant has with the same provider. */
function byAccount<K extends CampaignRef>(tenant: Tenant, refs: readonly K[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const ref of refs) {
    if (tenant.accounts.get(ref.account)?.account.provider !== ref.provider) continue;
    const ids = groups.get(ref.account) ?? [];
    ids.push(ref.providerId);
    groups.set(ref.account, ids);
  }
  return groups;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** One batch read per account; a failed account fails only its own keys. */
async function perAccount<K extends CampaignRef, V>(
  tenant: Tenant,
  refs: readonly K[],
  read: (accountId: string, ids: string[]) => Promise<Map<string, V | Error>>,
): Promise<(V | null | Error)[]> {
  const results = new Map<string, Map<string, V | Error> | Error>();
  await Promise.all(
    [...byAccount(tenant, refs)].map(async ([accountId, ids]) => {
      results.set(accountId, await read(accountId, ids).catch(asError));
    }),
  );
  return refs.map((ref) => {
    const found = results.get(ref.account);
    if (found instanceof Error) return found;
    return found?.get(ref.providerId) ?? null;
  });
}

function loadCampaigns(tenant: Tenant, refs: readonly CampaignRef[], context: CallContext) {
  return perAccount<CampaignRef, Campaign>(
    tenant,
    refs,
    (accountId, ids) => tenant.accounts.get(accountId)?.getCampaigns(ids, context) ?? Promise.resolve(new Map()),
  );
}

/** Behaviors and offers: one batched read per SessionM account; other providers have none (empty). */
function loadContents(tenant: Tenant, refs: readonly CampaignRef[], context: CallContext) {
  return perAccount<CampaignRef, CampaignContent | null>(tenant, refs, async (accountId, ids) => {
    const operations = tenant.accounts.get(accountId)?.sessionm;
    if (!operations) return new Map(ids.map((id) => [id, { behaviors: [], offers: [] }]));
    return operations.campaignContents(ids, context);
  });
}

/** Runs pages: one call per distinct campaign and page, in parallel (no provider has a batch read). */
function loadRunPages(tenant: Tenant, keys: readonly RunPageKey[], context: CallContext) {
  return Promise.all(
    keys.map(async (key): Promise<RunPage | null | Error> => {
      const adapter = tenant.accounts.get(key.campaign.account);
      if (!adapter?.runs || adapter.account.provider !== key.campaign.provider) return null;
      const query = { limit: key.first, cursor: key.after };
      return adapter.runs.listRuns(key.campaign.providerId, query, context).catch(asError);
    }),
  );
}

/** Runs by reference: one call per distinct run (no provider has a batch read of runs). */
function loadRuns(tenant: Tenant, refs: readonly RunRef[], context: CallContext) {
  return Promise.all(
    refs.map(async (ref): Promise<Run | null | Error> => {
      const adapter = tenant.accounts.get(ref.account);
      if (!adapter?.runs || adapter.account.provider !== ref.provider) return null;
      return adapter.runs.getRun(ref.providerId, ref.runId, context).catch(asError);
    }),
  );
}

/** Contacts: one `getContacts` per account (the adapter reads each distinct id once). */
function loadContacts(tenant: Tenant, refs: readonly ContactKey[], context: CallContext) {
  return perAccount<ContactKey, Contact>(tenant, refs, (accountId, ids) => {
    const operations = tenant.accounts.get(accountId)?.konigle;
    return operations ? operations.getContacts(ids, context) : Promise.resolve(new Map());
  });
}
