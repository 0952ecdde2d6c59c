import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { postDocument, sendRaw, type RawResponse } from '../support/raw-http.js';

const CAMPAIGN_ID = 'Q2FtcGFpZ246YnNnOmJzZy1kZW1vOjE=';

/** What a refused document must look like: 400, graphql-response+json, a named limit, no provider call. */
function expectRefused(gw: TestGateway, callsBefore: number, response: RawResponse, limit: string | RegExp): void {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
  const error = response.json?.errors?.[0];
  expect(error?.extensions?.['code']).toBe('QUERY_LIMIT_EXCEEDED');
  expect(error?.message).toMatch(limit);
  expect(gw.upstreamCalls.length, 'a refused document calls no provider').toBe(callsBefore);
}

describe('query limits (development profile)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({
      seedCampaigns: 2,
      server: {
        maxRequestBytes: 20_000,
        corsOrigins: ['https://app.example'],
        limits: { maxDepth: 5, maxAliases: 5, maxTokens: 400, maxDirectives: 4, maxCost: 600 },
      },
    });
  });
  afterAll(() => gw.stop());

  it('refuses a document nested deeper than maxDepth', async () => {
    const atLimit = await postDocument(gw.url, gw.apiKey, '{ campaigns { edges { node { stats { sent } } } } }');
    expect(atLimit.status).toBe(200);
    const calls = gw.upstreamCalls.length;
    const tooDeep = '{ campaigns { edges { node { stats { cost { amount } } } } } }';
    expectRefused(gw, calls, await postDocument(gw.url, gw.apiKey, tooDeep), /depth/i);
  });

  it('refuses more aliases than maxAliases (an alias bomb never fans out)', async () => {
    const calls = gw.upstreamCalls.length;
    const aliases = Array.from({ length: 6 }, (_, i) => `c${i}: campaign(id: "${CAMPAIGN_ID}") { __typename }`);
    expectRefused(gw, calls, await postDocument(gw.url, gw.apiKey, `{ ${aliases.join(' ')} }`), /alias/i);
  });

  it('refuses a document of more than maxTokens tokens while parsing', async () => {
    const calls = gw.upstreamCalls.length;
    const fields = Array.from({ length: 500 }, () => '__typename').join(' ');
    expectRefused(gw, calls, await postDocument(gw.url, gw.apiKey, `{ ${fields} }`), /token/i);
  });

  it('refuses more directives than maxDirectives', async () => {
    const calls = gw.upstreamCalls.length;
    const directives = Array.from({ length: 5 }, () => '@include(if: true)').join(' ');
    expectRefused(gw, calls, await postDocument(gw.url, gw.apiKey, `{ latestEventId ${directives} }`), /directive/i);
  });

  it('charges upstream fan-out: a page of campaigns with nested stats costs more than the limit, a scalar does not', async () => {
    const calls = gw.upstreamCalls.length;
    const scalar = await postDocument(gw.url, gw.apiKey, '{ latestEventId }');
    expect(scalar.status).toBe(200);
    const fanOut = '{ campaigns(first: 50) { edges { node { id deliveryStats { sent delivered } } } } }';
    const refused = await postDocument(gw.url, gw.apiKey, fanOut);
    expectRefused(gw, calls, refused, /cost \d+ exceeds the limit of 600/);
    expect(refused.json?.errors?.[0]?.extensions?.['cost']).toBeGreaterThan(600);
    const small = await postDocument(gw.url, gw.apiKey, fanOut.replace('first: 50', 'first: 5'));
    expect(small.status).toBe(200);
  });

  it('checks the cost on every request: the same document with a bigger page size is refused', async () => {
    const page = 'query Page($n: Int) { campaigns(first: $n) { edges { node { id deliveryStats { sent } } } } }';
    expect((await postDocument(gw.url, gw.apiKey, page, { n: 5 })).status).toBe(200);
    const calls = gw.upstreamCalls.length;
    expectRefused(gw, calls, await postDocument(gw.url, gw.apiKey, page, { n: 50 }), /cost/);
  });

  it('keeps batching off: an array of operations is a 400', async () => {
    const batch = JSON.stringify([{ query: '{ latestEventId }' }, { query: '{ latestEventId }' }]);
    const response = await sendRaw(gw.url, { apiKey: gw.apiKey, body: batch });
    expect(response.status).toBe(400);
  });

  it('refuses a body larger than server.maxRequestBytes with 413', async () => {
    const body = JSON.stringify({ query: '{ latestEventId }', variables: { pad: 'x'.repeat(25_000) } });
    const response = await sendRaw(gw.url, { apiKey: gw.apiKey, body });
    expect(response.status).toBe(413);
  });

  it('outside production, introspection works and errors suggest fields', async () => {
    const schema = await postDocument(gw.url, gw.apiKey, '{ __schema { queryType { name } } }');
    expect(schema.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await postDocument(gw.url, gw.apiKey, '{ latestEventI }');
    expect(typo.json?.errors?.[0]?.message).toContain('Did you mean');
  });

  it('prevents CSRF: a form-like POST or a plain GET needs the CSRF header; an EventSource GET with ?api_key= passes', async () => {
    const body = JSON.stringify({ query: '{ latestEventId }' });
    const forged = await sendRaw(gw.url, {
      query: `?api_key=${gw.apiKey}`,
      body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(forged.status).toBe(403);
    const get = (headers: Record<string, string>) =>
      sendRaw(gw.url, { method: 'GET', query: `?api_key=${gw.apiKey}&query=%7BlatestEventId%7D`, headers });
    expect((await get({})).status).toBe(403);
    expect((await get({ 'x-graphql-yoga-csrf': '1' })).status).toBe(200);
    const controller = new AbortController();
    const stream = await fetch(
      `${gw.url}/graphql?api_key=${gw.apiKey}&query=${encodeURIComponent('subscription { campaignEvents { __typename } }')}`,
      { headers: { accept: 'text/event-stream' }, signal: controller.signal },
    );
    expect(stream.status).toBe(200);
    controller.abort();
  });

  it('answers CORS for allowed origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${gw.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight('https://app.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await sendRaw(gw.url, {
      apiKey: gw.apiKey,
      body: JSON.stringify({ query: '{ latestEventId }' }),
      headers: { origin: 'https://evil.example' },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('query limits (production profile)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => gw.stop());

  it('turns introspection off (400) but keeps __typename', async () => {
    const calls = gw.upstreamCalls.length;
    const schema = await postDocument(gw.url, gw.apiKey, '{ __schema { types { name } } }');
    expect(schema.status).toBe(400);
    expect(schema.json?.errors?.[0]?.message).toMatch(/introspection/i);
    const type = await postDocument(gw.url, gw.apiKey, '{ __type(name: "Campaign") { name } }');
    expect(type.status).toBe(400);
    expect((await postDocument(gw.url, gw.apiKey, '{ __typename }')).json?.data).toEqual({ __typename: 'Query' });
    expect(gw.upstreamCalls.length).toBe(calls);
  });

  it('hides field suggestions', async () => {
    const typo = await postDocument(gw.url, gw.apiKey, '{ latestEventI }');
    expect(typo.status).toBe(400);
    expect(typo.json?.errors?.[0]?.message).toContain('Cannot query field "latestEventI"');
    expect(typo.text).not.toContain('Did you mean');
  });
});

describe('introspection enabled in production by config', () => {
  it('answers __schema when server.introspection is true', async () => {
    const gw = await startTestGateway({ env: { NODE_ENV: 'production' }, server: { introspection: true } });
    try {
      const schema = await postDocument(gw.url, gw.apiKey, '{ __schema { queryType { name } } }');
      expect(schema.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await gw.stop();
    }
  });
});
