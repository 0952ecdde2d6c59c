import type { ProviderAdapter } from '../adapters/port.js';
import { PROVIDER_NAMES } from '../src/domain/provider.js';
import { builder } from './builder.js';
import { CapabilityEnum, ProviderIdEnum } from './enums.js';

/** One provider account of the caller's tenant. */
const ProviderRef = builder.objectRef<ProviderAdapter>('Provider').implement({
  description: 'A provider account configured for your tenant, and what it can do.',
  fields: (t) => ({
    id: t.field({ type: ProviderIdEnum, resolve: (adapter) => adapter.account.provider }),
    name: t.string({ resolve: (adapter) => PROVIDER_NAMES[adapter.account.provider] }),
    account: t.string({ resolve: (adapter) => adapter.account.account }),
    capabilities: t.field({ type: [CapabilityEnum], resolve: (adapter) => [...adapter.capabilities] }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({
    type: [ProviderRef],
    description: 'Every provider account of your tenant.',
    resolve: (_root, _args, { gateway }) => [...gateway.tenant.accounts.values()],
  }),
);
