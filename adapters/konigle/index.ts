import { z } from 'zod';
import { secretString } from '../../src/domain/secret.js';
import type { AdapterFactory } from '../factory.js';
import { KonigleAdapter } from './adapter.js';

/** Konigle account credentials: the API key sent as `Authorization: Token <key>`. */
export const konigleCredentials = z.object({ apiKey: secretString });

/** Builds Konigle adapters from config. */
export const konigleFactory: AdapterFactory<z.infer<typeof konigleCredentials>> = {
  provider: 'konigle',
  credentials: konigleCredentials,
  create: ({ account, credentials, http }) => new KonigleAdapter(account, http, credentials.apiKey),
};
