import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { Logger } from '../logger.js';
import { setTracingEnabled } from './tracer.js';

export interface TracingOptions {
  /** OTLP/HTTP base URL (spans go to `<base>/v1/traces`); tracing is off without it or an exporter. */
  otlpEndpoint: string | null;
  serviceName: string;
  /** Receives spans instead of OTLP (tests use an in-memory exporter). */
  exporter?: SpanExporter;
}

/** Tracing while it is on; `shutdown` flushes the spans still buffered. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** The OTLP/HTTP traces URL for a base endpoint, as OTEL_EXPORTER_OTLP_ENDPOINT means it. */
export function otlpTracesUrl(base: string): string {
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}

/**
 * Turns tracing on for the process when an endpoint (or exporter) is given: a tracer provider that
 * exports spans, and async context so spans nest across awaits. Off otherwise: every span is a no-op.
 */
export function startTracing(options: TracingOptions, logger: Logger): Tracing | null {
  const exporter =
    options.exporter ??
    (options.otlpEndpoint ? new OTLPTraceExporter({ url: otlpTracesUrl(options.otlpEndpoint) }) : undefined);
  if (!exporter) return null;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  const ownsContext = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const ownsProvider = trace.setGlobalTracerProvider(provider);
  setTracingEnabled(true);
  if (!ownsProvider) logger.warn('tracing is already on in this process: spans go to the first exporter');
  if (options.otlpEndpoint) logger.info({ otlp: otlpTracesUrl(options.otlpEndpoint) }, 'tracing on');
  return {
    async shutdown() {
      await provider.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'span export failed'));
      if (ownsProvider) {
        trace.disable();
        setTracingEnabled(false);
      }
      if (ownsContext) context.disable();
    },
  };
}
