import { createHmac, randomBytes } from 'node:crypto';
import type { SandboxClock } from '../kit/clock.js';
import type { SandboxRequest } from '../kit/router.js';

/** The bearer token a request carries, in the standard `Authorization: Bearer <jwt>` form. */
export function bearerOf(request: SandboxRequest): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' ? /^Bearer (\S+)$/.exec(header)?.[1] : undefined;
}

/**
 * The JWTs `/api/auth/login` and `/api/auth/refresh` issue: shaped like BSG's (`iat`, `exp`, `roles`, `id`)
 * and timed by the sandbox clock. A refreshed token does not revoke the old one; each lives until its `exp`.
 */
export class TokenBook {
  private readonly tokens = new Map<string, { apiKey: string; expiresAt: number }>();
  private readonly secret = randomBytes(32);
  private issued = 0;

  constructor(
    private readonly clock: SandboxClock,
    private readonly ttlMs: number,
  ) {}

  /** Issues a bearer for an api key (whose account id is its position among the accepted keys). */
  issue(apiKey: string, accountId: number): string {
    const now = this.clock.now().getTime();
    const expiresAt = now + this.ttlMs;
    this.issued += 1;
    const header = encode({ typ: 'JWT', alg: 'HS256' });
    const claims = encode({
      iat: Math.floor(now / 1000),
      exp: Math.floor(expiresAt / 1000),
      roles: [],
      id: accountId,
      jti: this.issued,
    });
    const signature = createHmac('sha256', this.secret).update(`${header}.${claims}`).digest('base64url');
    const token = `${header}.${claims}.${signature}`;
    this.tokens.set(token, { apiKey, expiresAt });
    return token;
  }

  /** The api key behind a live token; undefined for an unknown or expired one. */
  owner(token: string | undefined): string | undefined {
    const entry = token === undefined ? undefined : this.tokens.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.tokens.delete(token ?? '');
      return undefined;
    }
    return entry.apiKey;
  }
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
