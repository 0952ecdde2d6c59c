import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactSecretValues } from '../../src/logger.js';
import { resolveConfig } from '../../src/config.js';
import { OperationNameLabels } from '../../src/metrics/labels.js';
import { secretValuesOf } from '../../src/secret-values.js';

function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

describe('logger redaction', () => {
  it('blanks a configured secret wherever it appears, raw or JSON-escaped, once told of it', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ detail: 'token=s3cr3t-"value" in a URL' }, 'before');
    redactSecretValues(logger, ['s3cr3t-"value"', 'short']);
    logger.info(
      { detail: 'token=s3cr3t-"value" in a URL', nested: { echo: 's3cr3t-"value"' } },
      'after s3cr3t-"value"',
    );
    logger.info({ word: 'short' }, 'short values are left alone');
    expect(lines[0]).toContain('s3cr3t-\\"value\\"');
    expect(lines[1]).not.toContain('s3cr3t');
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({
      detail: 'token=[redacted] in a URL',
      nested: { echo: '[redacted]' },
      msg: 'after [redacted]',
    });
    expect(lines[2]).toContain('"word":"short"');
  });

  it('redacts credential fields by path', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ headers: { authorization: 'Bearer abc' }, account: { apiSecret: 'xyz', credentials: { k: 1 } } });
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      headers: { authorization: '[redacted]' },
      account: { apiSecret: '[redacted]', credentials: '[redacted]' },
    });
  });
});

describe('operation name labels', () => {
  it('keep well-formed names, group odd and anonymous ones, and stop growing at a fixed number', () => {
    const labels = new OperationNameLabels();
    expect(labels.label('CampaignList')).toBe('CampaignList');
    expect(labels.label(null)).toBe('__anonymous');
    expect(labels.label('drop table; --')).toBe('__other');
    for (let i = 0; i < 200; i += 1) labels.label(`Op${i}`);
    expect(labels.label('Op5')).toBe('Op5');
    expect(labels.label('Op150')).toBe('__other');
    expect(labels.label('CampaignList')).toBe('CampaignList');
  });
});

describe('secret values of a config', () => {
  it('collects provider credentials and webhook secrets, literal or from the environment', () => {
    const config = resolveConfig(
      {
        tenants: [
          {
            id: 'acme',
            name: 'Acme',
            apiKeys: [{ id: 'k', sha256: 'a'.repeat(64), scopes: ['campaigns:read'] }],
            accounts: [
              {
                id: 'bsg-main',
                provider: 'bsg',
                baseUrl: 'https://one-api.bsg.world',
                credentials: { apiKey: { env: 'UNIT_BSG_KEY' } },
                webhook: { secret: 'literal-webhook-secret' },
              },
            ],
          },
        ],
      },
      { UNIT_BSG_KEY: 'bsg-key-from-env' },
    );
    expect(secretValuesOf(config)).toEqual(expect.arrayContaining(['bsg-key-from-env', 'literal-webhook-secret']));
  });
});
