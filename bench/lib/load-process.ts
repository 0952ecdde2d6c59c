/**
 * One load run, in its own process (started by `runLoad` in load.ts): autocannon keeps `connections`
 * keep-alive connections busy, and the measured window starts only once every connection has had its
 * first answer, then lasts `durationSeconds`. Prints one JSON `LoadResult` on stdout.
 *
 * Why the warm-up: autocannon opens all its connections at once and times each first request from its
 * write, before the target has accepted the connection. A busy Node target accepts one connection per
 * event-loop turn (libuv does not accept in a loop), so with 50 new connections and 50–100 ms turns the
 * last first requests wait seconds in the kernel's accept queue. That measures a connection storm, not
 * the target at 50 concurrent clients, and it decided the p99 of short rounds. Every target gets the
 * same treatment.
 */
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import type { LoadOptions, LoadResult } from './load.js';

interface AutocannonRun extends EventEmitter {
  stop(): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null) => void) => AutocannonRun;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Longest wait for every connection's first answer; the window then starts anyway. */
const WARMUP_LIMIT_MS = 15_000;

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const connections = options.connections ?? 50;
const durationMs = (options.durationSeconds ?? 5) * 1000;

const latencies: number[] = [];
let errors = 0;
let non2xx = 0;
let phase: 'warm-up' | 'measuring' | 'done' = 'warm-up';
const startedAt = performance.now();
let windowStart = 0;
let windowEnd = 0;
const answered = new Set<object>();

const run = autocannon(
  {
    url: options.url,
    connections,
    // Long enough for the warm-up and the window; stopped when the window ends.
    duration: Math.ceil((WARMUP_LIMIT_MS + durationMs) / 1000) + 2,
    headers: options.headers ?? {},
    ...(options.body !== undefined ? { method: 'POST', body: options.body } : {}),
  },
  (error) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    const seconds = ((windowEnd || performance.now()) - windowStart) / 1000;
    const result: LoadResult = {
      requestsPerSecond: seconds > 0 ? Math.round((latencies.length / seconds) * 100) / 100 : 0,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      errors,
      non2xx,
      warmupMs: Math.round(windowStart - startedAt),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
);

const warmupLimit = setTimeout(startWindow, WARMUP_LIMIT_MS);

run.on('response', (client: object, statusCode: number, _bytes: number, responseTime: number) => {
  if (phase === 'warm-up') {
    answered.add(client);
    if (answered.size >= connections) startWindow();
    return;
  }
  if (phase !== 'measuring') return;
  latencies.push(responseTime);
  if (statusCode < 200 || statusCode >= 300) non2xx += 1;
});
run.on('reqError', () => {
  if (phase === 'measuring') errors += 1;
});

function startWindow(): void {
  if (phase !== 'warm-up') return;
  clearTimeout(warmupLimit);
  phase = 'measuring';
  windowStart = performance.now();
  setTimeout(() => {
    phase = 'done';
    windowEnd = performance.now();
    run.stop();
  }, durationMs);
}

/** Nearest-rank percentile in whole milliseconds (as autocannon reports them). */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return Math.round(sorted[rank - 1] ?? 0);
}
