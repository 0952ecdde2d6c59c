import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('the /dashboard route', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.stop());

  it('serves the page without a key, with a policy that allows only its own scripts and connections', async () => {
    const response = await fetch(`${gw.url}/dashboard`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/dashboard/app.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves the bundled script (graphql-ws included, nothing fetched from elsewhere) and the styles', async () => {
    const script = await fetch(`${gw.url}/dashboard/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await script.text();
    expect(code).toContain('graphql-transport-ws');
    expect(code).not.toMatch(/\bimport\s*["'(]|from\s*["']https?:/);
    const styles = await fetch(`${gw.url}/dashboard/app.css`);
    expect(styles.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 304 to a revalidation, 404 to an unknown asset and 405 to a write', async () => {
    const first = await fetch(`${gw.url}/dashboard/app.css`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await fetch(`${gw.url}/dashboard/app.css`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${gw.url}/dashboard/secrets.json`)).status).toBe(404);
    expect((await fetch(`${gw.url}/dashboard`, { method: 'POST' })).status).toBe(405);
  });
});
