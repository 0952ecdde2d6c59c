import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import { describe } from 'vitest';

/** The Redis the Redis suites use. */
export const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

/** A key prefix of its own per test file, so suites never see each other's keys. */
export function uniquePrefix(name: string): string {
  return `cgw-test:${name}:${randomUUID().slice(0, 8)}:`;
}

function ping(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port || 6379), hostname, () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

const reachable = await ping(REDIS_URL);
if (!reachable) {
  if (process.env['REQUIRE_REDIS'] === '1') {
    throw new Error(`Redis is required (REQUIRE_REDIS=1) but unreachable at ${REDIS_URL}`);
  }
  console.warn(
    `\n!!! Redis is unreachable at ${REDIS_URL}: the Redis suites are SKIPPED on this machine (CI fails instead) !!!\n`,
  );
}

/** `describe` for suites that need a real Redis: skipped loudly without one, failed when REQUIRE_REDIS=1. */
export const describeWithRedis = reachable ? describe : describe.skip;
