import { z } from 'zod';
import { secretString } from '../../src/domain/secret.js';
import type { AdapterFactory } from '../factory.js';
import { SessionMAdapter } from './adapter.js';
import { SessionMClient } from './client.js';

/**
 * SessionM account credentials: the digital property's API key (also in every path) and S2S secret, plus
 * the customer whose views show campaigns' behaviors and offers (SessionM has no admin read of them).
 */
export const sessionmCredentials = z.object({
  apiKey: secretString,
  apiSecret: secretString,
  referenceUserId: z.string().min(1).optional(),
});

/** Builds SessionM adapters from config. */
export const sessionmFactory: AdapterFactory<z.infer<typeof sessionmCredentials>> = {
  provider: 'sessionm',
  credentials: sessionmCredentials,
  create: ({ account, credentials, http }) =>
    new SessionMAdapter(
      account,
      http,
      new SessionMClient(http, credentials.apiKey, credentials.apiSecret),
      credentials.referenceUserId ?? null,
    ),
};

export { SessionMAdapter } from './adapter.js';
