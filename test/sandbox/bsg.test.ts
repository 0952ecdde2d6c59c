import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BSG_CREDENTIALS, startBsgSandbox, type BsgSandbox } from '../../sandbox/bsg/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../sandbox/kit/webhooks.js';

interface Delivery {
  body: string;
  signature: string;
}

/** A webhook receiver that hands each delivery to the next waiter. */
async function startReceiver() {
  const deliveries: Delivery[] = [];
  const waiters: ((d: Delivery) => void)[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const delivery = { body, signature: String(req.headers[WEBHOOK_SIGNATURE_HEADER]) };
      const waiter = waiters.shift();
      if (waiter) waiter(delivery);
      else deliveries.push(delivery);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    next: () =>
      new Promise<Delivery>((resolve) =>
        deliveries.length ? resolve(deliveries.shift() as Delivery) : waiters.push(resolve),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('BSG sandbox', () => {
  let sandbox: BsgSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let token = '';
  const clock = createClock({ mode: 'manual' });
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${sandbox.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    receiver = await startReceiver();
    sandbox = await startBsgSandbox({ clock, webhook: { url: receiver.url, secret: 'whsec_test' } });
    const login = await fetch(`${sandbox.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_key: DEFAULT_BSG_CREDENTIALS.apiKeys[0] }),
    });
    token = ((await login.json()) as { bearer: string }).bearer;
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it('requires a bearer token from login on every campaign endpoint', async () => {
    const response = await fetch(`${sandbox.url}/api/campaigns`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Unauthenticated.' });
    const badLogin = await fetch(`${sandbox.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_key: 'live_unknown' }),
    });
    expect(badLogin.status).toBe(401);
  });

  it('validates list parameters against the documented bounds', async () => {
    const response = await call('GET', '/api/campaigns?page[limit]=10');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      message: 'The given data was invalid.',
      errors: { 'page[limit]': [expect.any(String)] },
    });
  });

  it('sends through the channel-specific SMS, Viber and RCS endpoints', async () => {
    for (const channel of ['sms', 'viber', 'rcs']) {
      const response = await call('POST', `/api/campaigns/${channel}/send`, {
        phones: [{ number: '380501234567' }],
        sender: 'ShopLine',
        text: `Hello on ${channel}`,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ data: { message_type: channel, status: 'creation' } });
    }
  });

  it('validates a send without creating anything on dry_run', async () => {
    const before = sandbox.campaignIds().length;
    const response = await call('POST', '/api/campaigns/send', {
      channels: ['sms'],
      recipients: { phones: [{ number: 380501234567 }] },
      sms: { sender: 'ShopLine', text: 'dry' },
      dry_run: true,
    });
    expect(response.status).toBe(200);
    expect(sandbox.campaignIds().length).toBe(before);
  });

  it('answers 404 and 405 like the platform', async () => {
    expect((await call('GET', '/api/campaigns/999999999')).status).toBe(404);
    expect((await call('DELETE', '/api/campaigns/1/stop')).status).toBe(405);
  });

  it('delivers a signed webhook when a status changes', async () => {
    const id = sandbox.campaignIds()[0] ?? 0;
    const forced = await fetch(`${sandbox.url}/__sandbox/campaigns/${id}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'paused' }),
    });
    expect(forced.status).toBe(200);
    const delivery = await receiver.next();
    const event = JSON.parse(delivery.body) as Record<string, unknown>;
    expect(event).toMatchObject({ type: 'campaign.status_changed', campaignId: String(id), status: 'paused' });
    const timestamp = Number(/t=(\d+)/.exec(delivery.signature)?.[1]);
    expect(delivery.signature).toBe(signWebhook('whsec_test', delivery.body, timestamp));
  });

  it('injects faults and logs calls through its control endpoints', async () => {
    await fetch(`${sandbox.url}/__sandbox/calls`, { method: 'DELETE' });
    const added = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'status-502', route: 'campaigns.get', times: 1 }),
    });
    expect(added.status).toBe(201);
    const id = sandbox.campaignIds()[0] ?? 0;
    expect((await call('GET', `/api/campaigns/${id}`)).status).toBe(502);
    expect((await call('GET', `/api/campaigns/${id}`)).status).toBe(200);
    const log = (await (await fetch(`${sandbox.url}/__sandbox/calls?route=campaigns.get`)).json()) as {
      calls: { status: number; fault?: string }[];
    };
    expect(log.calls.map((c) => [c.status, c.fault ?? null])).toEqual([
      [502, 'status-502'],
      [200, null],
    ]);
    const invalid = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: '{"kind":"meteor"}' });
    expect(invalid.status).toBe(400);
  });
});
