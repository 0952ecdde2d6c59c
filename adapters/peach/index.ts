import { z } from 'zod';
import { secretString } from '../../src/domain/secret.js';
import type { AdapterFactory } from '../factory.js';
import { PeachAdapter } from './adapter.js';
import { PeachClient } from './client.js';

/** Peach account credentials: the `X-API-KEY` key and the company (`CP-…`) every path is scoped to. */
export const peachCredentials = z.object({
  apiKey: secretString,
  companyId: z.string().regex(/^[A-Z][A-Z0-9]-[A-Z0-9]+-[A-Z0-9]+$/, 'must be a Peach company id like CP-GDB3-G1JO'),
});

/** Builds Peach adapters from config. */
export const peachFactory: AdapterFactory<z.infer<typeof peachCredentials>> = {
  provider: 'peach',
  credentials: peachCredentials,
  create: ({ account, credentials, http }) =>
    new PeachAdapter(account, http, new PeachClient(account, http, credentials.apiKey, credentials.companyId)),
};

export { PeachAdapter, PEACH_CAPABILITIES } from './adapter.js';
