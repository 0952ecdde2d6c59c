import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PeachOperations } from '../../adapters/peach-port.js';
import type { ProviderAdapter } from '../../adapters/port.js';
import type { RunOperations } from '../../adapters/run-port.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { DEFAULT_PEACH_CREDENTIALS, startPeachSandbox, type PeachSandbox } from '../../sandbox/peach/index.js';
import {
  NotFoundError,
  ProviderAuthFailedError,
  ProviderBadResponseError,
  ProviderRejectedError,
  ValidationError,
} from '../../src/domain/errors.js';
import { Secret } from '../../src/domain/secret.js';
import { adapterFor } from '../support/adapters.js';

const credentials = {
  apiKey: DEFAULT_PEACH_CREDENTIALS.apiKeys[0] ?? '',
  companyId: DEFAULT_PEACH_CREDENTIALS.companyId,
};
const context = { requestId: 'contract-test' };
const order = { field: 'CREATED_AT', direction: 'DESC' } as const;
const SEEDED = 60;

describe('Peach adapter against the Peach simulator', () => {
  let sandbox: PeachSandbox;
  let adapter: ProviderAdapter;
  let runs: RunOperations;
  let peach: PeachOperations;
  const clock = createClock({ mode: 'manual' });

  beforeAll(async () => {
    sandbox = await startPeachSandbox({ clock, seed: { campaigns: SEEDED } });
    adapter = adapterFor('peach', `${sandbox.url}/api`, credentials);
    if (!adapter.runs || !adapter.peach) throw new Error('the Peach adapter has runs and campaign operations');
    runs = adapter.runs;
    peach = adapter.peach;
  });
  afterAll(async () => {
    await adapter.close();
    await sandbox.close();
  });
  beforeEach(() => {
    sandbox.faults.clear();
    sandbox.calls.clear();
  });

  it('answers a typed auth failure for a wrong api key and for another company', async () => {
    const query = { limit: 1, cursor: null, filter: {}, order };
    const wrongKey = adapterFor('peach', `${sandbox.url}/api`, { ...credentials, apiKey: 'test_wrong' });
    await expect(wrongKey.listCampaigns(query, context)).rejects.toBeInstanceOf(ProviderAuthFailedError);
    const otherCompany = adapterFor('peach', `${sandbox.url}/api`, { ...credentials, companyId: 'CP-AAAA-BBBB' });
    await expect(otherCompany.listCampaigns(query, context)).rejects.toBeInstanceOf(ProviderAuthFailedError);
    await Promise.all([wrongKey.close(), otherCompany.close()]);
    expect(sandbox.calls.list().map((call) => call.status)).toEqual([401, 403]);
  });

  it('pages through every campaign newest first with startingAfter cursors, no duplicates or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listCampaigns({ limit: 7, cursor, filter: {}, order }, context);
      seen.push(...page.edges.map((edge) => edge.campaign.providerId));
      expect(page.edges.at(-1)?.after).toBe(page.edges.at(-1)?.campaign.providerId);
      expect(page.totalCount).toBe(sandbox.campaignIds().length);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(sandbox.campaignIds());
    const queries = sandbox.calls.list('campaigns.list').map((call) => call.query);
    expect(queries[0]).toEqual({ limit: '8' });
    expect(queries[1]).toEqual({ limit: '8', startingAfter: seen[6] });
  });

  it('applies filters itself with exact next cursors (a look-ahead, never an empty last page)', async () => {
    const filter = { statuses: ['SCHEDULED' as const], search: 'generated' };
    const expected = sandbox
      .campaignIds()
      .map((id) => sandbox.campaign(id))
      .filter((c) => c?.schedule !== null && c?.deletedAt === null && c?.externalId?.includes('generated'))
      .map((c) => c?.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listCampaigns({ limit: 6, cursor, filter, order }, context);
      expect(page.edges.length).toBeGreaterThan(0);
      expect(page.totalCount).toBeNull();
      seen.push(...page.edges.map((edge) => edge.campaign.providerId));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(expected);
  });

  it('maps the derived campaign status table and strips the echoed secrets', async () => {
    const found = await adapter.getCampaigns(['BC-DEMO-0001', 'BC-DEMO-0004', 'BC-DEMO-0006'], context);
    const table = Object.fromEntries([...found.values()].map((c) => [c.providerId, [c.providerStatus, c.status]]));
    expect(table).toEqual({
      'BC-DEMO-0001': ['scheduled', 'SCHEDULED'],
      'BC-DEMO-0004': ['manual', 'DRAFT'],
      'BC-DEMO-0006': ['deleted', 'CANCELLED'],
    });
    const scheduled = found.get('BC-DEMO-0001');
    expect(scheduled).toMatchObject({
      name: 'collections-30dpd-daily',
      channels: ['VOICE'],
      schedule: { cron: 'P P * * *' },
      details: {
        provider: 'peach',
        hasRedashApiKey: true,
        sftp: { host: 'sftp.acme-lending.example:22', username: 'peach-export', hasPassword: true },
      },
    });
    const text = JSON.stringify([...found.values()]);
    expect(text).not.toContain('demo-sftp-password');
    expect(text).not.toContain('demo-redash-key');
  });

  it('gets campaigns one call per id (also ext-<externalId>) and leaves unknown ids out', async () => {
    const ids = ['BC-DEMO-0002', 'ext-card-expiry-manual', 'BC-NONE-0000', 'not an id'];
    const found = await adapter.getCampaigns(ids, context);
    expect([...found.keys()].sort()).toEqual(['BC-DEMO-0002', 'ext-card-expiry-manual']);
    expect(found.get('ext-card-expiry-manual')?.providerId).toBe('BC-DEMO-0004');
    expect(sandbox.calls.count('campaigns.get')).toBe(3);
  });

  it('creates a scheduled campaign, sending the write-only secrets to Peach', async () => {
    const created = await peach.createCampaign(
      {
        externalId: 'contract-create',
        redashQueryUrl: 'https://redash.acme-lending.example/queries/101',
        redashApiKey: new Secret('contract-redash-key'),
        schedule: 'P P * * 1-5',
        bulkSenderId: 'BS-PDDR-0001',
        sftpSettings: { host: 'sftp.example:22', username: 'u', password: new Secret('contract-pw'), cdDir: null },
      },
      context,
    );
    expect(created).toMatchObject({ status: 'SCHEDULED', channels: ['OTHER'], name: 'contract-create' });
    expect(created.details).toMatchObject({ hasRedashApiKey: true, sftp: { hasPassword: true } });
    const stored = sandbox.campaign(created.providerId);
    expect(stored?.redashApiKey).toBe('contract-redash-key');
    expect(stored?.sftpSettings?.password).toBe('contract-pw');
    expect(JSON.stringify(created)).not.toMatch(/contract-redash-key|contract-pw/);
  });

  it('refuses an invalid Peachy crontab before calling Peach', async () => {
    await expect(peach.createCampaign({ schedule: '0 9 * * *' }, context)).rejects.toMatchObject({
      issues: [{ path: ['schedule'], message: "minute must be 'P' (Peach decides the time of day), found '0'" }],
    });
    expect(sandbox.calls.count()).toBe(0);
  });

  it('maps Peach refusals: 400 to field issues, 409 externalId to a validation issue', async () => {
    const badUrl = peach.createCampaign({ redashQueryUrl: 'https://redash.example/dashboards/1' }, context);
    await expect(badUrl).rejects.toBeInstanceOf(ValidationError);
    await expect(badUrl).rejects.toMatchObject({ issues: [{ path: ['redashQueryUrl'] }] });
    const duplicate = peach.createCampaign({ externalId: 'collections-30dpd-daily' }, context);
    await expect(duplicate).rejects.toMatchObject({ issues: [{ path: ['externalId'] }] });
  });

  it('updates a campaign with PUT: clearing the schedule makes it a manual DRAFT', async () => {
    const updated = await peach.updateCampaign('BC-DEMO-0003', { schedule: null, bulkSenderId: 'BS-X-1' }, context);
    expect(updated).toMatchObject({ status: 'DRAFT', providerStatus: 'manual', schedule: { cron: null } });
    expect(sandbox.campaign('BC-DEMO-0003')).toMatchObject({ schedule: null, bulkSenderId: 'BS-X-1' });
    expect(sandbox.calls.list('campaigns.update')[0]?.body).toEqual({ schedule: null, bulkSenderId: 'BS-X-1' });
    await expect(peach.updateCampaign('BC-NONE-0000', { schedule: null }, context)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('lists runs newest first, pages them, and reads an empty list (Peach 404) as no runs', async () => {
    const all = await runs.listRuns('BC-DEMO-0001', { limit: 10, cursor: null }, context);
    expect(all.runs.map((run) => [run.runId, run.status])).toEqual([
      ['CR-DEMO-0103', 'SUCCEEDED'],
      ['CR-DEMO-0102', 'SUCCEEDED'],
      ['CR-DEMO-0101', 'FAILED'],
    ]);
    expect(all).toMatchObject({ totalCount: 3, nextCursor: null });
    const first = await runs.listRuns('BC-DEMO-0001', { limit: 2, cursor: null }, context);
    expect(first.nextCursor).toBe('CR-DEMO-0102');
    const second = await runs.listRuns('BC-DEMO-0001', { limit: 2, cursor: first.nextCursor }, context);
    expect(second.runs.map((run) => run.runId)).toEqual(['CR-DEMO-0101']);
    expect(second.nextCursor).toBeNull();
    const none = await runs.listRuns('BC-DEMO-0007', { limit: 10, cursor: null }, context);
    expect(none).toEqual({ runs: [], nextCursor: null, totalCount: 0 });
  });

  it('triggers a run that goes pending -> running -> succeeded on the clock, then downloads its files', async () => {
    const override = [
      { borrowerId: 1, loanId: 101 },
      { borrowerId: 2, loanId: 102 },
    ];
    const run = await runs.trigger('BC-DEMO-0004', { queryResultsOverride: override }, context);
    expect(run).toMatchObject({ status: 'PENDING', providerStatus: 'pending', files: [], finishedAt: null });
    expect(sandbox.calls.list('runs.create')[0]?.body).toEqual({ queryResultsOverride: override });
    clock.advance(5_000);
    expect(await runs.getRun('BC-DEMO-0004', run.runId, context)).toMatchObject({
      status: 'RUNNING',
      files: ['query_results.csv'],
    });
    clock.advance(60_000);
    const done = await runs.getRun('BC-DEMO-0004', run.runId, context);
    expect(done).toMatchObject({ status: 'SUCCEEDED', finishedAt: done?.updatedAt });
    expect(done?.files).toContain('contacts_output.csv');
    const contacts = await runs.downloadFile('BC-DEMO-0004', run.runId, 'contacts_output.csv', context);
    expect(contacts).toMatchObject({ name: 'contacts_output.csv', contentType: 'text/csv; charset=utf-8' });
    expect(contacts.text).toBe(sandbox.runFile('BC-DEMO-0004', run.runId, 'contacts_output.csv'));
    expect(await runs.rowCount?.(done ?? run, context)).toBe(2);
    const log = await runs.downloadFile('BC-DEMO-0004', run.runId, 'log.txt', context);
    expect(log.contentType).toBe('text/plain; charset=utf-8');
  });

  it('maps every run status word to the normalized RunStatus', async () => {
    const [latest] = sandbox.runs('BC-DEMO-0002');
    const table = { pending: 'PENDING', running: 'RUNNING', succeeded: 'SUCCEEDED', failed: 'FAILED' } as const;
    for (const [word, status] of Object.entries(table)) {
      sandbox.setRunStatus('BC-DEMO-0002', latest?.id ?? '', word as keyof typeof table);
      const run = await runs.getRun('BC-DEMO-0002', latest?.id ?? '', context);
      expect([run?.providerStatus, run?.status]).toEqual([word, status]);
    }
  });

  it('maps run refusals: a run in progress and a deleted campaign (409), unknown ids and files (404)', async () => {
    await runs.trigger('BC-DEMO-0007', { queryResultsOverride: null }, context);
    await expect(runs.trigger('BC-DEMO-0007', { queryResultsOverride: null }, context)).rejects.toMatchObject({
      code: 'PROVIDER_REJECTED',
      status: 409,
      reason: 'A run of this campaign is already in progress',
    });
    await expect(runs.trigger('BC-DEMO-0006', { queryResultsOverride: null }, context)).rejects.toBeInstanceOf(
      ProviderRejectedError,
    );
    await expect(runs.trigger('BC-NONE-0000', { queryResultsOverride: null }, context)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await runs.getRun('BC-DEMO-0001', 'CR-NONE-0000', context)).toBeNull();
    const failed = runs.downloadFile('BC-DEMO-0001', 'CR-DEMO-0101', 'contacts_output.csv', context);
    await expect(failed).rejects.toBeInstanceOf(NotFoundError);
    const traversal = runs.downloadFile('BC-DEMO-0001', 'CR-DEMO-0101', '../../campaigns', context);
    await expect(traversal).rejects.toBeInstanceOf(NotFoundError);
    expect(sandbox.calls.count('runs.files.download')).toBe(1);
  });

  it('answers PROVIDER_BAD_RESPONSE for a schema-violating body and for malformed JSON', async () => {
    sandbox.faults.add({ kind: 'schema-violation', route: 'campaigns.get', times: 1 });
    await expect(adapter.getCampaigns(['BC-DEMO-0001'], context)).rejects.toBeInstanceOf(ProviderBadResponseError);
    sandbox.faults.add({ kind: 'malformed-json', route: 'runs.list', times: 1 });
    const listed = runs.listRuns('BC-DEMO-0001', { limit: 5, cursor: null }, context);
    await expect(listed).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
  });

  it('refuses the generic SCHEDULE action (Peach schedules are crontabs) without calling Peach', async () => {
    const scheduled = adapter.runAction('SCHEDULE', 'BC-DEMO-0004', { at: new Date() }, context);
    await expect(scheduled).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: ['at'] }] });
    expect([...adapter.capabilities]).toEqual(['CREATE', 'UPDATE', 'TRIGGER_RUN', 'SCHEDULE']);
    expect(sandbox.calls.count()).toBe(0);
  });
});
