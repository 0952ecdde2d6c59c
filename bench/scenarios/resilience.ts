import { GRAPHQL_HEADERS, graphqlBody, startEnvironment } from '../lib/environment.js';
import { interleave } from '../lib/interleave.js';
import type { ScenarioResult } from './types.js';

const CROSS_PROVIDER = `{ campaigns(first: 20) { edges { node { id name provider status } } } }`;

/** Short timeouts and a quick breaker, so a hanging provider is cut off fast (the same for every account). */
const SETTINGS = {
  timeouts: { connectMs: 500, headersMs: 300, bodyMs: 300, totalMs: 600 },
  breaker: { failureRateThreshold: 0.5, minimumCalls: 5, windowMs: 30_000, coolDownMs: 600_000 },
};

/**
 * The cross-provider query with every provider healthy, then with one provider hanging once its
 * circuit is open: p50/p99 should stay close, since the open breaker answers without calling.
 */
export async function resilience(options: { rounds: number; seconds: number }): Promise<ScenarioResult> {
  const healthy = await startEnvironment(100, {}, SETTINGS);
  const hanging = await startEnvironment(100, {}, SETTINGS);
  try {
    hanging.sandboxes.bsg.faults.add({ kind: 'hang', route: 'campaigns.list' });
    const url = `${hanging.gateway.url}/graphql`;
    for (let i = 0; i < 10; i += 1) {
      const response = await fetch(url, {
        method: 'POST',
        headers: GRAPHQL_HEADERS,
        body: graphqlBody(CROSS_PROVIDER),
      });
      await response.text();
    }
    const callsBefore = hanging.sandboxes.bsg.calls.count('campaigns.list');
    const common = {
      connections: 20,
      durationSeconds: options.seconds,
      headers: GRAPHQL_HEADERS,
      body: graphqlBody(CROSS_PROVIDER),
    };
    const targets = await interleave(
      [
        { name: 'all providers healthy', load: { ...common, url: `${healthy.gateway.url}/graphql` } },
        { name: 'BSG hanging, breaker open', load: { ...common, url } },
      ],
      options.rounds,
    );
    const [ok, degraded] = targets;
    return {
      scenario: 'resilience',
      description: 'cross-provider page of 20 at 20 connections; one provider hanging behind an open breaker',
      targets,
      ratios: {
        'p50 degraded / healthy':
          ok && degraded ? Number((degraded.p50Ms / Math.max(ok.p50Ms, 0.001)).toFixed(3)) : null,
        'p99 degraded / healthy':
          ok && degraded ? Number((degraded.p99Ms / Math.max(ok.p99Ms, 0.001)).toFixed(3)) : null,
      },
      measurements: {
        'BSG calls while the breaker was open': hanging.sandboxes.bsg.calls.count('campaigns.list') - callsBefore,
      },
    };
  } finally {
    await healthy.stop();
    await hanging.stop();
  }
}
