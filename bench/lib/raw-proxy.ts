import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';

/**
 * The limit of any Node layer: a bare HTTP server that makes the same upstream call as the gateway
 * (one page of BSG campaigns) and passes the body through untouched.
 */
export async function startRawProxy(
  upstream: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new Pool(upstream, { connections: 16 });
  const server: Server = createServer((_req, res) => {
    _req.resume();
    pool
      .request({ method: 'GET', path, headers })
      .then(async (answer) => {
        const body = await answer.body.text();
        res.writeHead(answer.statusCode, { 'content-type': 'application/json' }).end(body);
      })
      .catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.close();
    },
  };
}

/** Logs in to the BSG simulator and returns a bearer token. */
export async function bsgToken(baseUrl: string, apiKey: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ api_key: apiKey }),
  });
  return ((await response.json()) as { bearer: string }).bearer;
}
