import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { waitFor } from '../support/processes.js';
import { uniquePrefix } from '../support/redis.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A Redis of this suite's own, on its own port, so stopping it touches nobody else's. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  await new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

interface Readiness {
  status: string;
  checks: { store: { kind: string; reachable: boolean } };
}

describe.skipIf(!hasRedisServer)('readiness on Redis', () => {
  let port: number;
  let redis: ChildProcess;
  let gw: TestGateway;

  const readiness = async () => {
    const response = await fetch(`${gw.url}/readyz`);
    return { status: response.status, body: (await response.json()) as Readiness };
  };

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    gw = await startTestGateway({ redis: { url: `redis://127.0.0.1:${port}`, prefix: uniquePrefix('readyz') } });
  });
  afterAll(async () => {
    await gw?.stop();
    await stopRedis(redis);
  });

  it('turns unready while Redis is stopped and ready again once it is back', async () => {
    expect(await readiness()).toMatchObject({
      status: 200,
      body: { status: 'ready', checks: { store: { kind: 'redis', reachable: true } } },
    });

    await stopRedis(redis);
    await waitFor(async () => (await readiness()).status === 503, '/readyz to answer 503');
    expect((await readiness()).body).toMatchObject({ status: 'unready', checks: { store: { reachable: false } } });
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);

    redis = await startRedis(port);
    await waitFor(async () => (await readiness()).status === 200, '/readyz to answer 200 again');
  });
});
