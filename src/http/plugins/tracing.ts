import { context, SpanKind, trace } from '@opentelemetry/api';
import {
  getOperationAST,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../../../schema/context.js';
import { extractTraceContext, inSpan, tracingEnabled } from '../../tracing/tracer.js';

type Context = GraphQLContext & { request?: Request };

const traced = new WeakSet<GraphQLSchema>();

/**
 * OpenTelemetry spans for each GraphQL operation (joining the caller's trace when it sends
 * `traceparent`) and for each query and mutation root field, under which the provider calls nest.
 * Adds nothing to a request while tracing is off.
 */
export function useOperationTracing(): Plugin<GraphQLContext> {
  return {
    onSchemaChange({ schema }) {
      traceRootFields(schema);
    },
    onExecute({ executeFn, setExecuteFn }) {
      if (!tracingEnabled()) return;
      setExecuteFn((args) => inOperationSpan(args, async () => (await executeFn(args)) as ExecutionResult));
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      if (!tracingEnabled()) return;
      setSubscribeFn((args) => inOperationSpan(args, async () => (await subscribeFn(args)) as ExecutionResult));
    },
  };
}

function inOperationSpan(args: ExecutionArgs, run: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
  const ctx = args.contextValue as Context;
  const operation = getOperationAST(args.document, args.operationName);
  const type = operation?.operation ?? 'query';
  const name = operation?.name?.value ?? 'anonymous';
  return inSpan(
    `graphql.${type} ${name}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        'graphql.operation.type': type,
        'graphql.operation.name': name,
        'cgw.request_id': ctx.requestId,
        ...(ctx.gateway ? { 'cgw.tenant': ctx.gateway.tenant.id } : {}),
      },
      ...(ctx.request ? { parent: extractTraceContext(ctx.request.headers) } : {}),
    },
    async (span) => {
      const result = await run();
      if (!isAsyncIterable(result) && result.errors?.length) {
        span.setAttribute('graphql.error_count', result.errors.length);
      }
      return result;
    },
  );
}

/** Wraps each query and mutation root field's resolver (once per schema) in a span while tracing records. */
function traceRootFields(schema: GraphQLSchema): void {
  if (traced.has(schema)) return;
  traced.add(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const original = field.resolve;
      if (!original) continue;
      const wrapped: GraphQLFieldResolver<unknown, unknown> = (source, args, ctx, info) => {
        if (!tracingEnabled() || !trace.getSpan(context.active())?.isRecording()) {
          return original(source, args, ctx, info);
        }
        return inSpan(
          `resolve ${info.parentType.name}.${info.fieldName}`,
          {
            kind: SpanKind.INTERNAL,
            attributes: { 'graphql.field.path': `${info.parentType.name}.${info.fieldName}` },
          },
          async () => (await original(source, args, ctx, info)) as unknown,
        );
      };
      field.resolve = wrapped;
    }
  }
}
