import type { z } from 'zod';
import type { AccountRef } from '../../src/domain/provider.js';
import type { Secret } from '../../src/domain/secret.js';
import type { UpstreamClient } from '../../src/upstream/client.js';
import { UpstreamStatusError } from '../../src/upstream/errors.js';
import type { CallContext } from '../../src/upstream/types.js';
import { envelope, sessionmError } from './wire.js';

/** One documented SessionM call: `endpoint` is the path template (`:api_key` and `:name` segments). */
export interface SessionMCall<T extends z.ZodType> {
  method: 'GET' | 'POST';
  endpoint: string;
  params?: Record<string, string>;
  /** Repeated keys allowed, as `sections[]=a&sections[]=b` needs. */
  query?: [string, string][];
  body?: unknown;
  schema: T;
}

/**
 * SessionM refused a call: a method error (HTTP 200 with `status: "error"`) or the same envelope on
 * 401/404/500. `code` is lower-cased, as the docs spell codes in several casings.
 */
export class SessionMRefusal extends Error {
  constructor(
    readonly account: AccountRef,
    readonly httpStatus: number,
    readonly code: string,
    readonly reason: string,
    /** The non-2xx answer it came with, for the generic meaning of its status. */
    readonly upstream: UpstreamStatusError | null = null,
  ) {
    super(`sessionm refused: ${code}`);
  }
}

/**
 * Sends documented calls with HTTP Basic `api_key:api_secret` and the api_key in the path. Only the
 * path template reaches logs and metrics, so neither the key nor customer ids are logged.
 */
export class SessionMClient {
  constructor(
    private readonly http: UpstreamClient,
    private readonly apiKey: Secret,
    private readonly apiSecret: Secret,
  ) {}

  /** Sends the call and returns its documented payload; refusals throw SessionMRefusal. */
  async request<T extends z.ZodType>(call: SessionMCall<T>, context: CallContext): Promise<z.output<T>> {
    const basic = Buffer.from(`${this.apiKey.reveal()}:${this.apiSecret.reveal()}`).toString('base64');
    try {
      const answer = await this.http.request(
        {
          method: call.method,
          path: this.pathOf(call),
          endpoint: call.endpoint,
          ...(call.body !== undefined ? { body: call.body } : {}),
          headers: { authorization: `Basic ${basic}` },
          schema: envelope(call.schema),
        },
        context,
      );
      const refused = sessionmError.safeParse(answer);
      if (refused.success) throw refusalOf(this.http.account, 200, refused.data);
      return answer as z.output<T>;
    } catch (error) {
      if (error instanceof UpstreamStatusError) {
        const body = sessionmError.safeParse(error.body);
        if (body.success) throw refusalOf(error.account, error.status, body.data, error);
      }
      throw error;
    }
  }

  private pathOf(call: SessionMCall<z.ZodType>): string {
    const values: Record<string, string> = { ...call.params, api_key: this.apiKey.reveal() };
    const path = call.endpoint.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(values[name] ?? ''));
    const query = new URLSearchParams(call.query ?? []).toString();
    return query ? `${path}?${query}` : path;
  }
}

function refusalOf(
  account: AccountRef,
  status: number,
  body: z.infer<typeof sessionmError>,
  upstream: UpstreamStatusError | null = null,
): SessionMRefusal {
  const code = body.errors.code.toLowerCase();
  return new SessionMRefusal(account, status, code, body.errors.message ?? code, upstream);
}
