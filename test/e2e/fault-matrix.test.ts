import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTER_FACTORIES } from '../../adapters/registry.js';
import { startSandboxes, type Sandboxes } from '../../sandbox/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { FAULT_KINDS, type FaultKind, type FaultRuleInput } from '../../sandbox/kit/faults.js';
import type { SandboxServer } from '../../sandbox/kit/server.js';
import type { ErrorCode } from '../../src/domain/errors.js';
import type { ProviderId } from '../../src/domain/provider.js';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from '../support/gateway.js';
import { execute, type GraphQLResponse } from '../support/graphql-client.js';
import { waitFor } from '../support/processes.js';

interface CampaignsData {
  campaigns: { edges: { node: { id: string } }[]; pageInfo: { missingProviders: { provider: string }[] } };
}
interface HealthData {
  providers: {
    id: string;
    account: string;
    health: { state: string; lastErrorCode: string | null; openUntil: string | null; rateLimitedUntil: string | null };
  }[];
}
interface MutationData {
  [field: string]: { __typename: string; code?: string; message?: string };
}

const Campaigns = parse(`
  query FaultMatrixCampaigns($providers: [ProviderId!]) {
    campaigns(first: 5, filter: { providers: $providers }) {
      edges { node { id } }
      pageInfo { missingProviders { provider account } }
    }
  }
`) as TypedDocumentNode<CampaignsData, { providers: string[] }>;

const Health = parse(`
  query FaultMatrixHealth {
    providers { id account health { state lastErrorCode lastLatencyMs openUntil rateLimitedUntil } }
  }
`) as TypedDocumentNode<HealthData, Record<string, never>>;

const Send = parse(`
  mutation FaultMatrixSend($input: SendCampaignInput!) {
    sendCampaign(input: $input) { __typename ... on Error { code message } }
  }
`) as TypedDocumentNode<MutationData, { input: Record<string, unknown> }>;

const Estimate = parse(`
  mutation FaultMatrixEstimate($input: EstimateCampaignPriceInput!) {
    estimateCampaignPrice(input: $input) { __typename ... on Error { code message } }
  }
`) as TypedDocumentNode<MutationData, { input: Record<string, unknown> }>;

/** A provider the matrix covers: its simulator and the route its campaign listing calls. One line per provider. */
interface MatrixProvider {
  provider: ProviderId;
  listRoute: string;
  simulator: (sandboxes: Sandboxes) => SandboxServer;
}

const PROVIDERS: MatrixProvider[] = [
  { provider: 'bsg', listRoute: 'campaigns.list', simulator: (s) => s.bsg },
  { provider: 'sessionm', listRoute: 'campaigns.active', simulator: (s) => s.sessionm },
  { provider: 'konigle', listRoute: 'campaigns.list', simulator: (s) => s.konigle },
  { provider: 'peach', listRoute: 'campaigns.list', simulator: (s) => s.peach },
];

/** Each fault and the typed error it must become; timings are sized against TIMEOUTS below. */
interface FaultCase {
  kind: FaultKind;
  label?: string;
  rule?: Partial<FaultRuleInput>;
  code: ErrorCode;
  retryAfter?: [number, number];
}

const FAULTS: FaultCase[] = [
  { kind: 'latency', rule: { delayMs: 1_500 }, code: 'PROVIDER_TIMEOUT' },
  { kind: 'hang', code: 'PROVIDER_TIMEOUT' },
  { kind: 'status-500', code: 'PROVIDER_UNAVAILABLE' },
  { kind: 'status-502', code: 'PROVIDER_UNAVAILABLE' },
  { kind: 'status-503', code: 'PROVIDER_UNAVAILABLE' },
  { kind: 'status-504', code: 'PROVIDER_UNAVAILABLE' },
  { kind: 'rate-limit', rule: { retryAfterSeconds: 30 }, code: 'PROVIDER_RATE_LIMITED', retryAfter: [30, 30] },
  {
    kind: 'rate-limit',
    label: 'rate-limit (HTTP-date)',
    rule: { retryAfterSeconds: 30, retryAfterDate: true },
    code: 'PROVIDER_RATE_LIMITED',
    retryAfter: [29, 30],
  },
  { kind: 'reset', code: 'PROVIDER_UNAVAILABLE' },
  { kind: 'malformed-json', code: 'PROVIDER_BAD_RESPONSE' },
  { kind: 'schema-violation', code: 'PROVIDER_BAD_RESPONSE' },
  { kind: 'trickle', rule: { delayMs: 400 }, code: 'PROVIDER_TIMEOUT' },
  { kind: 'wrong-content-type', code: 'PROVIDER_BAD_RESPONSE' },
  { kind: 'oversized', rule: { bytes: 300_000 }, code: 'PROVIDER_BAD_RESPONSE' },
];

const REQUEST_TIMEOUT_MS = 1_200;
const MARGIN_MS = 300;
const CONNECTIONS = 4;
const TIMEOUTS = { connectMs: 250, headersMs: 250, bodyMs: 250, totalMs: 1_000 };
/** The matrix isolates each fault: a breaker that never opens, small backoff, a small body limit. */
const MATRIX_SETTINGS = {
  timeouts: TIMEOUTS,
  connections: CONNECTIONS,
  maxBodyBytes: 100_000,
  retry: { maxAttempts: 2, baseDelayMs: 20, maxDelayMs: 50 },
  breaker: { minimumCalls: 1_000 },
};

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

function listCampaigns(gw: TestGateway, provider: ProviderId): Promise<GraphQLResponse<CampaignsData>> {
  return execute(gw.url, Campaigns, { providers: [provider.toUpperCase()] }, { apiKey: gw.apiKey });
}

async function healthOf(gw: TestGateway, provider: ProviderId): Promise<HealthData['providers'][number]['health']> {
  const { data } = await execute(gw.url, Health, {}, { apiKey: gw.apiKey });
  const entry = data?.providers.find((p) => p.id === provider.toUpperCase());
  if (!entry) throw new Error(`no health for ${provider}`);
  return entry.health;
}

describe('upstream fault matrix', () => {
  let sandboxes: Sandboxes;
  const started: TestGateway[] = [];

  /** A gateway of its own (fresh breaker, budget and limiter) on the shared simulators. */
  async function gateway(accountSettings: Record<string, unknown>, extra: TestGatewayOptions = {}) {
    const gw = await startTestGateway({ sandboxes, accountSettings, requestTimeoutMs: REQUEST_TIMEOUT_MS, ...extra });
    started.push(gw);
    return gw;
  }

  async function stop(gw: TestGateway, simulator: SandboxServer): Promise<void> {
    await gw.stop();
    started.splice(started.indexOf(gw), 1);
    await waitFor(() => simulator.openConnections() === 0, 'sockets to the simulator to close');
  }

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    sandboxes = await startSandboxes({ clock: () => createClock({ mode: 'manual' }), seedCampaigns: 3 });
  });
  afterAll(async () => {
    await Promise.all(started.map((gw) => gw.stop()));
    await sandboxes.close();
    process.off('unhandledRejection', onUnhandled);
  });

  it('has a row for every provider the test gateway registers, and a case for every fault kind', async () => {
    const gw = await gateway(MATRIX_SETTINGS);
    const { data } = await execute(gw.url, Health, {}, { apiKey: gw.apiKey });
    const registered = (data?.providers ?? []).map((p) => p.id.toLowerCase());
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.filter((id) => !PROVIDERS.some((row) => row.provider === id))).toEqual([]);
    expect(new Set(FAULTS.map((f) => f.kind))).toEqual(new Set(FAULT_KINDS));
    await stop(gw, sandboxes.bsg);
  });

  for (const row of PROVIDERS.filter((p) => ADAPTER_FACTORIES[p.provider])) {
    for (const fault of FAULTS) {
      it(`${row.provider}: ${fault.label ?? fault.kind} answers ${fault.code} within the deadline, and the process stays healthy`, async () => {
        const simulator = row.simulator(sandboxes);
        const gw = await gateway(MATRIX_SETTINGS);
        const warm = await listCampaigns(gw, row.provider);
        expect(warm.errors).toBeUndefined();
        simulator.faults.add({ kind: fault.kind, route: row.listRoute, ...fault.rule });

        const { result, ms } = await timed(() => listCampaigns(gw, row.provider));
        simulator.faults.clear();

        expect(result.status).toBe(200);
        expect(result.errors).toHaveLength(1);
        const error = result.errors?.[0];
        expect(error?.extensions).toMatchObject({ code: fault.code, provider: row.provider });
        expect(error?.message).not.toMatch(/127\.0\.0\.1|http:|trunc|<html|schema violation/i);
        if (fault.retryAfter) {
          const retryAfter = Number(error?.extensions?.['retryAfter']);
          expect(retryAfter).toBeGreaterThanOrEqual(fault.retryAfter[0]);
          expect(retryAfter).toBeLessThanOrEqual(fault.retryAfter[1]);
        }
        expect(result.data?.campaigns.pageInfo.missingProviders).toEqual([
          expect.objectContaining({ provider: row.provider.toUpperCase() }),
        ]);
        expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + MARGIN_MS);
        expect((await healthOf(gw, row.provider)).lastErrorCode).toBe(fault.code);

        await waitFor(() => simulator.openConnections() <= CONNECTIONS, 'sockets back within the pool size');
        const health = await fetch(`${gw.url}/healthz`);
        expect(health.status).toBe(200);
        await stop(gw, simulator);
      });
    }
  }

  it('bsg: opens the circuit on a hanging provider, fails fast with no call while open, and recovers with one probe', async () => {
    const bsg = sandboxes.bsg;
    const coolDownMs = 500;
    const gw = await gateway({
      timeouts: { ...TIMEOUTS, headersMs: 300 },
      retry: { maxAttempts: 1 },
      breaker: { minimumCalls: 4, failureRateThreshold: 0.5, windowMs: 30_000, coolDownMs },
    });
    expect((await listCampaigns(gw, 'bsg')).errors).toBeUndefined();
    bsg.faults.add({ kind: 'hang', route: 'campaigns.list' });

    const hanging: number[] = [];
    while ((await healthOf(gw, 'bsg')).state === 'CLOSED') {
      const { result, ms } = await timed(() => listCampaigns(gw, 'bsg'));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_TIMEOUT', provider: 'bsg' });
      hanging.push(ms);
      expect(hanging.length).toBeLessThanOrEqual(4);
    }
    expect((await healthOf(gw, 'bsg')).state).toBe('OPEN');

    bsg.calls.clear();
    const fast: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { result, ms } = await timed(() => listCampaigns(gw, 'bsg'));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'bsg' });
      expect(result.errors?.[0]?.message).toMatch(/circuit open/);
      fast.push(ms);
    }
    expect(bsg.calls.count()).toBe(0);
    expect(Math.max(...fast)).toBeLessThan(100);
    console.warn(
      `breaker: hanging provider ${Math.round(Math.max(...hanging))} ms per request before opening, ` +
        `${Math.max(...fast).toFixed(1)} ms max while open`,
    );

    bsg.faults.clear();
    bsg.faults.add({ kind: 'latency', route: 'campaigns.list', delayMs: 150, times: 1 });
    await waitFor(async () => (await healthOf(gw, 'bsg')).state === 'HALF_OPEN', 'the cool-down to end', 5_000);
    const concurrent = await Promise.all([1, 2, 3].map(() => listCampaigns(gw, 'bsg')));
    expect(bsg.calls.count('campaigns.list')).toBe(1);
    expect(concurrent.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(concurrent.filter((r) => r.errors?.[0]?.message.includes('half-open'))).toHaveLength(2);
    expect((await healthOf(gw, 'bsg')).state).toBe('CLOSED');
    expect((await listCampaigns(gw, 'bsg')).errors).toBeUndefined();
    await stop(gw, bsg);
  });

  it('bsg: a 429 slows the account: spaced by the configured rate, Retry-After waited out, a long one answered at once', async () => {
    const bsg = sandboxes.bsg;
    const gw = await gateway(
      {
        timeouts: { ...TIMEOUTS, totalMs: 3_000 },
        rateLimit: { requestsPerSecond: 5, burst: 1 },
        retry: { maxRetryAfterMs: 1_500 },
      },
      { requestTimeoutMs: 3_000 },
    );
    const spaced = await Promise.all([1, 2, 3, 4].map(() => listCampaigns(gw, 'bsg')));
    expect(spaced.every((r) => r.errors === undefined)).toBe(true);
    const starts = gw.upstreamCalls.map((call) => call.startedAt ?? 0).sort((a, b) => a - b);
    const gaps = starts.slice(1).map((at, i) => at - (starts[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(190);

    gw.upstreamCalls.length = 0;
    bsg.calls.clear();
    bsg.faults.add({ kind: 'rate-limit', route: 'campaigns.list', retryAfterSeconds: 1, times: 1 });
    const waited = await timed(() => listCampaigns(gw, 'bsg'));
    expect(waited.result.errors).toBeUndefined();
    expect(bsg.calls.list('campaigns.list').map((c) => c.status)).toEqual([429, 200]);
    const [first, second] = gw.upstreamCalls.filter((c) => c.endpoint === '/api/campaigns');
    expect((second?.startedAt ?? 0) - (first?.startedAt ?? 0) - (first?.durationMs ?? 0)).toBeGreaterThanOrEqual(990);

    bsg.calls.clear();
    bsg.faults.add({ kind: 'rate-limit', route: 'campaigns.list', retryAfterSeconds: 10, retryAfterDate: true });
    const refused = await timed(() => listCampaigns(gw, 'bsg'));
    expect(refused.result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_RATE_LIMITED', provider: 'bsg' });
    expect(refused.ms).toBeLessThan(MARGIN_MS + 200);
    expect((await healthOf(gw, 'bsg')).rateLimitedUntil).not.toBeNull();
    const paused = await timed(() => listCampaigns(gw, 'bsg'));
    expect(paused.result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_RATE_LIMITED', provider: 'bsg' });
    expect(Number(paused.result.errors?.[0]?.extensions?.['retryAfter'])).toBeGreaterThanOrEqual(8);
    expect(paused.ms).toBeLessThan(MARGIN_MS);
    expect(bsg.calls.count('campaigns.list')).toBe(1);
    bsg.faults.clear();
    await stop(gw, bsg);
  });

  it('bsg: retries under a persistent fault stay within the retry budget', async () => {
    const bsg = sandboxes.bsg;
    const budgetCap = 2;
    const gw = await gateway({
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, budgetRatio: 0.1, budgetCap },
      breaker: { minimumCalls: 1_000 },
    });
    expect((await listCampaigns(gw, 'bsg')).errors).toBeUndefined();
    bsg.calls.clear();
    bsg.faults.add({ kind: 'status-503', route: 'campaigns.list' });
    const requests = 30;
    for (let i = 0; i < requests; i += 1) {
      const { errors } = await listCampaigns(gw, 'bsg');
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'bsg' });
    }
    bsg.faults.clear();
    const retries = bsg.calls.count('campaigns.list') - requests;
    expect(retries).toBeGreaterThanOrEqual(budgetCap);
    expect(retries).toBeLessThanOrEqual(budgetCap + Math.floor(0.1 * (requests + 1)));
    await stop(gw, bsg);
  });

  it('bsg: never repeats a send, and repeats a call marked idempotent', async () => {
    const bsg = sandboxes.bsg;
    const gw = await gateway({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 } });
    const input = { channel: 'SMS', sender: 'ShopLine', text: 'Fault matrix', phones: ['380501112233'] };
    for (const kind of ['reset', 'status-503'] as const) {
      bsg.calls.clear();
      bsg.faults.add({ kind, route: 'campaigns.send', times: 1 });
      const { data } = await execute(gw.url, Send, { input }, { apiKey: gw.apiKey });
      expect(data?.['sendCampaign']).toMatchObject({ __typename: 'ProviderUnavailableError' });
      expect(bsg.calls.count('campaigns.send')).toBe(1);
    }
    bsg.calls.clear();
    bsg.faults.add({ kind: 'status-503', route: 'campaigns.price', times: 1 });
    const estimate = await execute(
      gw.url,
      Estimate,
      { input: { sender: 'ShopLine', text: 'Hello', phones: ['380501112233'] } },
      { apiKey: gw.apiKey },
    );
    expect(estimate.data?.['estimateCampaignPrice']).toMatchObject({ __typename: 'EstimateCampaignPriceSuccess' });
    expect(bsg.calls.list('campaigns.price').map((c) => c.status)).toEqual([503, 200]);
    bsg.faults.clear();
    await stop(gw, bsg);
  });

  it('bsg: a hanging provider holds at most maxConcurrent sockets, and a full queue is refused at once', async () => {
    const bsg = sandboxes.bsg;
    const gw = await gateway({
      timeouts: { ...TIMEOUTS, headersMs: 600 },
      retry: { maxAttempts: 1 },
      breaker: { minimumCalls: 1_000 },
      maxConcurrent: 2,
      maxQueue: 1,
    });
    expect((await listCampaigns(gw, 'bsg')).errors).toBeUndefined();
    bsg.calls.clear();
    bsg.faults.add({ kind: 'hang', route: 'campaigns.list' });
    const pending = Promise.all([1, 2, 3, 4, 5, 6].map(() => timed(() => listCampaigns(gw, 'bsg'))));
    await waitFor(() => bsg.calls.count('campaigns.list') === 2, 'two calls to hang');
    expect(bsg.openConnections()).toBeLessThanOrEqual(2);
    const results = await pending;
    bsg.faults.clear();
    const refused = results.filter((r) => r.result.errors?.[0]?.message.includes('too many calls waiting'));
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(r.result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'bsg' });
      expect(r.ms).toBeLessThan(MARGIN_MS);
    }
    const timedOut = results.filter((r) => r.result.errors?.[0]?.extensions?.['code'] === 'PROVIDER_TIMEOUT');
    expect(timedOut).toHaveLength(3);
    expect(bsg.calls.count('campaigns.list')).toBe(3);
    await stop(gw, bsg);
  });

  it('left no unhandled rejection behind', () => {
    expect(unhandled).toEqual([]);
  });
});
