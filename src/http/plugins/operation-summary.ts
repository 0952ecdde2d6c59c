import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../../../schema/context.js';
import { requestIdOf } from '../request-id.js';
import { principals } from './auth.js';

/** ok: no errors; partial: data and errors; error: errors only; rejected: refused before execution. */
export type OperationOutcome = 'ok' | 'partial' | 'error' | 'rejected';

/** One GraphQL request over HTTP, or one operation over a WebSocket, as logs and metrics see it. */
export interface OperationSummary {
  requestId: string;
  tenantId: string | null;
  operationName: string | null;
  operationType: 'query' | 'mutation' | 'subscription' | null;
  transport: 'http' | 'ws';
  /** Until the answer; for a subscription, how long it stayed open. */
  durationMs: number;
  outcome: OperationOutcome;
  /** The HTTP status; null over a WebSocket. */
  status: number | null;
  /** `extensions.code` of each error in the answer. */
  errorCodes: string[];
}

interface Pending {
  started: number;
  transport: 'http' | 'ws';
  requestId: string;
  tenantId: string | null;
  operationName: string | null;
  operationType: OperationSummary['operationType'];
  executed: boolean;
  /** A subscription's summary is emitted when its stream ends. */
  streaming: boolean;
  status: number | null;
  result: { outcome: OperationOutcome; errorCodes: string[] } | null;
  done: boolean;
}

type Context = GraphQLContext & { request?: Request };

/**
 * Follows each GraphQL request (HTTP) or operation (WebSocket) from arrival to answer and hands one
 * summary to `emit`: request id, tenant, operation, duration, outcome. The base of the request log
 * and the request metrics.
 */
export function useOperationSummary(emit: (summary: OperationSummary) => void): Plugin<GraphQLContext> {
  const byRequest = new WeakMap<Request, Pending>();
  const byContext = new WeakMap<object, Pending>();

  const finish = (pending: Pending) => {
    if (pending.done) return;
    pending.done = true;
    const { result } = pending;
    emit({
      requestId: pending.requestId,
      tenantId: pending.tenantId,
      operationName: pending.operationName,
      operationType: pending.operationType,
      transport: pending.transport,
      durationMs: Math.round((performance.now() - pending.started) * 10) / 10,
      outcome: pending.executed ? (result?.outcome ?? 'ok') : 'rejected',
      status: pending.status,
      errorCodes: result?.errorCodes ?? [],
    });
  };

  const begin = (context: Context, document: DocumentNode, operationName: string | null | undefined) => {
    const fromRequest = context.request ? byRequest.get(context.request) : undefined;
    const pending = fromRequest ?? byContext.get(context) ?? newPending('ws', context.requestId);
    byContext.set(context, pending);
    const operation = getOperationAST(document, operationName);
    pending.executed = true;
    pending.requestId = context.requestId;
    pending.tenantId = context.gateway?.tenant.id ?? null;
    pending.operationName = operation?.name?.value ?? operationName ?? pending.operationName;
    pending.operationType = operation?.operation ?? null;
    return pending;
  };

  return {
    onRequest({ request }) {
      if (request.method === 'GET' && request.headers.get('accept')?.includes('text/html')) return;
      byRequest.set(request, newPending('http', requestIdOf(request)));
    },
    onParams({ request, params }) {
      const pending = byRequest.get(request);
      if (pending && params.operationName) pending.operationName = params.operationName;
    },
    onExecute({ args }) {
      const pending = begin(args.contextValue as Context, args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return;
          pending.result = summarize(result, (args.contextValue as Context).partialErrors);
          if (pending.transport === 'ws') finish(pending);
        },
      };
    },
    onSubscribe({ args }) {
      const pending = begin(args.contextValue as Context, args.document, args.operationName);
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            pending.result = summarize(result);
            if (pending.transport === 'ws') finish(pending);
            return undefined;
          }
          pending.streaming = true;
          return { onEnd: () => finish(pending) };
        },
      };
    },
    onResultProcess({ request, result }) {
      const pending = byRequest.get(request);
      if (!pending || pending.executed || isAsyncIterable(result)) return;
      const first = Array.isArray(result) ? result[0] : result;
      if (first) pending.result = summarize(first);
    },
    onResponse({ request, response }) {
      const pending = byRequest.get(request);
      if (!pending) return;
      pending.status = response.status;
      pending.tenantId ??= principals.get(request)?.tenantId ?? null;
      if (!pending.streaming) finish(pending);
    },
  };
}

function newPending(transport: 'http' | 'ws', requestId: string): Pending {
  return {
    started: performance.now(),
    transport,
    requestId,
    tenantId: null,
    operationName: null,
    operationType: null,
    executed: false,
    streaming: false,
    status: null,
    result: null,
    done: false,
  };
}

/** Outcome and error codes; `partialErrors` may or may not have been appended to the result yet. */
function summarize(
  result: ExecutionResult,
  partialErrors: readonly GraphQLError[] = [],
): { outcome: OperationOutcome; errorCodes: string[] } {
  const errors = [...new Set([...(result.errors ?? []), ...partialErrors])];
  const errorCodes = errors.map((error) => {
    const code = error.extensions?.['code'];
    return typeof code === 'string' ? code : 'UNKNOWN';
  });
  if (errors.length === 0) return { outcome: 'ok', errorCodes };
  const hasData = result.data != null && Object.values(result.data).some((value) => value !== null);
  return { outcome: hasData ? 'partial' : 'error', errorCodes };
}
