import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { startSandboxes } from '../../sandbox/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { connectWebhooks, sandboxTenant } from '../../src/sandbox-mode.js';
import { startGatewayProcess, waitFor, writeConfig, type GatewayProcess } from '../../test/support/processes.js';
import { BENCH_KEY } from '../lib/environment.js';
import { median } from '../lib/load.js';
import { rssMiB } from '../lib/process-memory.js';
import type { ScenarioResult } from './types.js';

const FLEET = new URL('../lib/subscriber-fleet.ts', import.meta.url).pathname;
const SECRET = 'bench-webhook-secret';

/**
 * N graphql-ws subscribers on one instance (or spread over three on Redis); a burst of simulator status
 * changes delivered by webhook; latency from the change to each client, events/s, memory per subscriber.
 */
export async function subscriptions(options: {
  counts: number[];
  instances: number;
  redisUrl?: string;
  burst: number;
}): Promise<ScenarioResult> {
  const measurements: Record<string, number | string | null> = {};
  for (const count of options.counts) {
    const sandboxes = await startSandboxes({
      clock: () => createClock({ mode: 'manual' }),
      seedCampaigns: options.burst,
      webhookSecret: SECRET,
    });
    const tenant = sandboxTenant(
      sandboxes,
      { id: 'bench', name: 'Bench', apiKey: BENCH_KEY },
      { polling: false, webhookSecret: SECRET },
    );
    const file = await writeConfig({ server: { host: '127.0.0.1', port: 0 }, tenants: [tenant] });
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: `bench:${Date.now()}:` } : {}),
    };
    const gateways: GatewayProcess[] = [];
    for (let i = 0; i < options.instances; i += 1) gateways.push(await startGatewayProcess(file, env));
    connectWebhooks(sandboxes, gateways[0]?.url ?? '', tenant.accounts);
    const label = `${count} subscribers on ${options.instances} instance${options.instances > 1 ? 's' : ''}${options.redisUrl ? ' (Redis)' : ''}`;
    try {
      const idle = await Promise.all(gateways.map((g) => rssMiB(g.child.pid)));
      const fleet = spawn(
        process.execPath,
        ['--import', 'tsx', FLEET, gateways.map((g) => g.url).join(','), BENCH_KEY, String(count), ''],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let out = '';
      fleet.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      await waitFor(() => out.includes('ready'), 'the subscriber fleet', 120_000);
      const loaded = await Promise.all(gateways.map((g) => rssMiB(g.child.pid)));
      const ids = sandboxes.bsg
        .campaignIds()
        .filter((id) => sandboxes.bsg.campaign(id)?.status !== 'paused')
        .slice(0, options.burst);
      const sentAt = new Map<string, number>();
      const started = Date.now();
      for (const id of ids) {
        sentAt.set(Buffer.from(`Campaign:bsg:bsg-demo:${id}`).toString('base64'), Date.now());
        sandboxes.bsg.setStatus(id, 'paused');
      }
      const expected = count * ids.length;
      await waitFor(() => countLines(out) >= expected, 'every delivery', 120_000).catch(() => undefined);
      const finished = Date.now();
      fleet.kill('SIGTERM');
      await once(fleet, 'exit');
      const latencies = out
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { campaignId: string; at: number })
        .map((event) => event.at - (sentAt.get(event.campaignId) ?? event.at));
      latencies.sort((a, b) => a - b);
      const memoryPerSubscriberKiB =
        ((loaded.reduce<number>((s, v) => s + (v ?? 0), 0) - idle.reduce<number>((s, v) => s + (v ?? 0), 0)) * 1024) /
        count;
      measurements[`${label}: delivered / expected`] = `${latencies.length} / ${expected}`;
      measurements[`${label}: latency p50 ms`] = median(latencies);
      measurements[`${label}: latency p99 ms`] = latencies[Math.floor(latencies.length * 0.99)] ?? null;
      measurements[`${label}: events delivered per second`] = Math.round(
        latencies.length / Math.max(0.001, (finished - started) / 1000),
      );
      measurements[`${label}: memory per idle subscriber KiB`] = Math.round(memoryPerSubscriberKiB);
    } finally {
      await Promise.all(gateways.map((g) => g.stop()));
      await sandboxes.close();
    }
  }
  return {
    scenario: options.redisUrl ? 'subscriptions-redis' : 'subscriptions',
    description: 'graphql-ws subscribers receiving a burst of simulator status changes delivered by webhook',
    measurements,
  };
}

function countLines(out: string): number {
  let n = 0;
  for (let i = out.indexOf('{"campaignId"'); i >= 0; i = out.indexOf('{"campaignId"', i + 1)) n += 1;
  return n;
}
