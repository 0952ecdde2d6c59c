import { GRAPHQL_HEADERS, graphqlBody, startEnvironment } from '../lib/environment.js';
import { median } from '../lib/load.js';
import { rssMiB } from '../lib/process-memory.js';
import type { ScenarioResult } from './types.js';

const PAGE = `query($after: String) { campaigns(first: 50, after: $after, filter: { providers: [BSG] }) {
  edges { node { id name status } } pageInfo { hasNextPage endCursor } } }`;

/** Paging through growing data sets (to the end, or `pages` pages): time per page and gateway memory should stay flat. */
export async function dataScale(options: { sizes: number[]; pages?: number }): Promise<ScenarioResult> {
  const measurements: Record<string, number | string | null> = {};
  for (const size of options.sizes) {
    const environment = await startEnvironment(size);
    try {
      const url = `${environment.gateway.url}/graphql`;
      const times: number[] = [];
      let after: string | null = null;
      for (let page = 0; page < (options.pages ?? Infinity); page += 1) {
        const started = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: GRAPHQL_HEADERS,
          body: graphqlBody(PAGE, { after }),
        });
        const body = (await response.json()) as {
          data?: { campaigns: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
        };
        times.push(performance.now() - started);
        after = body.data?.campaigns.pageInfo.endCursor ?? null;
        if (!body.data?.campaigns.pageInfo.hasNextPage) break;
      }
      const sorted = [...times].sort((a, b) => a - b);
      const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
      measurements[`${size} campaigns per provider: pages walked`] = times.length;
      measurements[`${size} campaigns per provider: ms per page, median`] = Number(median(times).toFixed(2));
      measurements[`${size} campaigns per provider: ms per page, p99`] = Number(p99.toFixed(2));
      measurements[`${size} campaigns per provider: gateway RSS MiB`] = await rssMiB(environment.gateway.child.pid);
    } finally {
      await environment.stop();
    }
  }
  return { scenario: 'data-scale', description: 'paging BSG 50 at a time as the data set grows', measurements };
}
