import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { GraphQLContext } from '../../schema/context.js';
import { bearerToken, type ApiKeyIndex, type Principal } from '../auth/api-keys.js';
import type { WebhookReceiver } from '../events/webhooks.js';
import type { DashboardRoute } from './dashboard.js';
import type { HttpRoute } from './route.js';
import { tagError } from './plugins/request-id.js';
import { chooseRequestId } from './request-id.js';
import type { Logger } from '../logger.js';
import type { ServerContext } from './yoga.js';
import type { PersistedOperations } from './plugins/persisted-operations.js';
import { parseOrError, wsOperationText } from './ws-operation.js';

export interface HttpServerOptions {
  yoga: YogaServerInstance<ServerContext, GraphQLContext>;
  webhooks: WebhookReceiver;
  keys: () => ApiKeyIndex;
  logger: Logger;
  /** The live dashboard page at /dashboard. */
  dashboard?: DashboardRoute;
  /** Further plain-HTTP routes tried before GraphQL (/metrics, /readyz). */
  routes?: HttpRoute[];
  /** Persisted operations WebSocket clients may run by hash (and `persistedOnly` keys exclusively). */
  persistedOperations?: () => PersistedOperations;
  host: string;
  port: number;
}

/** A listening gateway server and its graceful stop. */
export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes every socket. */
  stop(graceMs?: number): Promise<void>;
}

const WEBHOOK_PATH = /^\/webhooks\/([a-z]+)\/([a-z0-9-]+)\/?$/;
const MAX_WEBHOOK_BYTES = 256 * 1024;

/** Reads a webhook body (bounded) and answers what the receiver decided; never throws. */
async function receiveWebhook(
  receiver: WebhookReceiver,
  provider: string,
  account: string,
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
): Promise<void> {
  const answer = (status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_WEBHOOK_BYTES) return answer(413, { ok: false, error: 'body too large' });
      chunks.push(chunk as Buffer);
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
    );
    const result = await receiver.receive(provider, account, headers, Buffer.concat(chunks).toString('utf8'));
    answer(result.status, result.body);
  } catch (error) {
    logger.error({ err: error, provider, account }, 'webhook failed');
    if (!res.headersSent) answer(500, { ok: false, error: 'internal error' });
  }
}

type EnvelopedArgs = ExecutionArgs & {
  rootValue: { execute: (a: ExecutionArgs) => unknown; subscribe: (a: ExecutionArgs) => unknown };
};

/** One node HTTP server: yoga at /graphql (HTTP and SSE), graphql-ws on the same path, /healthz. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { yoga, logger } = options;
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const webhook = WEBHOOK_PATH.exec(req.url ?? '');
    if (webhook && req.method === 'POST') {
      void receiveWebhook(options.webhooks, webhook[1] ?? '', webhook[2] ?? '', req, res, logger);
      return;
    }
    if (options.dashboard?.(req, res)) return;
    if (options.routes?.some((route) => route(req, res))) return;
    void yoga(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wsServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  useServer<Record<string, unknown>, { principal?: Principal }>(
    {
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = params['authorization'] ?? params['Authorization'] ?? params['apiKey'];
        const key = typeof raw === 'string' ? (bearerToken(raw) ?? raw) : undefined;
        const principal = key ? options.keys().authenticate(key) : undefined;
        if (!principal) return false;
        ctx.extra.principal = principal;
        return true;
      },
      execute: (args) => (args as EnvelopedArgs).rootValue.execute(args) as never,
      subscribe: (args) => (args as EnvelopedArgs).rootValue.subscribe(args) as never,
      onSubscribe: async (ctx, _id, payload) => {
        const principal = ctx.extra.principal;
        const requestId = chooseRequestId(null);
        const query = wsOperationText(payload, principal, options.persistedOperations?.() ?? new Map());
        if (typeof query !== 'string') return [tagError(query, requestId)];
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...(principal ? { principal } : {}),
          requestId,
          params: { ...payload, query },
        });
        const document = parseOrError(parse, query);
        if (document instanceof GraphQLError) return [tagError(document, requestId)];
        const errors = validate(schema, document);
        if (errors.length > 0) return errors.map((error: GraphQLError) => tagError(error, requestId));
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    wsServer,
  );

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  logger.info({ url }, 'gateway listening');

  return {
    url,
    port,
    server,
    async stop(graceMs = 10_000) {
      for (const client of wsServer.clients) client.close(1001, 'server shutting down');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(deadline);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
