import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { CallLog } from './calls.js';
import type { SandboxClock } from './clock.js';
import { FaultSwitch, faultRuleSchema, type FaultRule } from './faults.js';
import { json, matchRoute, type Route, type SandboxRequest, type SandboxResponse } from './router.js';

export interface SandboxServerOptions {
  /** Provider name, used in logs and the health answer. */
  name: string;
  /** The provider's documented endpoints. */
  routes: readonly Route[];
  /** Extra test-control endpoints, mounted under `/__sandbox/`; never faulted, never logged. */
  controlRoutes?: readonly Route[];
  clock: SandboxClock;
  /** Checks credentials for every documented route not in `publicRoutes`; answers the refusal or undefined. */
  authenticate?: (request: SandboxRequest) => SandboxResponse | undefined;
  /** Route names that need no credentials (e.g. a login endpoint). */
  publicRoutes?: readonly string[];
  /** What the provider answers for an unknown path (its documented 404 body). */
  notFound?: SandboxResponse;
  port?: number;
  host?: string;
  /** Source of randomness for fault rates; injectable for deterministic tests. */
  random?: () => number;
}

/** A running simulator: its URL and the handles tests use to steer and observe it. */
export interface SandboxServer {
  name: string;
  url: string;
  port: number;
  calls: CallLog;
  faults: FaultSwitch;
  clock: SandboxClock;
  /** Sockets currently open to this server (tests check connections are released). */
  openConnections(): number;
  close(): Promise<void>;
}

/** Starts a simulator on its own port with a call log, a fault switch and `/__sandbox/` controls. */
export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const calls = new CallLog();
  const faults = new FaultSwitch(options.random);
  const sockets = new Set<Socket>();
  let answered = 0;
  const controlRoutes = [...builtInControlRoutes(calls, faults, options.clock), ...(options.controlRoutes ?? [])];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, json(500, { message: 'sandbox handler failed', error: String(error) }));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const rawBody = await readBody(req);
    const method = req.method ?? 'GET';
    const request: SandboxRequest = {
      method,
      path: url.pathname,
      params: {},
      query: url.searchParams,
      headers: req.headers,
      body: parseJson(rawBody),
      rawBody,
    };
    if (url.pathname.startsWith('/__sandbox/')) {
      const control = matchRoute(controlRoutes, method, url.pathname.slice('/__sandbox'.length));
      if ('route' in control) return send(res, await control.route.handler({ ...request, params: control.params }));
      return send(res, json(404, { message: 'unknown sandbox control' }));
    }
    // Like real providers, every answer carries the provider's own request id.
    res.setHeader('x-request-id', `${options.name}-${++answered}`);
    const matched = matchRoute(options.routes, method, url.pathname);
    const routeName = 'route' in matched ? matched.route.name : 'unmatched';
    const log = (status: number, fault?: FaultRule) =>
      calls.record({
        at: options.clock.now().toISOString(),
        method,
        path: url.pathname,
        route: routeName,
        query: Object.fromEntries(url.searchParams),
        body: request.body,
        status,
        headers: req.headers,
        ...(fault ? { fault: fault.kind } : {}),
      });

    if (!('route' in matched)) {
      const answer = matched.methodMismatch
        ? json(405, { message: 'Method Not Allowed' })
        : (options.notFound ?? json(404, { message: 'Not Found' }));
      log(answer.status);
      return send(res, answer);
    }
    const routed: SandboxRequest = { ...request, params: matched.params };
    const fault = faults.pick(routeName);
    if (fault && (await injectBefore(fault, res))) return log(statusOfFault(fault), fault);

    const refusal = options.publicRoutes?.includes(routeName) ? undefined : options.authenticate?.(routed);
    const answer = refusal ?? (await matched.route.handler(routed));
    log(answer.status, fault);
    if (fault?.kind === 'schema-violation') return send(res, violateSchema(answer));
    if (fault?.kind === 'trickle') return trickle(res, answer, fault.delayMs);
    send(res, answer);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    name: options.name,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    calls,
    faults,
    clock: options.clock,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        options.clock.stop();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Applies a fault that replaces the answer; true when the request is fully handled (or abandoned). */
async function injectBefore(fault: FaultRule, res: ServerResponse): Promise<boolean> {
  switch (fault.kind) {
    case 'latency':
      await sleep(fault.delayMs);
      return false;
    case 'hang':
      return true; // never answer; the client's timeout must fire
    case 'status-500':
    case 'status-502':
    case 'status-503':
    case 'status-504':
      send(res, json(statusOfFault(fault), { message: 'Server Error' }));
      return true;
    case 'rate-limit': {
      const retryAfter = fault.retryAfterDate
        ? new Date(Date.now() + fault.retryAfterSeconds * 1000).toUTCString()
        : String(fault.retryAfterSeconds);
      send(res, json(429, { message: 'Too Many Attempts.' }, { 'retry-after': retryAfter }));
      return true;
    }
    case 'reset':
      res.socket?.destroy();
      return true;
    case 'malformed-json':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": [{"id": 1, "name": "trunc');
      return true;
    case 'wrong-content-type':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><body><h1>Maintenance</h1></body></html>');
      return true;
    case 'oversized':
      send(res, json(200, { data: [], padding: 'x'.repeat(fault.bytes) }));
      return true;
    default:
      return false;
  }
}

function statusOfFault(fault: FaultRule): number {
  const statuses: Partial<Record<FaultRule['kind'], number>> = {
    'status-500': 500,
    'status-502': 502,
    'status-503': 503,
    'status-504': 504,
    'rate-limit': 429,
    'malformed-json': 200,
    'wrong-content-type': 200,
    oversized: 200,
  };
  return statuses[fault.kind] ?? 0;
}

/** Keeps the status but replaces every top-level JSON value with a string, which no documented shape allows. */
function violateSchema(answer: SandboxResponse): SandboxResponse {
  if (answer.json === null || typeof answer.json !== 'object') return { ...answer, json: 'schema violation' };
  const mangled = Object.fromEntries(Object.keys(answer.json).map((key) => [key, 'schema violation']));
  return { ...answer, json: mangled };
}

async function trickle(res: ServerResponse, answer: SandboxResponse, delayMs: number): Promise<void> {
  const body = bodyText(answer);
  res.writeHead(answer.status, { 'content-type': contentType(answer), ...answer.headers });
  const chunk = Math.max(1, Math.ceil(body.length / 10));
  for (let offset = 0; offset < body.length; offset += chunk) {
    if (res.destroyed) return;
    res.write(body.slice(offset, offset + chunk));
    await sleep(delayMs);
  }
  res.end();
}

function send(res: ServerResponse, answer: SandboxResponse): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, { 'content-type': contentType(answer), ...answer.headers });
  res.end(bodyText(answer));
}

function bodyText(answer: SandboxResponse): string {
  if (answer.text !== undefined) return answer.text;
  return answer.json === undefined ? '' : JSON.stringify(answer.json);
}

function contentType(answer: SandboxResponse): string {
  return answer.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json';
}

function parseJson(raw: string): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function builtInControlRoutes(calls: CallLog, faults: FaultSwitch, clock: SandboxClock): Route[] {
  return [
    {
      name: 'calls.list',
      method: 'GET',
      path: '/calls',
      handler: (r) => json(200, { calls: calls.list(r.query.get('route') ?? undefined) }),
    },
    { name: 'calls.clear', method: 'DELETE', path: '/calls', handler: () => (calls.clear(), json(204, undefined)) },
    { name: 'faults.list', method: 'GET', path: '/faults', handler: () => json(200, { faults: faults.list() }) },
    {
      name: 'faults.add',
      method: 'POST',
      path: '/faults',
      handler: (r) => {
        const rule = faultRuleSchema.safeParse(r.body);
        return rule.success ? json(201, { fault: faults.add(rule.data) }) : json(400, { message: rule.error.message });
      },
    },
    { name: 'faults.clear', method: 'DELETE', path: '/faults', handler: () => (faults.clear(), json(204, undefined)) },
    {
      name: 'clock.advance',
      method: 'POST',
      path: '/clock/advance',
      handler: (r) => {
        const ms = Number((r.body as { ms?: unknown } | undefined)?.ms ?? 0);
        clock.advance(ms);
        return json(200, { now: clock.now().toISOString() });
      },
    },
  ];
}
