import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BSG_CREDENTIALS } from '../../sandbox/bsg/index.js';
import { DEFAULT_SESSIONM_CREDENTIALS } from '../../sandbox/sessionm/index.js';
import { graphql } from '../generated/gql.js';
import { execute } from '../support/graphql-client.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { idempotentSend } from '../support/idempotency.js';
import { scrape, valueOf, type Sample } from '../support/metrics.js';
import { waitFor } from '../support/processes.js';
import { subscribeSse, subscribeWs } from '../support/subscriptions.js';

const OpsCampaigns = graphql(`
  query OpsCampaigns {
    campaigns(first: 3, filter: { providers: [BSG, SESSIONM] }) {
      edges {
        node {
          id
          provider
        }
      }
    }
  }
`);

const OpsEvents = graphql(`
  subscription OpsEvents {
    campaignEvents {
      __typename
      ... on CampaignEvent {
        type
        source
      }
    }
  }
`);

type LogLine = Record<string, unknown> & { msg: string };

const BSG = { provider: 'bsg', account: 'bsg-demo' };

describe('operations: metrics, request ids, logs and readiness', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 5 });
  });
  afterAll(async () => {
    await gw.stop();
  });
  afterEach(() => gw.sandboxes.bsg.faults.clear());

  const logLines = (): LogLine[] => gw.logs.map((line) => JSON.parse(line) as LogLine);
  const delta = (before: Sample[], after: Sample[], name: string, labels: Record<string, string> = {}) =>
    valueOf(after, name, labels) - valueOf(before, name, labels);

  it('counts GraphQL requests by operation and outcome, and provider calls, errors and retries by endpoint', async () => {
    const before = await scrape(gw.url);
    const callsBefore = gw.upstreamCalls.length;
    const healthy = await execute(gw.url, OpsCampaigns, {}, { apiKey: gw.apiKey });
    expect(healthy.errors).toBeUndefined();
    gw.sandboxes.bsg.faults.add({ kind: 'status-503' });
    const degraded = await execute(gw.url, OpsCampaigns, {}, { apiKey: gw.apiKey });
    expect(degraded.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'bsg' });
    const after = await scrape(gw.url);

    const operation = { operation: 'OpsCampaigns', type: 'query' };
    expect(delta(before, after, 'cgw_graphql_requests_total', { ...operation, outcome: 'ok' })).toBe(1);
    expect(delta(before, after, 'cgw_graphql_requests_total', { ...operation, outcome: 'partial' })).toBe(1);
    expect(delta(before, after, 'cgw_graphql_request_duration_seconds_count', operation)).toBe(2);

    const bsgCalls = gw.upstreamCalls.slice(callsBefore).filter((call) => call.account.provider === 'bsg');
    const endpoint = bsgCalls.find((call) => call.errorCode)?.endpoint ?? '';
    const failed = bsgCalls.filter((call) => call.endpoint === endpoint && call.errorCode);
    const retries = bsgCalls.filter((call) => call.endpoint === endpoint && (call.attempt ?? 1) > 1);
    expect(failed.length).toBeGreaterThan(0);
    expect(retries.length).toBeGreaterThan(0);
    const labels = { ...BSG, endpoint };
    expect(delta(before, after, 'cgw_upstream_calls_total', { ...labels, outcome: 'ok' })).toBeGreaterThan(0);
    expect(delta(before, after, 'cgw_upstream_calls_total', { ...labels, outcome: 'error' })).toBe(failed.length);
    expect(delta(before, after, 'cgw_upstream_errors_total', labels)).toBe(failed.length);
    expect(delta(before, after, 'cgw_upstream_retries_total', labels)).toBe(retries.length);
    expect(delta(before, after, 'cgw_upstream_call_duration_seconds_count', labels)).toBe(
      bsgCalls.filter((call) => call.endpoint === endpoint).length,
    );
    expect(valueOf(after, 'cgw_upstream_circuit_state', { ...BSG, state: 'CLOSED' })).toBe(1);
  });

  it('follows one request id from the client through the log line, the provider call and the error', async () => {
    const requestId = 'ops-trace-42';
    gw.sandboxes.bsg.faults.add({ kind: 'status-503' });
    const response = await execute(
      gw.url,
      OpsCampaigns,
      {},
      { apiKey: gw.apiKey, headers: { 'x-request-id': requestId } },
    );

    expect(response.headers.get('x-request-id')).toBe(requestId);
    const bsgError = response.errors?.find((error) => error.extensions?.['provider'] === 'bsg');
    expect(bsgError?.extensions?.['requestId']).toBe(requestId);
    const providerCalls = gw.sandboxes.bsg.calls.list().filter((call) => call.headers['x-request-id'] === requestId);
    expect(providerCalls.length).toBeGreaterThan(0);

    const lines = logLines().filter((line) => line['requestId'] === requestId);
    const requestLine = lines.find((line) => line.msg === 'graphql request');
    expect(requestLine).toMatchObject({
      tenant: 'tenant-a',
      operation: 'OpsCampaigns',
      operationType: 'query',
      outcome: 'partial',
      status: 200,
      errorCodes: ['PROVIDER_UNAVAILABLE'],
    });
    expect(requestLine?.['durationMs']).toEqual(expect.any(Number));
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'provider call failed', provider: 'bsg', account: 'bsg-demo', status: 503 }),
    );
  });

  it('gives errors raised before execution a request id too: a bad API key, an invalid document', async () => {
    const post = (query: string, apiKey: string) =>
      fetch(`${gw.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query }),
      });
    for (const [query, apiKey, status, code] of [
      ['{ latestEventId }', 'not-a-key', 401, 'UNAUTHENTICATED'],
      ['{ noSuchField }', gw.apiKey, 200, 'GRAPHQL_VALIDATION_FAILED'],
    ] as const) {
      const response = await post(query, apiKey);
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      const requestId = response.headers.get('x-request-id');
      expect(response.status).toBe(status);
      expect(requestId).toBeTruthy();
      expect(body.errors[0]?.extensions).toMatchObject({ code, requestId });
      expect(logLines()).toContainEqual(
        expect.objectContaining({ msg: 'graphql request', requestId, outcome: 'rejected', status }),
      );
    }
  });

  it('counts open subscriptions (graphql-ws and SSE) and the events published to and delivered through them', async () => {
    const active = async () => valueOf(await scrape(gw.url), 'cgw_subscriptions_active');
    const overWs = subscribeWs(gw.url, gw.apiKey, OpsEvents, {});
    const overSse = subscribeSse(gw.url, gw.apiKey, OpsEvents, {});
    await waitFor(async () => (await active()) === 2, 'two open subscriptions');
    const before = await scrape(gw.url);
    await idempotentSend(gw, 'ops-events-1', 'Metrics see this send');
    for (const subscription of [overWs, overSse]) {
      const message = await subscription.next();
      expect(message.data?.campaignEvents).toMatchObject({ __typename: 'CampaignEvent', type: 'CREATED' });
    }
    const after = await scrape(gw.url);
    expect(delta(before, after, 'cgw_events_published_total', { type: 'CREATED', source: 'MUTATION' })).toBe(1);
    expect(delta(before, after, 'cgw_events_delivered_total', { type: 'CREATED' })).toBe(2);
    await Promise.all([overWs.close(), overSse.close()]);
    await waitFor(async () => (await active()) === 0, 'the subscriptions closed');
    const logged = logLines().filter((line) => line.msg === 'graphql request' && line['operation'] === 'OpsEvents');
    expect(logged.map((line) => line['transport']).sort()).toEqual(['http', 'ws']);
    for (const line of logged) expect(line).toMatchObject({ operationType: 'subscription', tenant: 'tenant-a' });
  });

  it('counts a repeated idempotency key as a hit', async () => {
    const before = await scrape(gw.url);
    const first = await idempotentSend(gw, 'ops-idem-1', 'Only once');
    const again = await idempotentSend(gw, 'ops-idem-1', 'Only once');
    expect(again).toBe(first);
    const after = await scrape(gw.url);
    expect(delta(before, after, 'cgw_idempotency_requests_total', { outcome: 'executed' })).toBe(1);
    expect(delta(before, after, 'cgw_idempotency_requests_total', { outcome: 'replayed' })).toBe(1);
  });

  it('answers /readyz with the store check and every account’s circuit, and /healthz as before', async () => {
    const ready = await fetch(`${gw.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: { config: 'loaded', store: { kind: 'memory', reachable: true } },
      accounts: expect.arrayContaining([{ tenant: 'tenant-a', ...BSG, circuit: 'CLOSED' }]),
    });
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  });

  it('never writes a provider credential into a log line', () => {
    const text = gw.logs.join('\n');
    expect(text).toContain('provider call');
    for (const secret of [DEFAULT_BSG_CREDENTIALS.apiKeys[0] ?? '', DEFAULT_SESSIONM_CREDENTIALS.apiSecret]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('operations: poller, circuit breaker, one registry per gateway', () => {
  let polling: TestGateway;
  let other: TestGateway;

  beforeAll(async () => {
    [polling, other] = await Promise.all([startTestGateway({ pollIntervalMs: 50 }), startTestGateway()]);
  });
  afterAll(async () => {
    await Promise.all([polling.stop(), other.stop()]);
  });

  it('reports each account’s polls and poll lag', async () => {
    await Promise.all(polling.gateway.pollers.map((poller) => poller.nextTick()));
    const samples = await scrape(polling.url);
    expect(valueOf(samples, 'cgw_polls_total', { ...BSG, outcome: 'ok' })).toBeGreaterThan(0);
    const lag = samples.find((s) => s.name === 'cgw_poll_lag_seconds' && s.labels['provider'] === 'bsg');
    expect(lag?.value).toBeGreaterThanOrEqual(0);
    expect(lag?.value).toBeLessThan(5);
    expect(valueOf(await scrape(other.url), 'cgw_polls_total')).toBe(0);
  });

  it('counts a wait for a provider’s Retry-After before the retry is sent', async () => {
    const before = await scrape(other.url);
    other.sandboxes.bsg.faults.add({ kind: 'rate-limit', retryAfterSeconds: 1, times: 1 });
    const response = await execute(other.url, OpsCampaigns, {}, { apiKey: other.apiKey });
    expect(response.errors).toBeUndefined();
    const after = await scrape(other.url);
    const waits = { ...BSG, reason: 'retry_after' };
    expect(valueOf(after, 'cgw_upstream_rate_limit_waits_total', waits)).toBe(
      valueOf(before, 'cgw_upstream_rate_limit_waits_total', waits) + 1,
    );
    expect(valueOf(after, 'cgw_upstream_rate_limit_wait_seconds_total', waits)).toBeGreaterThan(0.5);
  });

  it('shows an opened circuit in /metrics and /readyz, and the instance stays ready', async () => {
    other.sandboxes.bsg.faults.add({ kind: 'status-500' });
    for (let i = 0; i < 20; i += 1) {
      await execute(other.url, OpsCampaigns, {}, { apiKey: other.apiKey });
      if (valueOf(await scrape(other.url), 'cgw_upstream_circuit_state', { ...BSG, state: 'OPEN' }) === 1) break;
    }
    const samples = await scrape(other.url);
    expect(valueOf(samples, 'cgw_upstream_circuit_state', { ...BSG, state: 'OPEN' })).toBe(1);
    expect(valueOf(samples, 'cgw_upstream_circuit_state', { ...BSG, state: 'CLOSED' })).toBe(0);
    const ready = await fetch(`${other.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { accounts: { provider: string; circuit: string }[] };
    expect(body.accounts.find((account) => account.provider === 'bsg')?.circuit).toBe('OPEN');
    expect(valueOf(await scrape(polling.url), 'cgw_upstream_circuit_state', { ...BSG, state: 'OPEN' })).toBe(0);
  });
});
