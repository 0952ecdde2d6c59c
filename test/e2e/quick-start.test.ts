import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { execute } from '../support/graphql-client.js';

const ExampleQuery = graphql(`
  query QuickStartExample {
    campaigns(first: 5) {
      edges {
        node {
          name
          provider
          status
        }
      }
    }
  }
`);

const children: ChildProcess[] = [];

/** Runs the gateway's entry point the way `npm start` does. */
function startProcess(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** Resolves with the first stdout match of `pattern`. */
function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}: ${seen}`)));
  });
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('the quick start', () => {
  it('starts in sandbox mode, prints the URL and key, answers the example query, and stops cleanly on SIGTERM', async () => {
    const child = startProcess([], {});
    const [, url, key] = await waitForOutput(child, /GraphQL:\s+(http:\/\/\S+)\/graphql[\s\S]*API key:\s+(\S+)/);
    const response = await execute(url ?? '', ExampleQuery, {}, { apiKey: key ?? '' });
    expect(response.status).toBe(200);
    expect(response.data?.campaigns.edges.length).toBe(5);
    expect(response.data?.campaigns.edges.every((edge) => edge.node.name.length > 0)).toBe(true);
    const unauthenticated = await fetch(`${url}/graphql?query=%7B__typename%7D`);
    expect(unauthenticated.status).toBe(401);
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  });

  it('exits non-zero naming each bad key of an invalid config file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cgw-config-'));
    const file = join(dir, 'gateway.json');
    await writeFile(
      file,
      JSON.stringify({
        server: { port: 'eighty' },
        tenants: [
          {
            id: 'acme',
            name: 'Acme',
            apiKeys: [{ id: 'k', sha256: 'nope', scopes: ['campaigns:read'] }],
            accounts: [
              {
                id: 'bsg',
                provider: 'bsg',
                baseUrl: 'https://example.invalid',
                credentials: { apiKey: { env: 'MISSING_KEY' } },
              },
            ],
          },
        ],
      }),
    );
    const child = startProcess(['--config', file], {});
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(stderr).toContain('server.port');
    expect(stderr).toContain('tenants[0].apiKeys[0].sha256');
  });
});
