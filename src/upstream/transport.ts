import { Pool } from 'undici';
import { parseRetryAfter } from './errors.js';
import { BodyTooLargeError, readLimited } from './response.js';
import type { UpstreamRequest, UpstreamSettings } from './types.js';

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

/** Sends one request over the pool and reads its answer; aborts with `signal`. */
export async function exchange(
  pool: Pool,
  baseUrl: string,
  request: UpstreamRequest<unknown>,
  options: { signal: AbortSignal; requestId: string | undefined; maxBodyBytes: number },
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (options.requestId) headers['x-request-id'] = options.requestId;
  const response = await pool.request({
    method: request.method,
    path: pathWithQuery(baseUrl, request),
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: options.signal,
  });
  const providerRequestId = header(response.headers['x-request-id']) ?? null;
  const declared = Number(header(response.headers['content-length']) ?? Number.NaN);
  if (declared > options.maxBodyBytes) {
    response.body.destroy();
    throw new BodyTooLargeError(options.maxBodyBytes, providerRequestId);
  }
  const text = await readLimited(response.body, options.maxBodyBytes, providerRequestId);
  return {
    status: response.statusCode,
    text,
    contentType: header(response.headers['content-type']),
    retryAfterSeconds: parseRetryAfter(header(response.headers['retry-after'])),
    providerRequestId,
  };
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
