import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { bearerToken, type ApiKeyIndex } from '../auth/api-keys.js';
import {
  DomainError,
  NotFoundError,
  ProviderRateLimitedError,
  ProviderTimeoutError,
  ProviderError,
} from '../domain/errors.js';
import { decodeRunRef, type RunRef } from '../domain/run.js';
import { RequestGateway } from '../gateway/campaigns.js';
import type { GatewayServices } from '../gateway/services.js';
import type { Tenant } from '../gateway/tenants.js';
import type { Logger } from '../logger.js';
import { chooseRequestId } from './request-id.js';
import { pathOf, type HttpRoute } from './route.js';

/** `/files/runs/<Run global id>/<file name>`, both segments URL-encoded. */
const RUN_FILE_PATH = /^\/files\/runs\/([^/]+)\/([^/]+)$/;

export interface RunFileRouteOptions {
  tenants: ReadonlyMap<string, Tenant>;
  services: GatewayServices;
  keys: () => ApiKeyIndex;
  logger: Logger;
}

/**
 * GET /files/runs/<run id>/<file>: a run file read from the provider with the caller's own tenant account
 * and streamed back, so clients never see (or need) the provider's URL or key. 401 without a valid API
 * key, 403 without `campaigns:read`, 404 for an unknown file or another tenant's run.
 */
export function createRunFileRoute(options: RunFileRouteOptions): HttpRoute {
  return (req, res) => {
    const match = RUN_FILE_PATH.exec(pathOf(req));
    if (!match) return false;
    void serve(options, req, res, match[1] ?? '', match[2] ?? '');
    return true;
  };
}

async function serve(
  options: RunFileRouteOptions,
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
  rawName: string,
): Promise<void> {
  const requestId = chooseRequestId(headerOf(req, 'x-request-id'));
  const answer = (status: number, code: string, message: string) => {
    res
      .writeHead(status, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-request-id': requestId,
        ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
      })
      .end(JSON.stringify({ error: { code, message, requestId } }));
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(405, 'METHOD_NOT_ALLOWED', 'use GET');
  const key = bearerToken(headerOf(req, 'authorization'));
  const principal = key ? options.keys().authenticate(key) : undefined;
  if (!principal) return answer(401, 'UNAUTHENTICATED', 'An API key is required: send `Authorization: Bearer <key>`.');
  if (!principal.scopes.has('campaigns:read')) return answer(403, 'FORBIDDEN', 'The API key lacks campaigns:read.');
  const tenant = options.tenants.get(principal.tenantId);
  const ref = parseRunRef(rawId);
  const fileName = safeDecode(rawName);
  if (!tenant || !ref || !fileName) return answer(404, 'NOT_FOUND', 'No such run file.');
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  try {
    const gateway = new RequestGateway(tenant, { requestId, signal: controller.signal }, options.services);
    const file = await gateway.peach.runFile(ref, fileName);
    const body = Buffer.from(file.text, 'utf8');
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': body.length,
      'content-disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': requestId,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    const [status, code] = statusOf(error);
    if (status >= 500) options.logger.warn({ err: error, requestId, run: rawId }, 'run file not served');
    answer(status, code, error instanceof DomainError ? error.message : 'internal error');
  }
}

function statusOf(error: unknown): [number, string] {
  if (error instanceof NotFoundError) return [404, error.code];
  if (error instanceof ProviderTimeoutError) return [504, error.code];
  if (error instanceof ProviderRateLimitedError) return [503, error.code];
  if (error instanceof ProviderError) return [502, error.code];
  if (error instanceof DomainError) return [400, error.code];
  return [500, 'INTERNAL'];
}

function parseRunRef(rawId: string): RunRef | undefined {
  const globalId = safeDecode(rawId);
  if (!globalId) return undefined;
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename === 'Run' ? decodeRunRef(id) : undefined;
  } catch {
    return undefined;
  }
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
