import type { ProviderAdapter } from '../adapters/port.js';
import { PROVIDER_NAMES } from '../src/domain/provider.js';
import type { UpstreamHealth } from '../src/upstream/types.js';
import { builder } from './builder.js';
import { CapabilityEnum, ProviderIdEnum } from './enums.js';

const CircuitStateEnum = builder.enumType('CircuitState', {
  description:
    'The circuit breaker of a provider account: CLOSED (calls pass), OPEN (calls fail fast), HALF_OPEN (one probe).',
  values: ['CLOSED', 'OPEN', 'HALF_OPEN'] as const,
});

/** How a provider account's connection is doing, from the gateway's side. */
const ProviderHealthRef = builder.objectRef<UpstreamHealth>('ProviderHealth').implement({
  description: "The gateway's view of a provider account: circuit state, last error and latency.",
  fields: (t) => ({
    state: t.expose('state', { type: CircuitStateEnum }),
    lastErrorCode: t.exposeString('lastErrorCode', { nullable: true }),
    lastLatencyMs: t.exposeInt('lastLatencyMs', { nullable: true }),
    openUntil: t.expose('openUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'While OPEN: when a single probe call will be let through.',
    }),
    rateLimitedUntil: t.expose('rateLimitedUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'The end of a pause the provider asked for (Retry-After); no calls are sent before it.',
    }),
  }),
});

/** One provider account of the caller's tenant. */
const ProviderRef = builder.objectRef<ProviderAdapter>('Provider').implement({
  description: 'A provider account configured for your tenant, and what it can do.',
  fields: (t) => ({
    id: t.field({ type: ProviderIdEnum, resolve: (adapter) => adapter.account.provider }),
    name: t.string({ resolve: (adapter) => PROVIDER_NAMES[adapter.account.provider] }),
    account: t.string({ resolve: (adapter) => adapter.account.account }),
    capabilities: t.field({ type: [CapabilityEnum], resolve: (adapter) => [...adapter.capabilities] }),
    health: t.field({ type: ProviderHealthRef, nullable: true, resolve: (adapter) => adapter.health?.() ?? null }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({
    authScopes: { scope: 'campaigns:read' },
    type: [ProviderRef],
    description: 'Every provider account of your tenant.',
    resolve: (_root, _args, { gateway }) => [...gateway.tenant.accounts.values()],
  }),
);
