import { z } from 'zod';
import { secretString } from '../../src/domain/secret.js';
import type { AdapterFactory } from '../factory.js';
import { BsgAdapter } from './adapter.js';
import { BsgSession } from './session.js';

/** BSG account credentials: the `live_…`/`test_…` api key exchanged for a bearer token. */
export const bsgCredentials = z.object({ apiKey: secretString });

/** Builds BSG adapters from config. */
export const bsgFactory: AdapterFactory<z.infer<typeof bsgCredentials>> = {
  provider: 'bsg',
  credentials: bsgCredentials,
  create: ({ account, credentials, http }) => new BsgAdapter(account, http, new BsgSession(http, credentials.apiKey)),
};

export { BsgAdapter } from './adapter.js';
