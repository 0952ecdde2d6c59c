import type { Secret } from '../../src/domain/secret.js';
import type { UpstreamClient, UpstreamRequest } from '../../src/upstream/client.js';
import { UpstreamStatusError } from '../../src/upstream/errors.js';
import type { CallContext } from '../../src/upstream/types.js';
import { bsgToken } from './wire.js';

/**
 * BSG's bearer-token session: logs in once, shares the token across requests, and renews it
 * (refresh, else a new login) only when BSG answers 401. Concurrent renewals collapse into one.
 */
export class BsgSession {
  private token: Promise<string> | undefined;

  constructor(
    private readonly http: UpstreamClient,
    private readonly apiKey: Secret,
  ) {}

  /** Sends an authenticated request; on 401 renews the token once and repeats it (401 means it was not processed). */
  async request<T>(request: UpstreamRequest<T>, context: CallContext): Promise<T> {
    const token = await this.currentToken(context);
    try {
      return await this.http.request(withBearer(request, token), context);
    } catch (error) {
      if (!(error instanceof UpstreamStatusError) || error.status !== 401) throw error;
      const renewed = await this.renew(token, context);
      return this.http.request(withBearer(request, renewed), context);
    }
  }

  private currentToken(context: CallContext): Promise<string> {
    this.token ??= this.login(context);
    return this.token;
  }

  private renew(staleToken: string, context: CallContext): Promise<string> {
    const pending = this.token;
    const renewal = (async () => {
      const current = await pending?.catch(() => undefined);
      if (current !== undefined && current !== staleToken) return current;
      try {
        const refreshed = await this.http.request(
          withBearer(
            { method: 'POST', path: '/api/auth/refresh', endpoint: '/api/auth/refresh', schema: bsgToken },
            staleToken,
          ),
          context,
        );
        return refreshed.bearer;
      } catch {
        return this.login(context);
      }
    })();
    this.token = renewal;
    renewal.catch(() => {
      if (this.token === renewal) this.token = undefined;
    });
    return renewal;
  }

  private login(context: CallContext): Promise<string> {
    const attempt = this.http
      .request(
        {
          method: 'POST',
          path: '/api/auth/login',
          endpoint: '/api/auth/login',
          body: { api_key: this.apiKey.reveal() },
          schema: bsgToken,
          // A login only issues a token; a repeated one issues another.
          idempotent: true,
        },
        context,
      )
      .then((answer) => answer.bearer);
    attempt.catch(() => {
      if (this.token === attempt) this.token = undefined;
    });
    return attempt;
  }
}

function withBearer<T>(request: UpstreamRequest<T>, token: string): UpstreamRequest<T> {
  return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
}
