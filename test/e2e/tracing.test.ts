import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { execute } from '../support/graphql-client.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const TracedCampaigns = graphql(`
  query TracedCampaigns {
    campaigns(first: 2, filter: { providers: [BSG, SESSIONM] }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

describe('tracing', () => {
  let gw: TestGateway;
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 3, spanExporter: exporter });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('joins the caller’s trace with spans for the operation, its root field and each provider call', async () => {
    const response = await execute(
      gw.url,
      TracedCampaigns,
      {},
      { apiKey: gw.apiKey, headers: { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` } },
    );
    expect(response.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === CALLER_TRACE);
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');

    const operation = spans.find((span) => span.name === 'graphql.query TracedCampaigns');
    expect(operation?.kind).toBe(SpanKind.SERVER);
    expect(operation?.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(operation?.attributes).toMatchObject({ 'cgw.tenant': 'tenant-a', 'graphql.operation.type': 'query' });
    const field = spans.find((span) => span.name === 'resolve Query.campaigns');
    expect(field && parentOf(field)).toBe(operation);

    const bsgCalls = spans.filter((span) => span.kind === SpanKind.CLIENT && span.attributes['cgw.provider'] === 'bsg');
    expect(bsgCalls.length).toBeGreaterThan(0);
    for (const call of bsgCalls) {
      expect(call.attributes).toMatchObject({ 'cgw.account': 'bsg-demo', 'http.response.status_code': 200 });
      let ancestor = parentOf(call);
      while (ancestor && ancestor !== field) ancestor = parentOf(ancestor);
      expect(ancestor).toBe(field);
    }
  });

  it('sends W3C traceparent to the provider, naming the provider call’s span', () => {
    const clientSpans = new Set(
      exporter
        .getFinishedSpans()
        .filter((span) => span.kind === SpanKind.CLIENT)
        .map((span) => span.spanContext().spanId),
    );
    const received = gw.sandboxes.bsg.calls.list().map((call) => call.headers['traceparent']);
    expect(received.length).toBeGreaterThan(0);
    for (const header of received) {
      const [version, traceId, parentId, flags] = (header ?? '').split('-');
      expect({ version, traceId, flags }).toEqual({ version: '00', traceId: CALLER_TRACE, flags: '01' });
      expect(clientSpans.has(parentId ?? '')).toBe(true);
    }
  });
});
