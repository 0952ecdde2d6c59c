import { DEFAULT_BSG_CREDENTIALS } from '../../sandbox/bsg/index.js';
import { interleave, type Target } from '../lib/interleave.js';
import { GRAPHQL_HEADERS, graphqlBody, startEnvironment } from '../lib/environment.js';
import { startPeer } from '../lib/peer.js';
import { bsgToken, startRawProxy } from '../lib/raw-proxy.js';
import type { ScenarioResult } from './types.js';

const PAGE_QUERY = `{ campaigns(first: 50, filter: { providers: [BSG] }) {
  edges { node { id name status providerStatus createdAt } } } }`;

/** One page of 50 BSG campaigns (5 fields) through a raw Node pass-through, the gateway, and a peer gateway. */
export async function overhead(options: { rounds: number; seconds: number }): Promise<ScenarioResult> {
  const environment = await startEnvironment(100);
  const bsg = environment.sandboxes.bsg.url;
  const token = await bsgToken(bsg, DEFAULT_BSG_CREDENTIALS.apiKeys[0] ?? '');
  const raw = await startRawProxy(bsg, '/api/campaigns?sort=date&way=desc&page%5Blimit%5D=51', {
    authorization: `Bearer ${token}`,
  });
  const peer = await startPeer(bsg, token);
  try {
    const common = { connections: 50, durationSeconds: options.seconds };
    const targets: Target[] = [
      { name: 'raw node pass-through', load: { url: raw.url, ...common } },
      {
        name: 'campaign-gateway',
        load: {
          url: `${environment.gateway.url}/graphql`,
          body: graphqlBody(PAGE_QUERY),
          headers: GRAPHQL_HEADERS,
          ...common,
        },
      },
    ];
    if (peer.running) targets.push({ name: peer.name, load: { ...peer.load, ...common } });
    const summaries = await interleave(targets, options.rounds);
    const gateway = summaries.find((s) => s.name === 'campaign-gateway');
    const rawSummary = summaries.find((s) => s.name === 'raw node pass-through');
    return {
      scenario: 'overhead',
      description: 'one page of 50 campaigns (5 fields) from BSG at 50 connections',
      targets: summaries,
      ratios: {
        'gateway / raw throughput': ratio(gateway?.requestsPerSecond, rawSummary?.requestsPerSecond),
        ...(peer.running
          ? {
              'gateway / peer throughput': ratio(
                gateway?.requestsPerSecond,
                summaries.find((s) => s.name === peer.name)?.requestsPerSecond,
              ),
            }
          : {}),
      },
      notes: peer.running ? [peer.configuration] : [`peer gateway not run: ${peer.reason}`],
    };
  } finally {
    await peer.stop();
    await raw.close();
    await environment.stop();
  }
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  return a && b ? Number((a / b).toFixed(3)) : null;
}
