/**
 * The benchmark suite: `npm run bench` runs every scenario, `npm run bench -- <scenario> …` some.
 * Writes bench/results/<date>.json and prints a table. Numbers, never pass/fail.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dataScale } from './scenarios/data-scale.js';
import { fanout } from './scenarios/fanout.js';
import { overhead } from './scenarios/overhead.js';
import { resilience } from './scenarios/resilience.js';
import { startup } from './scenarios/startup.js';
import { subscriptions } from './scenarios/subscriptions.js';
import type { ScenarioResult } from './scenarios/types.js';

const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
const quick = process.env['BENCH_QUICK'] === '1';
const rounds = quick ? 1 : 3;
const seconds = quick ? 2 : 5;

const SCENARIOS: Record<string, () => Promise<ScenarioResult>> = {
  overhead: () => overhead({ rounds, seconds }),
  fanout: () => fanout({ rounds, seconds }),
  subscriptions: () => subscriptions({ counts: quick ? [200] : [1_000, 5_000, 10_000], instances: 1, burst: 20 }),
  'subscriptions-redis': () =>
    subscriptions({ counts: quick ? [300] : [3_000], instances: 3, redisUrl: REDIS_URL, burst: 20 }),
  'data-scale': () =>
    quick ? dataScale({ sizes: [1_000, 10_000], pages: 20 }) : dataScale({ sizes: [1_000, 10_000, 100_000] }),
  resilience: () => resilience({ rounds, seconds }),
  startup: () => startup({ rounds }),
};

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !(name in SCENARIOS));
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(2);
}

const results: ScenarioResult[] = [];
for (const name of wanted.length ? wanted : Object.keys(SCENARIOS)) {
  process.stderr.write(`\n== ${name}\n`);
  results.push(await (SCENARIOS[name] as () => Promise<ScenarioResult>)());
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/${stamp}.json`, import.meta.url);
await writeFile(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), machine, rounds, seconds, results }, null, 2)}\n`,
);

const rows: string[] = [];
for (const result of results) {
  rows.push(`\n${result.scenario}: ${result.description}`);
  for (const target of result.targets ?? []) {
    rows.push(
      `  ${target.name.padEnd(28)} ${target.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(target.p50Ms).padStart(5)} ms  p99 ${String(target.p99Ms).padStart(5)} ms  errors ${target.errors}`,
    );
  }
  for (const [name, value] of Object.entries(result.ratios ?? {})) rows.push(`  ${name}: ${value ?? 'n/a'}`);
  for (const [name, value] of Object.entries(result.measurements ?? {})) rows.push(`  ${name}: ${value ?? 'n/a'}`);
  for (const note of result.notes ?? []) rows.push(`  note: ${note}`);
}
process.stdout.write(`${rows.join('\n')}\n\nwritten to ${file.pathname}\n`);
