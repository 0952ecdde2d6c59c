import { Pool } from 'undici';
import { parseRetryAfter } from './errors.js';
import { BodyTooLargeError, readLimited } from './response.js';
import type { UpstreamRequest, UpstreamSettings } from './types.js';
import type { AccountRef } from '../domain/provider.js';
import { injectTraceHeaders } from '../tracing/tracer.js';
import { traceExchange } from '../tracing/upstream.js';

/** A provider's answer to one exchange, body read in full (within the size limit). */
export interface Answer {
  status: number;
  text: string;
  contentType: string | undefined;
  retryAfterSeconds: number | null;
  providerRequestId: string | null;
}

/** The account's connection pool, with the per-attempt connect, headers and body timeouts. */
export function createPool(settings: UpstreamSettings): Pool {
  const { timeouts } = settings;
  return new Pool(new URL(settings.baseUrl).origin, {
    connections: settings.connections,
    connectTimeout: timeouts.connectMs,
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
  });
}

/** One attempt's headers or body-idle timeout fired. */
export class AttemptTimeoutError extends Error {
  override readonly name = 'AttemptTimeoutError';
  constructor(readonly phase: 'headers' | 'body') {
    super(`no ${phase} in time`);
  }
}

/** Options of one exchange: the call's signal, correlation, and the per-attempt limits. */
export interface ExchangeOptions {
  signal: AbortSignal;
  requestId: string | undefined;
  maxBodyBytes: number;
  headersMs: number;
  bodyMs: number;
  /** Names the exchange's trace span. */
  account?: AccountRef;
}

/**
 * Sends one request over the pool and reads its answer; aborts with `signal`. The headers and body-idle
 * timeouts are enforced here to the millisecond (undici's own timers only tick about once a second and
 * stay as a backstop).
 */
export function exchange(
  pool: Pool,
  baseUrl: string,
  request: UpstreamRequest<unknown>,
  options: ExchangeOptions,
): Promise<Answer> {
  const label = { baseUrl, method: request.method, endpoint: request.endpoint, account: options.account };
  return traceExchange(label, () => send(pool, baseUrl, request, options));
}

async function send(
  pool: Pool,
  baseUrl: string,
  request: UpstreamRequest<unknown>,
  options: ExchangeOptions,
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (options.requestId) headers['x-request-id'] = options.requestId;
  injectTraceHeaders(headers);
  const watchdog = new Watchdog();
  try {
    watchdog.arm(options.headersMs, 'headers');
    const response = await pool.request({
      method: request.method,
      path: pathWithQuery(baseUrl, request),
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.any([options.signal, watchdog.signal]),
    });
    const providerRequestId = header(response.headers['x-request-id']) ?? null;
    const declared = Number(header(response.headers['content-length']) ?? Number.NaN);
    if (declared > options.maxBodyBytes) {
      response.body.destroy();
      throw new BodyTooLargeError(options.maxBodyBytes, providerRequestId);
    }
    const armBody = () => watchdog.arm(options.bodyMs, 'body');
    armBody();
    const text = await readLimited(response.body, options.maxBodyBytes, providerRequestId, armBody);
    return {
      status: response.statusCode,
      text,
      contentType: header(response.headers['content-type']),
      retryAfterSeconds: parseRetryAfter(header(response.headers['retry-after'])),
      providerRequestId,
    };
  } catch (error) {
    throw watchdog.fired ?? error;
  } finally {
    watchdog.disarm();
  }
}

/** A re-armable timer that aborts its signal with an AttemptTimeoutError. */
class Watchdog {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  fired: AttemptTimeoutError | undefined;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  arm(ms: number, phase: AttemptTimeoutError['phase']): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.fired = new AttemptTimeoutError(phase);
      this.controller.abort(this.fired);
    }, ms);
  }

  disarm(): void {
    clearTimeout(this.timer);
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pathWithQuery(baseUrl: string, request: UpstreamRequest<unknown>): string {
  const base = new URL(baseUrl).pathname.replace(/\/$/, '');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) params.append(key, String(value));
  }
  const query = params.toString();
  return `${base}${request.path}${query ? `?${query}` : ''}`;
}
