import { spawn } from 'node:child_process';

const LOAD_PROCESS = new URL('./load-process.ts', import.meta.url).pathname;

/** One load run's result: the measured window only (after every connection's first answer). */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** How long it took until every connection had had its first answer (not measured). */
  warmupMs: number;
}

export interface LoadOptions {
  url: string;
  body?: string;
  headers?: Record<string, string>;
  connections?: number;
  durationSeconds?: number;
}

/**
 * Drives load from a separate process (autocannon, see load-process.ts), so the load generator never
 * shares the target's event loop. Every connection is opened and has had one answer before the
 * `durationSeconds` window starts: what is measured is the target at `connections` concurrent
 * keep-alive clients, not the accept queue of a burst of new connections.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_PROCESS, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load process exited with ${code}`));
      resolve(JSON.parse(out) as LoadResult);
    });
  });
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
