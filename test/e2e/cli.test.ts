import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `campaign-gateway <args>` as an operator would, through the package's bin script. */
function cli(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const child = spawn(process.execPath, ['bin/campaign-gateway.js', ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const VALID_KEY_HASH = createHash('sha256').update('acme-web-key').digest('hex');

const validTenant = {
  id: 'acme',
  name: 'Acme Retail',
  apiKeys: [{ id: 'acme-web', sha256: VALID_KEY_HASH, scopes: ['campaigns:read'] }],
  accounts: [
    {
      id: 'bsg-main',
      provider: 'bsg',
      baseUrl: 'https://one-api.bsg.world',
      credentials: { apiKey: { env: 'CLI_TEST_BSG_KEY' } },
    },
  ],
};

describe('campaign-gateway CLI', () => {
  let dir: string;
  const file = async (name: string, content: unknown) => {
    const path = join(dir, name);
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cgw-cli-'));
  });

  it('check-config accepts a valid file and summarises it', async () => {
    const path = await file('valid.json', { tenants: [validTenant] });
    const result = await cli(['check-config', path], { env: { CLI_TEST_BSG_KEY: 'k-123456' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${path}: valid: 1 tenant(s), 1 provider account(s) (bsg 1)`);
  });

  it('check-config reports every problem of several broken files, each with the key that has it', async () => {
    const account = validTenant.accounts[0];
    const broken = [
      await file('wrong-values.json', {
        server: { port: '4000', colour: 'blue' },
        tenants: [
          {
            ...validTenant,
            apiKeys: [{ id: 'k', sha256: 'acme-web-key', scopes: ['campaigns:fly'] }],
            accounts: [{ ...account, provider: 'mailchimp', baseUrl: 'ftp://example.com' }],
          },
        ],
      }),
      await file('missing-env.yaml', `tenants:\n  - ${JSON.stringify(validTenant)}\n`),
      await file('duplicate-ids.json', { tenants: [{ ...validTenant, accounts: [account, account] }] }),
      await file('not-json.json', '{ "tenants": ['),
    ];
    const result = await cli(['check-config', ...broken], { env: { CLI_TEST_BSG_KEY: '' } });
    expect(result.code).toBe(1);
    const expected = [
      `${broken[0]}: 6 problems`,
      'server.port: Invalid input: expected number, received string',
      'server: Unrecognized key: "colour"',
      'tenants[0].apiKeys[0].sha256: must be a hex SHA-256 digest',
      '-> the SHA-256 of the key, never the key: `campaign-gateway hash-key <key>` prints it',
      'tenants[0].apiKeys[0].scopes[0]: Invalid option',
      'tenants[0].accounts[0].provider: Invalid option',
      '-> providers are: bsg, konigle, sessionm, peach',
      'tenants[0].accounts[0].baseUrl: Invalid URL',
      `${broken[1]}: 1 problem`,
      'tenants[0].accounts[0].credentials.apiKey: environment variable CLI_TEST_BSG_KEY is not set',
      `${broken[2]}: 1 problem`,
      'tenants[0].accounts[1].id: is used twice',
      `${broken[3]}: 1 problem`,
      `${broken[3]}: not valid JSON`,
    ];
    for (const line of expected) expect(result.stdout).toContain(line);
  });

  it('hash-key prints the SHA-256 that config expects, from an argument or from stdin', async () => {
    const fromArgument = await cli(['hash-key', 'acme-web-key']);
    const fromStdin = await cli(['hash-key'], { stdin: 'acme-web-key\n' });
    expect(fromArgument).toMatchObject({ code: 0, stdout: `${VALID_KEY_HASH}\n` });
    expect(fromStdin).toMatchObject({ code: 0, stdout: `${VALID_KEY_HASH}\n` });
  });

  it('print-schema prints the GraphQL schema', async () => {
    const result = await cli(['print-schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^type Query \{$/m);
    expect(result.stdout).toContain('campaigns(');
  });

  it('explains its commands and refuses an unknown one', async () => {
    const help = await cli(['help']);
    for (const command of ['start', 'check-config', 'print-schema', 'hash-key', 'sandbox']) {
      expect(help.stdout).toContain(command);
    }
    expect(await cli(['launch'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command: launch'),
    });
  });
});
