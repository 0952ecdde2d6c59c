import { SpanKind } from '@opentelemetry/api';
import type { AccountRef } from '../domain/provider.js';
import { inSpan, markFailed, tracingEnabled } from './tracer.js';

/** What names a provider exchange in a trace: the account and the endpoint template, never ids or query values. */
export interface ExchangeLabel {
  baseUrl: string;
  method: string;
  endpoint: string;
  account?: AccountRef;
}

/**
 * Runs one HTTP exchange with a provider inside a client span, so that `traceparent` injected into its
 * headers names this span; a 4xx/5xx answer or a thrown error marks the span failed.
 */
export function traceExchange<T extends { status: number }>(label: ExchangeLabel, send: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return send();
  const url = new URL(label.baseUrl);
  return inSpan(
    `${label.method} ${label.account?.provider ?? url.host} ${label.endpoint}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'http.request.method': label.method,
        'url.template': label.endpoint,
        'server.address': url.hostname,
        ...(label.account ? { 'cgw.provider': label.account.provider, 'cgw.account': label.account.account } : {}),
      },
    },
    async (span) => {
      const answer = await send();
      span.setAttribute('http.response.status_code', answer.status);
      if (answer.status >= 400) markFailed(span, { code: `HTTP_${answer.status}` });
      return answer;
    },
  );
}
