import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { schema } from '../../schema/index.js';
import { hostileCases, mutate, schemaDocument, seededRandom, type FuzzCase } from '../support/fuzz-documents.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { sendRaw } from '../support/raw-http.js';

const SEED = 20_260_101;
const SCHEMA_DOCUMENTS = 650;
const MUTATED_DOCUMENTS = 650;
const HOSTILE_ROUNDS = 12;
const WS_OPERATIONS = 600;
const CONCURRENCY = 16;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapMb(): number {
  collectGarbage();
  collectGarbage();
  return Math.round(process.memoryUsage().heapUsed / 1_048_576);
}

function fuzzCases(): FuzzCase[] {
  const random = seededRandom(SEED);
  const cases: FuzzCase[] = [];
  for (let i = 0; i < SCHEMA_DOCUMENTS; i += 1) {
    cases.push({ kind: 'schema document', body: JSON.stringify({ query: schemaDocument(random, schema) }) });
  }
  for (let i = 0; i < MUTATED_DOCUMENTS; i += 1) {
    cases.push({
      kind: 'mutated document',
      body: JSON.stringify({ query: mutate(random, schemaDocument(random, schema)) }),
    });
  }
  for (let i = 0; i < HOSTILE_ROUNDS; i += 1) cases.push(...hostileCases(random));
  return cases;
}

/** Runs `task` over `items`, `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

/** One graphql-ws connection that runs operations one after another and reports how each ended. */
async function openProtocol(url: string, apiKey: string) {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const waiting = new Map<string, (outcome: string) => void>();
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as { type: string; id?: string };
    if (message.type === 'connection_ack') waiting.get('ack')?.('ack');
    if ((message.type === 'complete' || message.type === 'error') && message.id)
      waiting.get(message.id)?.(message.type);
  });
  await new Promise<void>((resolve) => socket.on('open', () => resolve()));
  const acked = new Promise((resolve) => waiting.set('ack', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${apiKey}` } }));
  await acked;
  return {
    closed,
    run(id: string, payload: unknown): Promise<string> {
      const done = new Promise<string>((resolve) => waiting.set(id, resolve));
      socket.send(JSON.stringify({ id, type: 'subscribe', payload }));
      return Promise.race([done, closed.then((code) => `closed ${code}`)]);
    },
    close: () => socket.close(1000),
  };
}

describe('fuzzing the gateway with hostile documents', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 2 });
  });
  afterAll(() => gw.stop());

  it('answers thousands of generated and broken documents over HTTP without a 5xx, and memory settles', async () => {
    const cases = fuzzCases();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const pass = () =>
      inParallel(cases, CONCURRENCY, async (fuzz) => {
        const response = await sendRaw(gw.url, { apiKey: gw.apiKey, body: fuzz.body });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) failures.push(`${fuzz.kind}: ${response.status} ${response.text.slice(0, 200)}`);
      });
    const baseline = heapMb();
    const started = Date.now();
    await pass();
    const afterFirst = heapMb();
    await pass();
    const afterSecond = heapMb();
    console.warn(
      `fuzz: ${2 * cases.length} HTTP cases (two passes of ${cases.length}) in ${Date.now() - started} ms; ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; heap after gc: ${baseline} MB before, ` +
        `${afterFirst} MB after the first pass, ${afterSecond} MB after the second`,
    );
    expect(failures).toEqual([]);
    expect(afterSecond - afterFirst, 'a second identical pass leaves the heap where the first did').toBeLessThan(32);
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  });

  it('answers generated and broken operations over WebSocket: each ends in complete or error, never a 4500 close', async () => {
    const random = seededRandom(SEED + 1);
    const connection = await openProtocol(gw.url, gw.apiKey);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < WS_OPERATIONS; i += 1) {
      const document = schemaDocument(random, schema);
      const query = i % 3 === 0 ? mutate(random, document) : i % 7 === 0 ? `${'{ a '.repeat(3_000)}` : document;
      const variables = i % 5 === 0 ? { id: { wrong: true }, first: 'many' } : undefined;
      const outcome = await connection.run(String(i), { query, ...(variables ? { variables } : {}) });
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    connection.close();
    console.warn(`fuzz: ${WS_OPERATIONS} WebSocket operations: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect([...outcomes.keys()].filter((outcome) => outcome.startsWith('closed'))).toEqual([]);
  });

  it('closes a WebSocket that sends garbage frames with a protocol code (4400), not an internal error (4500)', async () => {
    const garbage: (string | Buffer)[] = [
      'not json',
      '{"type":"subscribe"}',
      '{"id":1,"type":"subscribe","payload":{"query":5}}',
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      JSON.stringify({ id: 'x', type: 'subscribe', payload: { query: '{ __typename }', variables: 'nope' } }),
    ];
    for (const frame of garbage) {
      const raw = new WebSocket(`${gw.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      const code = new Promise<number>((resolve) => raw.on('close', (closeCode) => resolve(closeCode)));
      await new Promise<void>((resolve) => raw.on('open', () => resolve()));
      raw.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${gw.apiKey}` } }));
      raw.send(frame);
      expect([4400, 4401, 1007]).toContain(await code);
    }
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  });
});
