import type { Sandboxes } from '../../sandbox/index.js';
import { GRAPHQL_HEADERS, graphqlBody, startEnvironment } from '../lib/environment.js';
import { interleave } from '../lib/interleave.js';
import type { ScenarioResult } from './types.js';

const MERGED_PAGE = `{ campaigns(first: 50) { edges { node { id name provider status createdAt } } } }`;

/** The nested query: 100 campaigns with what each provider adds (behaviors, offers, runs where they exist). */
export const NESTED_QUERY = `{ campaigns(first: 100) { edges { node {
  id name provider status availableActions
  behaviors { id goal } offers { id name } runs(first: 5) { edges { node { id status } } }
} } } }`;

/** One page merged across every provider, and the 100-campaign nested query: upstream calls per query and latency. */
export async function fanout(options: { rounds: number; seconds: number }): Promise<ScenarioResult> {
  const environment = await startEnvironment(200);
  try {
    const url = `${environment.gateway.url}/graphql`;
    const callsPerQuery = async (query: string) => {
      const before = totalCalls(environment.sandboxes);
      const samples = 20;
      for (let i = 0; i < samples; i += 1) {
        const response = await fetch(url, { method: 'POST', headers: GRAPHQL_HEADERS, body: graphqlBody(query) });
        await response.text();
      }
      return (totalCalls(environment.sandboxes) - before) / samples;
    };
    const measurements = {
      'upstream calls per merged page': await callsPerQuery(MERGED_PAGE),
      'upstream calls per nested 100-campaign query': await callsPerQuery(NESTED_QUERY),
      providers: environment.sandboxes.list().length,
    };
    const common = { connections: 50, durationSeconds: options.seconds, headers: GRAPHQL_HEADERS, url };
    const targets = await interleave(
      [
        { name: 'merged page of 50', load: { ...common, body: graphqlBody(MERGED_PAGE) } },
        { name: 'nested 100-campaign query', load: { ...common, body: graphqlBody(NESTED_QUERY) } },
      ],
      options.rounds,
    );
    return {
      scenario: 'fanout',
      description: 'a page merged across every provider, and the 100-campaign nested query, at 50 connections',
      targets,
      measurements,
    };
  } finally {
    await environment.stop();
  }
}

function totalCalls(sandboxes: Sandboxes): number {
  return sandboxes.list().reduce((sum, sandbox) => sum + sandbox.calls.count(), 0);
}
