import { median, runLoad, type LoadOptions, type LoadResult } from './load.js';

/** A named thing to put load on. */
export interface Target {
  name: string;
  load: LoadOptions;
}

/** Medians of one target over the interleaved rounds. */
export interface TargetSummary {
  name: string;
  rounds: LoadResult[];
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/**
 * Runs the targets interleaved (A B C A B C …) so drift of a noisy machine hits each target alike, and
 * reports each target's medians.
 */
export async function interleave(targets: Target[], rounds: number): Promise<TargetSummary[]> {
  const results = new Map<string, LoadResult[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const target of targets) {
      const result = await runLoad(target.load);
      results.get(target.name)?.push(result);
      process.stderr.write(
        `  round ${round + 1} ${target.name}: ${result.requestsPerSecond.toFixed(0)} req/s p99 ${result.p99Ms} ms\n`,
      );
    }
  }
  return targets.map((target) => {
    const rs = results.get(target.name) ?? [];
    return {
      name: target.name,
      rounds: rs,
      requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
      p50Ms: median(rs.map((r) => r.p50Ms)),
      p99Ms: median(rs.map((r) => r.p99Ms)),
      errors: rs.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    };
  });
}
