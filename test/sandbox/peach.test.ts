import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClock } from '../../sandbox/kit/clock.js';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../sandbox/kit/webhooks.js';
import {
  BORROWERS,
  DEFAULT_PEACH_CREDENTIALS,
  startPeachSandbox,
  type PeachCampaignWire,
  type PeachRunWire,
  type PeachSandbox,
  type PeachSandboxOptions,
  type PeachWebhookEvent,
} from '../../sandbox/peach/index.js';

const KEY = DEFAULT_PEACH_CREDENTIALS.apiKeys[0] ?? '';
const started: PeachSandbox[] = [];

async function start(options: PeachSandboxOptions = {}): Promise<PeachSandbox> {
  const sandbox = await startPeachSandbox(options);
  started.push(sandbox);
  return sandbox;
}

interface ListBody<T> {
  status: number;
  total: number;
  count: number;
  nextUrl: string | null;
  previousUrl: string | null;
  data: T[];
}

/** Calls a company-scoped path with the api key, as a Peach client would. */
async function call(sandbox: PeachSandbox, method: string, path: string, body?: unknown, key = KEY) {
  const response = await fetch(path.startsWith('http') ? path : `${sandbox.companyUrl}${path}`, {
    method,
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: isJson ? (JSON.parse(text) as unknown) : undefined,
  };
}

const list = <T>(value: unknown) => value as ListBody<T>;
const single = <T>(value: unknown) => (value as { status: number; message: string; data: T }).data;

/** A webhook receiver that resolves waiters as matching deliveries arrive. */
async function startReceiver() {
  const deliveries: { event: PeachWebhookEvent; body: string; signature: string }[] = [];
  const waiters: { match: (e: PeachWebhookEvent) => boolean; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const event = JSON.parse(body) as PeachWebhookEvent;
      deliveries.push({ event, body, signature: String(req.headers[WEBHOOK_SIGNATURE_HEADER]) });
      for (const waiter of waiters.filter((w) => w.match(event))) waiter.resolve();
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/peach`,
    deliveries,
    waitFor: (match: (e: PeachWebhookEvent) => boolean) =>
      new Promise<void>((resolve) =>
        deliveries.some((d) => match(d.event)) ? resolve() : waiters.push({ match, resolve }),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

describe('Peach sandbox', () => {
  describe('auth', () => {
    it('refuses a missing or unknown X-API-KEY with 401', async () => {
      const sandbox = await start();
      const missing = await fetch(`${sandbox.companyUrl}/campaigns`);
      expect(missing.status).toBe(401);
      expect(await missing.json()).toEqual({ status: 401, message: 'Unauthorized' });
      const unknown = await call(sandbox, 'GET', '/campaigns', undefined, 'live_wrong');
      expect(unknown.status).toBe(401);
    });

    it('refuses a company the key does not belong to with 403', async () => {
      const sandbox = await start();
      const response = await call(sandbox, 'GET', `${sandbox.url}/api/companies/CP-OTHR-0001/campaigns`);
      expect(response).toMatchObject({ status: 403, json: { status: 403, message: 'Forbidden' } });
    });
  });

  describe('campaigns', () => {
    it('lists campaigns newest first in the list envelope, echoing redashApiKey and the sftp password', async () => {
      const sandbox = await start();
      const response = await call(sandbox, 'GET', '/campaigns');
      expect(response.status).toBe(200);
      const body = list<PeachCampaignWire>(response.json);
      expect(body).toMatchObject({ status: 200, total: 7, count: 7, nextUrl: null, previousUrl: null });
      expect(body.data.map((c) => c.id)).toEqual(sandbox.campaignIds());
      const daily = body.data.find((c) => c.id === 'BC-DEMO-0001');
      expect(daily).toMatchObject({
        externalId: 'collections-30dpd-daily',
        schedule: 'P P * * *',
        redashApiKey: 'demo-redash-key-0001',
        sftpSettings: { host: 'sftp.acme-lending.example:22', password: 'demo-sftp-password' },
        deletedAt: null,
      });
      expect(body.data.find((c) => c.id === 'BC-DEMO-0006')?.deletedAt).toBe('2025-12-17T00:00:00Z');
    });

    it('pages 1,007 campaigns exactly with limit, nextUrl and previousUrl', async () => {
      const sandbox = await start({ seed: { campaigns: 1000 } });
      const seen: PeachCampaignWire[] = [];
      let url: string | null = `${sandbox.companyUrl}/campaigns?limit=100`;
      const pages: ListBody<PeachCampaignWire>[] = [];
      while (url !== null) {
        const page: ListBody<PeachCampaignWire> = list<PeachCampaignWire>((await call(sandbox, 'GET', url)).json);
        pages.push(page);
        seen.push(...page.data);
        url = page.nextUrl;
      }
      expect(pages).toHaveLength(11);
      expect(pages.every((page) => page.total === 1007)).toBe(true);
      expect(pages.at(-1)?.count).toBe(7);
      expect(seen.map((c) => c.id)).toEqual(sandbox.campaignIds());
      expect(new Set(seen.map((c) => c.externalId)).size).toBe(1007);
      const created = seen.map((c) => Date.parse(c.createdAt ?? ''));
      expect(created.every((time, index) => index === 0 || time < (created[index - 1] ?? 0))).toBe(true);

      const second = pages[1];
      expect(second?.previousUrl).toContain('endingBefore=');
      const back = list<PeachCampaignWire>((await call(sandbox, 'GET', second?.previousUrl ?? '')).json);
      expect(back.data.map((c) => c.id)).toEqual(pages[0]?.data.map((c) => c.id));
      const firstId = seen[0]?.id ?? '';
      const secondId = seen[1]?.id ?? '';
      const both = list<PeachCampaignWire>(
        (await call(sandbox, 'GET', `/campaigns?limit=5&startingAfter=${firstId}&endingBefore=${secondId}`)).json,
      );
      expect(both.data.map((c) => c.id)).toEqual([firstId]);
    });

    it('answers 400 for a limit outside 1..100 and an unknown cursor', async () => {
      const sandbox = await start();
      expect(await call(sandbox, 'GET', '/campaigns?limit=101')).toMatchObject({
        status: 400,
        json: { status: 400, message: expect.stringContaining('limit') },
      });
      expect((await call(sandbox, 'GET', '/campaigns?startingAfter=BC-NONE-0000')).json).toEqual({
        status: 400,
        message: 'startingAfter: unknown object id',
      });
    });

    it('creates a campaign and returns it in the single-object envelope', async () => {
      const sandbox = await start();
      const body = {
        externalId: 'promise-to-pay-followup',
        redashQueryUrl: 'https://redash.acme-lending.example/queries/101',
        redashApiKey: 'redash-secret',
        schedule: 'P P * * 1-5',
        contactExporterId: 'CE-DIAL-0001',
        sftpSettings: { host: 'sftp.acme.com:23', username: 'u', password: 'sftp-secret', cdDir: '/in' },
      };
      const response = await call(sandbox, 'POST', '/campaigns', body);
      expect(response.status).toBe(200);
      const envelope = response.json as { status: number; message: string; data: PeachCampaignWire };
      expect(envelope.status).toBe(200);
      expect(envelope.data).toEqual({
        ...body,
        id: expect.stringMatching(/^BC-[A-Z0-9]{4}-[A-Z0-9]{4}$/),
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        deletedAt: null,
        bulkSenderId: null,
      });
      expect(sandbox.campaign('ext-promise-to-pay-followup')?.id).toBe(envelope.data.id);
    });

    it('validates the create body: Peachy crontab, Redash URL shape, unknown fields', async () => {
      const sandbox = await start();
      const badSchedule = await call(sandbox, 'POST', '/campaigns', { schedule: '0 9 * * *' });
      expect(badSchedule.json).toEqual({
        status: 400,
        message: "schedule: schedule minute and hour fields must be 'P'",
      });
      const dayP = await call(sandbox, 'POST', '/campaigns', { schedule: 'P P P * *' });
      expect(dayP.status).toBe(400);
      const badUrl = await call(sandbox, 'POST', '/campaigns', { redashQueryUrl: 'https://redash.example/dash/1' });
      expect(badUrl.json).toMatchObject({ status: 400, message: expect.stringContaining('redashQueryUrl') });
      const unknown = await call(sandbox, 'POST', '/campaigns', { name: 'not a Peach field' });
      expect(unknown.status).toBe(400);
      const noBody = await call(sandbox, 'POST', '/campaigns');
      expect(noBody.status).toBe(400);
    });

    it('answers 409 for an externalId another campaign holds', async () => {
      const sandbox = await start();
      const response = await call(sandbox, 'POST', '/campaigns', { externalId: 'card-expiry-manual' });
      expect(response.json).toEqual({
        status: 409,
        message: 'A campaign with externalId "card-expiry-manual" already exists',
      });
    });

    it('gets a campaign by id or ext-<externalId>; 404 when unknown, 400 when the id is malformed', async () => {
      const sandbox = await start();
      const byId = single<PeachCampaignWire>((await call(sandbox, 'GET', '/campaigns/BC-DEMO-0004')).json);
      const byExt = single<PeachCampaignWire>((await call(sandbox, 'GET', '/campaigns/ext-card-expiry-manual')).json);
      expect(byExt).toEqual(byId);
      expect(await call(sandbox, 'GET', '/campaigns/BC-NONE-0000')).toMatchObject({
        status: 404,
        json: { status: 404, message: 'Not found' },
      });
      expect((await call(sandbox, 'GET', '/campaigns/nonsense')).status).toBe(400);
    });

    it('updates a campaign with PUT, keeping untouched fields and stamping updatedAt', async () => {
      const sandbox = await start();
      sandbox.clock.advance(1_000);
      const response = await call(sandbox, 'PUT', '/campaigns/BC-DEMO-0004', {
        schedule: 'P P * * 1',
        bulkSenderId: null,
      });
      expect(response.status).toBe(200);
      expect(single<PeachCampaignWire>(response.json)).toMatchObject({
        id: 'BC-DEMO-0004',
        schedule: 'P P * * 1',
        bulkSenderId: null,
        externalId: 'card-expiry-manual',
        updatedAt: '2026-01-01T00:00:01Z',
      });
      expect((await call(sandbox, 'PUT', '/campaigns/BC-DEMO-0004', { schedule: 'P P 32 * *' })).status).toBe(400);
      expect((await call(sandbox, 'PUT', '/campaigns/BC-NONE-0000', {})).status).toBe(404);
    });
  });

  describe('runs', () => {
    it('lists runs newest first, also on the company-less path, and answers 404 for an empty list', async () => {
      const sandbox = await start();
      const runs = list<PeachRunWire>((await call(sandbox, 'GET', '/campaigns/BC-DEMO-0001/runs')).json);
      expect(runs).toMatchObject({ status: 200, total: 3, count: 3, nextUrl: null });
      expect(runs.data.map((r) => [r.id, r.status])).toEqual([
        ['CR-DEMO-0103', 'succeeded'],
        ['CR-DEMO-0102', 'succeeded'],
        ['CR-DEMO-0101', 'failed'],
      ]);
      expect(runs.data[2]?.availableFiles).toEqual(['query_results.csv']);
      const unbound = await call(sandbox, 'GET', `${sandbox.url}/api/campaigns/BC-DEMO-0001/runs?limit=1`);
      expect(list<PeachRunWire>(unbound.json)).toMatchObject({ total: 3, count: 1, data: [{ id: 'CR-DEMO-0103' }] });
      expect(await call(sandbox, 'GET', '/campaigns/BC-DEMO-0007/runs')).toMatchObject({
        status: 404,
        json: { status: 404, message: 'Not found' },
      });
    });

    it('runs a queryResultsOverride pending -> running -> succeeded and serves its files', async () => {
      const sandbox = await start();
      const override = [
        { borrowerId: 1, loanId: 101 },
        { borrowerId: 2, loanId: 102 },
        { borrowerId: 77, loanId: 177 },
      ];
      const started = await call(sandbox, 'POST', '/campaigns/BC-DEMO-0004/runs', { queryResultsOverride: override });
      expect(started.status).toBe(200);
      const run = started.json as PeachRunWire;
      expect(run).toMatchObject({ status: 'pending', borrowerCampaignId: 'BC-DEMO-0004', availableFiles: [] });
      const path = `/campaigns/BC-DEMO-0004/runs/${run.id}`;

      sandbox.clock.advance(5_000);
      expect((await call(sandbox, 'GET', path)).json).toMatchObject({
        status: 'running',
        availableFiles: ['query_results.csv'],
        updatedAt: '2026-01-01T00:00:05Z',
      });
      sandbox.clock.advance(60_000);
      const done = (await call(sandbox, 'GET', path)).json as PeachRunWire;
      expect(done).toMatchObject({ status: 'succeeded', updatedAt: '2026-01-01T00:01:05Z' });
      expect(done.availableFiles).toEqual([
        'query_results.csv',
        'campaign_input.csv',
        'contacts_output.csv',
        'log.txt',
      ]);
      expect(done.contactsOutputFileId).toMatch(/^FI-/);

      const results = await call(sandbox, 'GET', `${path}/files/query_results.csv`);
      expect(results.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(results.text).toBe('borrowerId,loanId\n1,101\n2,102\n77,177\n');
      const contacts = (await call(sandbox, 'GET', `${path}/files/contacts_output.csv`)).text.trim().split('\n');
      const [ava, ben] = BORROWERS;
      expect(contacts).toEqual([
        'borrowerId,loanId,firstName,lastName,phoneNumber,email,timezone',
        `1,101,${ava?.firstName},${ava?.lastName},${ava?.phoneNumber},${ava?.email},${ava?.timezone}`,
        `2,102,${ben?.firstName},${ben?.lastName},${ben?.phoneNumber},${ben?.email},${ben?.timezone}`,
      ]);
      const log = (await call(sandbox, 'GET', `${path}/files/log.txt`)).text;
      expect(log).toContain('wrote 2 contacts (1 rows without a known borrower)');
      expect((await call(sandbox, 'GET', `${path}/files/secrets.csv`)).status).toBe(404);
    });

    it('executes the campaign Redash query against the borrower data set', async () => {
      const sandbox = await start();
      const run = (await call(sandbox, 'POST', '/campaigns/BC-DEMO-0004/runs')).json as PeachRunWire;
      sandbox.clock.advance(65_000);
      const csv = sandbox.runFile('BC-DEMO-0004', run.id, 'query_results.csv');
      const expected = BORROWERS.filter((b) => b.cardExpiresThisMonth).map((b) => `${b.id},${b.loanId}`);
      expect(csv).toBe(['id,loanId', ...expected].join('\n') + '\n');
    });

    it('fails a run whose campaign has no query and no override, publishing only query_results.csv', async () => {
      const sandbox = await start();
      sandbox.clock.advance(60_000);
      const run = (await call(sandbox, 'POST', '/campaigns/BC-DEMO-0005/runs', {})).json as PeachRunWire;
      sandbox.clock.advance(65_000);
      expect(sandbox.run('BC-DEMO-0005', run.id)).toMatchObject({
        status: 'failed',
        availableFiles: ['query_results.csv'],
      });
      const log = await call(sandbox, 'GET', `/campaigns/BC-DEMO-0005/runs/${run.id}/files/log.txt`);
      expect(log.status).toBe(404);
    });

    it('fails every run when runFailureRate is 1', async () => {
      const sandbox = await start({ runFailureRate: 1, random: () => 0.5 });
      const run = (await call(sandbox, 'POST', '/campaigns/BC-DEMO-0004/runs')).json as PeachRunWire;
      sandbox.clock.advance(5_000);
      expect(sandbox.run('BC-DEMO-0004', run.id)?.status).toBe('running');
      sandbox.clock.advance(60_000);
      expect(sandbox.run('BC-DEMO-0004', run.id)?.status).toBe('failed');
    });

    it('answers 409 while a run is in progress or when the campaign is deleted, and 400 for a bad override', async () => {
      const sandbox = await start();
      expect((await call(sandbox, 'POST', '/campaigns/BC-DEMO-0005/runs')).json).toEqual({
        status: 409,
        message: 'A run of this campaign is already in progress',
      });
      expect((await call(sandbox, 'POST', '/campaigns/BC-DEMO-0006/runs')).status).toBe(409);
      const bad = await call(sandbox, 'POST', '/campaigns/BC-DEMO-0004/runs', {
        queryResultsOverride: [{ loanId: 1 }],
      });
      expect(bad.json).toMatchObject({ status: 400, message: expect.stringContaining('borrowerId') });
    });

    it('updates run data with PUT', async () => {
      const sandbox = await start();
      const path = '/campaigns/BC-DEMO-0005/runs/CR-DEMO-0502';
      const response = await call(sandbox, 'PUT', path, { status: 'failed', logFileId: 'FI-LOGS-0001' });
      expect(response.json).toMatchObject({
        status: 'failed',
        logFileId: 'FI-LOGS-0001',
        availableFiles: ['query_results.csv'],
      });
      expect((await call(sandbox, 'PUT', path, { status: 'exploded' })).status).toBe(400);
      expect((await call(sandbox, 'GET', '/campaigns/BC-DEMO-0005/runs/CR-NONE-0000')).status).toBe(404);
    });

    it('starts runs of scheduled campaigns at 06:00 UTC on matching days', async () => {
      const sandbox = await start();
      sandbox.clock.advance(6 * 3_600_000 - 1);
      expect(sandbox.runs('BC-DEMO-0001')).toHaveLength(3);
      sandbox.clock.advance(1);
      const started = (id: string) => sandbox.runs(id).filter((run) => run.createdAt === '2026-01-01T06:00:00Z');
      expect(started('BC-DEMO-0001')).toMatchObject([{ status: 'pending' }]);
      expect(started('BC-DEMO-0002')).toHaveLength(1);
      expect(started('BC-DEMO-0003')).toHaveLength(1);
      expect(started('BC-DEMO-0006')).toHaveLength(0);
      expect(started('BC-DEMO-0007')).toHaveLength(0);
      sandbox.clock.advance(65_000);
      expect(started('BC-DEMO-0001')[0]?.status).toBe('succeeded');
    });
  });

  describe('test controls', () => {
    it('injects faults by route name and records calls', async () => {
      const sandbox = await start();
      await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'status-503', route: 'campaigns.get', times: 1 }),
      });
      expect((await call(sandbox, 'GET', '/campaigns/BC-DEMO-0001')).status).toBe(503);
      expect((await call(sandbox, 'GET', '/campaigns/BC-DEMO-0001')).status).toBe(200);
      const calls = (await (await fetch(`${sandbox.url}/__sandbox/calls?route=campaigns.get`)).json()) as {
        calls: { status: number; fault?: string }[];
      };
      expect(calls.calls.map((c) => [c.status, c.fault])).toEqual([
        [503, 'status-503'],
        [200, undefined],
      ]);
    });

    it('dumps campaigns and runs through /__sandbox/state', async () => {
      const sandbox = await start();
      const state = (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as {
        campaigns: (PeachCampaignWire & { state: string })[];
        runs: PeachRunWire[];
      };
      expect(state.campaigns.map((c) => c.state).sort()).toEqual(
        ['deleted', 'manual', 'manual', 'scheduled', 'scheduled', 'scheduled', 'scheduled'].sort(),
      );
      expect(state.runs).toHaveLength(11);
    });

    it('delivers signed webhooks for run and campaign status changes', async () => {
      const receiver = await startReceiver();
      const secret = 'whsec_peach';
      const sandbox = await start({ clock: createClock({ mode: 'manual' }), webhook: { url: receiver.url, secret } });
      try {
        const forced = await fetch(`${sandbox.url}/__sandbox/campaigns/BC-DEMO-0005/runs/CR-DEMO-0502/status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ status: 'succeeded' }),
        });
        expect(forced.status).toBe(200);
        await receiver.waitFor((e) => e.runId === 'CR-DEMO-0502');
        const delivery = receiver.deliveries.find((d) => d.event.runId === 'CR-DEMO-0502');
        expect(delivery?.event).toEqual({
          type: 'run.status_changed',
          campaignId: 'BC-DEMO-0005',
          runId: 'CR-DEMO-0502',
          previousStatus: 'running',
          status: 'succeeded',
          occurredAt: '2026-01-01T00:00:00Z',
        });
        const t = Number(/t=(\d+)/.exec(delivery?.signature ?? '')?.[1]);
        expect(delivery?.signature).toBe(signWebhook(secret, delivery?.body ?? '', t));

        await call(sandbox, 'PUT', '/campaigns/BC-DEMO-0001', { schedule: null });
        await receiver.waitFor((e) => e.type === 'campaign.status_changed');
        expect(receiver.deliveries.find((d) => d.event.type === 'campaign.status_changed')?.event).toMatchObject({
          campaignId: 'BC-DEMO-0001',
          previousStatus: 'scheduled',
          status: 'manual',
        });
      } finally {
        await receiver.close();
      }
    });
  });
});
