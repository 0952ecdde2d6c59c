import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  INVALID_SPAN_CONTEXT,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type SpanKind,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/** The gateway's tracer: a no-op until tracing is started. */
export const tracer = trace.getTracer('campaign-gateway');

const propagator = new W3CTraceContextPropagator();

/** The span `inSpan` hands its work while tracing is off. */
const NOT_RECORDING = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

let enabled = false;

/** True while spans are exported (`startTracing`); tracing code otherwise just runs the traced work. */
export function tracingEnabled(): boolean {
  return enabled;
}

/** Turns the tracing code paths on or off for the process (`startTracing` and its shutdown). */
export function setTracingEnabled(on: boolean): void {
  enabled = on;
}

/** Adds `traceparent` (and `tracestate`) for the active span to outgoing headers; nothing when tracing is off. */
export function injectTraceHeaders(headers: Record<string, string>): void {
  if (enabled) propagator.inject(context.active(), headers, defaultTextMapSetter);
}

/** The caller's trace context from incoming headers, so the gateway's spans join the caller's trace. */
export function extractTraceContext(headers: Headers): Context {
  return propagator.extract(ROOT_CONTEXT, Object.fromEntries(headers), defaultTextMapGetter);
}

/**
 * Runs `work` inside a new active span (child of `parent`, or of the active span) and ends it with the
 * outcome: an error sets the span's status to ERROR with the error's code, and is rethrown. While tracing
 * is off, only `work` runs (with a span that records nothing).
 */
export function inSpan<T>(
  name: string,
  options: { kind: SpanKind; attributes?: Attributes; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (!enabled) return work(NOT_RECORDING);
  const parent = options.parent ?? context.active();
  return tracer.startActiveSpan(
    name,
    { kind: options.kind, ...(options.attributes ? { attributes: options.attributes } : {}) },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        markFailed(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Sets a span's status to ERROR, naming the error's code (never its message: it may quote a provider). */
export function markFailed(span: Span, error: unknown): void {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : 'ERROR';
  span.setStatus({ code: SpanStatusCode.ERROR, message: code });
  span.setAttribute('error.type', code);
}
