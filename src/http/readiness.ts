import type { Tenant } from '../gateway/tenants.js';
import type { KeyValueStore } from '../store/port.js';
import { pathOf, type HttpRoute } from './route.js';

export interface ReadinessSources {
  tenants: ReadonlyMap<string, Tenant>;
  store: KeyValueStore;
  /** Where shared state lives: "redis" makes the store's answer decide readiness. */
  storeKind: 'memory' | 'redis';
}

/** What /readyz answers: the verdict and each check. */
export interface Readiness {
  status: 'ready' | 'unready';
  checks: { config: 'loaded'; store: { kind: 'memory' | 'redis'; reachable: boolean } };
  /** Each provider account's circuit; an open one degrades that provider but does not make the instance unready. */
  accounts: { tenant: string; provider: string; account: string; circuit: string }[];
}

/**
 * GET /readyz: 200 when this instance can serve (config loaded, Redis answering when configured), 503
 * otherwise; the body lists every account's circuit state. Cheap: one PING, shared by concurrent probes.
 */
export function createReadinessRoute(sources: ReadinessSources): HttpRoute {
  let inFlight: Promise<boolean> | null = null;
  const storeReachable = (): Promise<boolean> => {
    inFlight ??= sources.store
      .ready()
      .catch(() => false)
      .finally(() => (inFlight = null));
    return inFlight;
  };
  return (req, res) => {
    if (pathOf(req) !== '/readyz') return false;
    void storeReachable().then((reachable) => {
      const readiness = evaluate(sources, reachable);
      res
        .writeHead(readiness.status === 'ready' ? 200 : 503, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
        })
        .end(JSON.stringify(readiness));
    });
    return true;
  };
}

function evaluate(sources: ReadinessSources, reachable: boolean): Readiness {
  const accounts: Readiness['accounts'] = [];
  for (const tenant of sources.tenants.values()) {
    for (const adapter of tenant.accounts.values()) {
      accounts.push({
        tenant: tenant.id,
        provider: adapter.account.provider,
        account: adapter.account.account,
        circuit: adapter.health?.().state ?? 'UNKNOWN',
      });
    }
  }
  return {
    status: reachable ? 'ready' : 'unready',
    checks: { config: 'loaded', store: { kind: sources.storeKind, reachable } },
    accounts,
  };
}
