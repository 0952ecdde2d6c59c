import { errors as undiciErrors, Pool } from 'undici';
import type { z } from 'zod';
import {
  ProviderAuthFailedError,
  ProviderBadResponseError,
  ProviderRateLimitedError,
  ProviderRejectedError,
  ProviderTimeoutError,
  ProviderUnavailableError,
  type DomainError,
} from '../domain/errors.js';
import type { AccountRef } from '../domain/provider.js';
import { parseRetryAfter, UpstreamStatusError } from './errors.js';
import type { CallContext, UpstreamCallHook, UpstreamSettings } from './types.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call to a provider. `endpoint` is the path template used for logs and metrics. */
export interface UpstreamRequest<T> {
  method: Method;
  path: string;
  endpoint: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The documented shape of a 2xx body; anything else is PROVIDER_BAD_RESPONSE. */
  schema: z.ZodType<T>;
  /** `text` for CSV and log files; `json` (the default) parses the body first. */
  responseType?: 'json' | 'text';
}

/** The one HTTP layer to a provider account: a pooled undici connection, timeouts, zod-checked bodies. */
export class UpstreamClient {
  private readonly pool: Pool;

  constructor(
    readonly account: AccountRef,
    private readonly settings: UpstreamSettings,
    private readonly onCall: UpstreamCallHook = () => undefined,
  ) {
    const { timeouts } = settings;
    this.pool = new Pool(new URL(settings.baseUrl).origin, {
      connections: settings.connections,
      connectTimeout: timeouts.connectMs,
      headersTimeout: timeouts.headersMs,
      bodyTimeout: timeouts.bodyMs,
    });
  }

  /** Sends the request and returns the validated body; throws a DomainError or an UpstreamStatusError. */
  async request<T>(request: UpstreamRequest<T>, context: CallContext = {}): Promise<T> {
    const started = performance.now();
    let status: number | null = null;
    try {
      const response = await this.send(request, context);
      status = response.status;
      if (status < 200 || status >= 300) {
        throw new UpstreamStatusError(this.account, status, parseBody(response.text), response.retryAfter);
      }
      const data = this.validate(request, response.text);
      this.report(request, started, status, undefined, context);
      return data;
    } catch (error) {
      const failure = error instanceof UpstreamStatusError ? error : this.toTransportError(error, context);
      this.report(request, started, status, failure.code, context);
      throw failure;
    }
  }

  /** Closes the account's sockets. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private async send(request: UpstreamRequest<unknown>, context: CallContext) {
    const signals = [AbortSignal.timeout(this.settings.timeouts.totalMs)];
    if (context.signal) signals.push(context.signal);
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (context.requestId) headers['x-request-id'] = context.requestId;
    const response = await this.pool.request({
      method: request.method,
      path: this.pathWithQuery(request),
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.any(signals),
    });
    const text = await readLimited(response.body, this.settings.maxBodyBytes);
    const retryAfterHeader = response.headers['retry-after'];
    return {
      status: response.statusCode,
      text,
      retryAfter: parseRetryAfter(Array.isArray(retryAfterHeader) ? retryAfterHeader[0] : retryAfterHeader),
    };
  }

  private pathWithQuery(request: UpstreamRequest<unknown>): string {
    const base = new URL(this.settings.baseUrl).pathname.replace(/\/$/, '');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) params.append(key, String(value));
    }
    const query = params.toString();
    return `${base}${request.path}${query ? `?${query}` : ''}`;
  }

  private validate<T>(request: UpstreamRequest<T>, text: string): T {
    const raw = request.responseType === 'text' ? text : parseJsonStrict(text);
    if (raw === NOT_JSON) throw new ProviderBadResponseError(this.account, `${request.endpoint} did not answer JSON`);
    const parsed = request.schema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'unexpected shape';
      throw new ProviderBadResponseError(this.account, `${request.endpoint} answered an undocumented shape (${where})`);
    }
    return parsed.data;
  }

  private toTransportError(error: unknown, context: CallContext): DomainError {
    if (error instanceof ProviderBadResponseError) return error;
    if (error instanceof BodyTooLargeError) return new ProviderBadResponseError(this.account, error.message);
    if (isTimeout(error) || (context.signal?.aborted ?? false)) {
      return new ProviderTimeoutError(this.account, 'did not answer in time');
    }
    return new ProviderUnavailableError(this.account, 'could not be reached');
  }

  private report(
    request: UpstreamRequest<unknown>,
    started: number,
    status: number | null,
    errorCode: string | undefined,
    context: CallContext,
  ): void {
    this.onCall({
      account: this.account,
      method: request.method,
      endpoint: request.endpoint,
      status,
      durationMs: performance.now() - started,
      ...(errorCode ? { errorCode } : {}),
      ...(context.requestId ? { requestId: context.requestId } : {}),
    });
  }
}

/** Maps the generic meaning of a provider's HTTP status to a domain error (adapters map their documented ones first). */
export function statusToDomainError(error: UpstreamStatusError, reason?: string): DomainError {
  const { account, status } = error;
  if (status === 401 || status === 403) return new ProviderAuthFailedError(account, 'refused the account credentials');
  if (status === 429) return new ProviderRateLimitedError(account, error.retryAfterSeconds);
  if (status >= 500) return new ProviderUnavailableError(account, `answered HTTP ${status}`);
  return new ProviderRejectedError(account, reason ?? `HTTP ${status}`, status);
}

const NOT_JSON = Symbol('not-json');

function parseJsonStrict(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function parseBody(text: string): unknown {
  const parsed = parseJsonStrict(text);
  return parsed === NOT_JSON ? text : parsed;
}

class BodyTooLargeError extends Error {}

async function readLimited(body: AsyncIterable<Buffer>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`answered a body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof undiciErrors.ConnectTimeoutError ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  );
}
