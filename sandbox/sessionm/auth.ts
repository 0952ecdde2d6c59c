import { timingSafeEqual } from 'node:crypto';
import type { SandboxRequest, SandboxResponse } from '../kit/router.js';
import { failure } from './errors.js';
import type { SessionMStore } from './state.js';

/** A digital property's server-to-server credentials: the API key (also in every path) and its S2S secret. */
export interface SessionMCredentials {
  apiKey: string;
  apiSecret: string;
}

/** Demo credentials the simulator accepts unless told otherwise. */
export const DEFAULT_SESSIONM_CREDENTIALS: SessionMCredentials = {
  apiKey: '64f15f67f03de170fb01dd41c0a4321e5d5dfc01',
  apiSecret: 'sandbox-s2s-secret',
};

function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  const encoded = header === undefined ? undefined : /^Basic\s+(\S+)$/i.exec(header)?.[1];
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks the `:api_key` path segment, then HTTP Basic `api_key:api_secret` on `/priv/` routes or a known
 * `auth_token` on client-to-server `/api/` routes; answers the refusal, or undefined to let the call through.
 */
export function sessionmAuthenticator(credentials: SessionMCredentials, store: SessionMStore) {
  const challenge = { 'www-authenticate': 'Basic realm="SessionM"' };
  return (request: SandboxRequest): SandboxResponse | undefined => {
    if (request.params['api_key'] !== credentials.apiKey) {
      return failure(401, 'invalid_api_key', 'No application was found for the given key.');
    }
    if (request.path.startsWith('/api/')) {
      const token = request.query.get('auth_token');
      if (token !== null && store.userByToken(token) !== undefined) return undefined;
      return failure(401, 'invalid_auth_token', 'The auth_token is missing or invalid.');
    }
    const basic = parseBasic(request.headers.authorization);
    if (basic?.username === credentials.apiKey && sameSecret(basic.password, credentials.apiSecret)) return undefined;
    return { ...failure(401, 'access_denied', 'Access denied.'), headers: challenge };
  };
}
