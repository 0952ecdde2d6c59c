import type { z } from 'zod';
import type { AccountRef, ProviderId } from '../src/domain/provider.js';
import type { UpstreamClient } from '../src/upstream/client.js';
import type { ProviderAdapter } from './port.js';

/** How the registry builds one provider's adapters: its credential schema and a constructor. */
export interface AdapterFactory<Credentials> {
  provider: ProviderId;
  /** Validated at config load, so a bad credential names its config key. */
  credentials: z.ZodType<Credentials, unknown>;
  create(parts: { account: AccountRef; credentials: Credentials; http: UpstreamClient }): ProviderAdapter;
}
