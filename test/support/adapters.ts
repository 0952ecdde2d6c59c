import type { ProviderAdapter } from '../../adapters/port.js';
import { ADAPTER_FACTORIES } from '../../adapters/registry.js';
import type { ProviderId } from '../../src/domain/provider.js';
import { UpstreamClient } from '../../src/upstream/client.js';
import { DEFAULT_TIMEOUTS, type UpstreamCall, type UpstreamTimeouts } from '../../src/upstream/types.js';

/** Builds a real adapter (through the registry, as the gateway does) pointed at a simulator URL. */
export function adapterFor(
  provider: ProviderId,
  baseUrl: string,
  credentials: Record<string, string>,
  options: { timeouts?: Partial<UpstreamTimeouts>; maxBodyBytes?: number; calls?: UpstreamCall[] } = {},
): ProviderAdapter {
  const factory = ADAPTER_FACTORIES[provider];
  if (!factory) throw new Error(`no adapter for ${provider}`);
  const account = { provider, account: `${provider}-test` };
  const http = new UpstreamClient(
    account,
    {
      baseUrl,
      timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
      connections: 4,
      maxBodyBytes: options.maxBodyBytes ?? 5_000_000,
    },
    (call) => options.calls?.push(call),
  );
  return factory.create({ account, credentials: factory.credentials.parse(credentials), http });
}
