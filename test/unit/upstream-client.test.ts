import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClock } from '../../sandbox/kit/clock.js';
import { json } from '../../sandbox/kit/router.js';
import { startSandboxServer, type SandboxServer } from '../../sandbox/kit/server.js';
import { ProviderBadResponseError, ProviderTimeoutError, ProviderUnavailableError } from '../../src/domain/errors.js';
import { UpstreamClient, type AccountStateChange } from '../../src/upstream/client.js';
import { UpstreamStatusError } from '../../src/upstream/errors.js';
import { DEFAULT_TIMEOUTS, type UpstreamRequest, type UpstreamSettings } from '../../src/upstream/types.js';

const account = { provider: 'bsg', account: 'probe' } as const;
const items = z.object({ items: z.array(z.string()) });
const list: UpstreamRequest<z.infer<typeof items>> = {
  method: 'GET',
  path: '/items',
  endpoint: '/items',
  schema: items,
};
const create: UpstreamRequest<z.infer<typeof items>> = { ...list, method: 'POST', body: { name: 'x' } };

describe('upstream client against a simulator', () => {
  let simulator: SandboxServer;
  const clients: UpstreamClient[] = [];

  function client(overrides: Partial<UpstreamSettings> = {}, onStateChange?: (c: AccountStateChange) => void) {
    const settings: UpstreamSettings = {
      baseUrl: simulator.url,
      timeouts: { ...DEFAULT_TIMEOUTS, headersMs: 200, bodyMs: 200, totalMs: 1_000 },
      connections: 2,
      maxBodyBytes: 10_000,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      ...overrides,
    };
    const created = new UpstreamClient(account, settings, undefined, onStateChange ? { onStateChange } : {});
    clients.push(created);
    return created;
  }

  beforeAll(async () => {
    const handler = () => json(200, { items: ['a'] });
    simulator = await startSandboxServer({
      name: 'probe',
      clock: createClock({ mode: 'manual' }),
      routes: [
        { name: 'items.list', method: 'GET', path: '/items', handler },
        { name: 'items.create', method: 'POST', path: '/items', handler },
      ],
    });
  });
  beforeEach(() => {
    simulator.faults.clear();
    simulator.calls.clear();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await simulator.close();
  });

  it('keeps the provider request id on a bad-response error, for every kind of bad body', async () => {
    const http = client();
    for (const kind of ['malformed-json', 'schema-violation', 'wrong-content-type', 'oversized'] as const) {
      simulator.faults.add({ kind, route: 'items.list', times: 1, bytes: 50_000 });
      const error = await http.request(list).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderBadResponseError);
      expect((error as ProviderBadResponseError).providerRequestId).toMatch(/^probe-\d+$/);
    }
    expect(simulator.calls.count('items.list')).toBe(4);
  });

  it('says which media type came instead of JSON', async () => {
    simulator.faults.add({ kind: 'wrong-content-type', route: 'items.list' });
    await expect(client().request(list)).rejects.toThrow(/text\/html instead of JSON/);
  });

  it('retries a GET on a connection reset, and never a POST', async () => {
    const http = client();
    simulator.faults.add({ kind: 'reset', route: 'items.list', times: 1 });
    await expect(http.request(list)).resolves.toEqual({ items: ['a'] });
    simulator.faults.add({ kind: 'reset', route: 'items.create', times: 1 });
    await expect(http.request(create)).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(simulator.calls.count('items.list')).toBe(2);
    expect(simulator.calls.count('items.create')).toBe(1);
  });

  it('retries a POST marked idempotent on 503, but not on 500', async () => {
    const http = client();
    simulator.faults.add({ kind: 'status-503', route: 'items.create', times: 1 });
    await expect(http.request({ ...create, idempotent: true })).resolves.toEqual({ items: ['a'] });
    simulator.faults.add({ kind: 'status-500', route: 'items.create', times: 1 });
    const error = await http.request({ ...create, idempotent: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500 });
    expect(error).toBeInstanceOf(UpstreamStatusError);
    expect(simulator.calls.list('items.create').map((c) => c.status)).toEqual([503, 200, 500]);
  });

  it('ends a hanging call at the request deadline, before the account timeouts', async () => {
    const http = client({ timeouts: { ...DEFAULT_TIMEOUTS, totalMs: 5_000 } });
    simulator.faults.add({ kind: 'hang', route: 'items.list' });
    const started = performance.now();
    const error = await http.request(list, { deadline: Date.now() + 150 }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(ProviderTimeoutError);
    expect((error as Error).message).toMatch(/deadline/);
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(400);
  });

  it('reports circuit transitions to the hook and answers health', async () => {
    const changes: AccountStateChange[] = [];
    const http = client({ breaker: { minimumCalls: 2, coolDownMs: 60_000 }, retry: { maxAttempts: 1 } }, (c) =>
      changes.push(c),
    );
    simulator.faults.add({ kind: 'status-502', route: 'items.list' });
    await http.request(list).catch(() => undefined);
    await http.request(list).catch(() => undefined);
    const failFast = await http.request(list).catch((e: unknown) => e);
    expect(failFast).toBeInstanceOf(ProviderUnavailableError);
    expect(simulator.calls.count('items.list')).toBe(2);
    expect(changes).toEqual([expect.objectContaining({ account, from: 'CLOSED', to: 'OPEN' })]);
    expect(http.health()).toMatchObject({ state: 'OPEN', lastErrorCode: 'PROVIDER_UNAVAILABLE' });
    expect(http.health().openUntil?.getTime()).toBeGreaterThan(Date.now());
  });
});
