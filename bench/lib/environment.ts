import { startSandboxes, type Sandboxes } from '../../sandbox/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { sandboxTenant } from '../../src/sandbox-mode.js';
import { startGatewayProcess, writeConfig, type GatewayProcess } from '../../test/support/processes.js';

/** The key the benchmark tenant uses. */
export const BENCH_KEY = 'bench-key';

/** Simulators (zero added latency, manual clocks so nothing moves) and a gateway in its own process. */
export interface BenchEnvironment {
  sandboxes: Sandboxes;
  gateway: GatewayProcess;
  stop(): Promise<void>;
}

/**
 * Starts the simulators with `seed` campaigns each and one gateway process over them, with
 * `NODE_ENV=production` as an operator would run it (and as the peer gateway runs).
 */
export async function startEnvironment(
  seed: number,
  env: Record<string, string> = {},
  accountSettings: Record<string, unknown> = {},
): Promise<BenchEnvironment> {
  const sandboxes = await startSandboxes({ clock: () => createClock({ mode: 'manual' }), seedCampaigns: seed });
  const entry = sandboxTenant(sandboxes, { id: 'bench', name: 'Bench', apiKey: BENCH_KEY }, { polling: false });
  const tenant = { ...entry, accounts: entry.accounts.map((account) => ({ ...account, ...accountSettings })) };
  const file = await writeConfig({ server: { host: '127.0.0.1', port: 0 }, tenants: [tenant] });
  const gateway = await startGatewayProcess(file, { NODE_ENV: 'production', ...env });
  return {
    sandboxes,
    gateway,
    async stop() {
      await gateway.stop();
      await sandboxes.close();
    },
  };
}

/** A GraphQL POST body. */
export function graphqlBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

/** Headers of an authenticated GraphQL request. */
export const GRAPHQL_HEADERS = { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` };
