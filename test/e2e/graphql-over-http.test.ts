import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Every MUST and every SHOULD audit passes, with an API key on each request. */
describe('GraphQL over HTTP (graphql-http server audits)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  const withKey =
    (apiKey: () => string) =>
    (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${apiKey()}`);
      return fetch(input, { ...init, headers });
    };

  const audits = serverAudits({ url: () => `${gw.url}/graphql`, fetchFn: withKey(() => gw.apiKey) });

  for (const audit of audits) {
    const level = audit.name.split(' ')[0];
    if (level === 'MAY') continue;
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status, result.status === 'ok' ? '' : result.reason).toBe('ok');
    });
  }

  /** MAY audits may answer `notice`: with CSRF prevention on, GETs without the CSRF header get a 403. */
  it('runs the MAY audits without an error among them', async () => {
    const results = await Promise.all(
      audits.filter((audit) => audit.name.startsWith('MAY')).map((audit) => audit.fn()),
    );
    expect(results.filter((result) => result.status === 'error')).toEqual([]);
  });
});
