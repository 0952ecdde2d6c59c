import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { median } from '../lib/load.js';
import { rssMiB } from '../lib/process-memory.js';
import type { ScenarioResult } from './types.js';

const QUERY = JSON.stringify({ query: '{ campaigns(first: 5) { edges { node { name } } } }' });

/** Time from starting the process (`npm start` runs the same entry) to the first answered query, and memory at rest. */
export async function startup(options: { rounds: number }): Promise<ScenarioResult> {
  const times: number[] = [];
  const memory: number[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [url, key] = await new Promise<[string, string]>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /GraphQL:\s+(\S+)[\s\S]*API key:\s+(\S+)/.exec(out);
        if (match?.[1] && match[2]) resolve([match[1], match[2]]);
      });
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: QUERY,
    });
    await response.text();
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    memory.push((await rssMiB(child.pid)) ?? 0);
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  return {
    scenario: 'startup',
    description: 'process start (sandbox mode, all simulators in-process) to the first answered query',
    measurements: {
      'start to first answer, median ms': Math.round(median(times)),
      'memory at rest, median MiB (gateway + simulators)': median(memory),
    },
  };
}
