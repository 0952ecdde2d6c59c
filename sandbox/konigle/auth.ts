import { json, type SandboxRequest, type SandboxResponse } from '../kit/router.js';

/** DRF TokenAuthentication answers 401 with this challenge. */
const CHALLENGE = { 'www-authenticate': 'Token' };

/** Checks `Authorization: Token <key>` (the SDK's default prefix; `Bearer` is tolerated since the prefix is configurable). */
export function tokenAuthentication(
  apiKeys: readonly string[],
): (request: SandboxRequest) => SandboxResponse | undefined {
  const keys = new Set(apiKeys);
  return (request) => {
    const header = request.headers.authorization ?? '';
    const [scheme = '', key, ...rest] = header.split(' ').filter(Boolean);
    if (!/^(token|bearer)$/i.test(scheme))
      return json(401, { detail: 'Authentication credentials were not provided.' }, CHALLENGE);
    if (key === undefined) return json(401, { detail: 'Invalid token header. No credentials provided.' }, CHALLENGE);
    if (rest.length > 0)
      return json(401, { detail: 'Invalid token header. Token string should not contain spaces.' }, CHALLENGE);
    return keys.has(key) ? undefined : json(401, { detail: 'Invalid token.' }, CHALLENGE);
  };
}
