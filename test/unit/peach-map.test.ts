import { describe, expect, it } from 'vitest';
import { csvRowCount, PEACH_RUN_STATUS_TABLE, toCampaign, toRun } from '../../adapters/peach/map.js';
import { peachCampaign, peachRun } from '../../adapters/peach/wire.js';

const account = { provider: 'peach', account: 'peach-unit' } as const;

describe('Peach mapping', () => {
  it('documents the run status table, and keeps an unknown word as UNKNOWN', () => {
    expect(PEACH_RUN_STATUS_TABLE).toEqual({
      pending: 'PENDING',
      running: 'RUNNING',
      succeeded: 'SUCCEEDED',
      failed: 'FAILED',
    });
    const wire = peachRun.parse({ id: 'CR-A1-B2', status: 'queued', borrowerCampaignId: 'BC-A1-B2' });
    expect(toRun(account, 'BC-A1-B2', wire)).toMatchObject({
      status: 'UNKNOWN',
      providerStatus: 'queued',
      files: [],
      createdAt: null,
    });
  });

  it('parses the documented run sample once it carries an id, and marks failed runs finished', () => {
    const wire = peachRun.parse({
      id: 'CR-A1-B2',
      status: 'failed',
      borrowerCampaignId: 'BC-A1-B2',
      availableFiles: ['query_results.csv'],
      updatedAt: '2019-08-24T14:15:22Z',
    });
    expect(toRun(account, 'BC-A1-B2', wire)).toMatchObject({
      status: 'FAILED',
      finishedAt: new Date('2019-08-24T14:15:22Z'),
      files: ['query_results.csv'],
    });
  });

  it('drops the echoed secrets at the wire boundary', () => {
    const wire = peachCampaign.parse({
      id: 'BC-A1-B2',
      createdAt: '2019-08-24T14:15:22Z',
      updatedAt: '2019-08-24T14:15:22Z',
      deletedAt: null,
      externalId: 'sample',
      redashApiKey: 'secret-redash',
      schedule: null,
      contactExporterId: null,
      bulkSenderId: null,
      sftpSettings: { host: 'sftp.acme.com:23', username: 'u', password: 'secret-sftp', cdDir: '/x' },
    });
    expect(JSON.stringify(wire)).not.toMatch(/secret-redash|secret-sftp/);
    const campaign = toCampaign(account, wire);
    expect(campaign).toMatchObject({ status: 'DRAFT', providerStatus: 'manual', channels: [] });
    expect(campaign.details).toMatchObject({ hasRedashApiKey: true, sftp: { hasPassword: true, cdDir: '/x' } });
  });

  it('counts CSV data rows, quoted newlines included', () => {
    expect(csvRowCount('id\n')).toBe(0);
    expect(csvRowCount('borrowerId,loanId\n1,101\n2,102\n')).toBe(2);
    expect(csvRowCount('a,b\r\n"x\ny",1\r\n3,4')).toBe(2);
  });
});
