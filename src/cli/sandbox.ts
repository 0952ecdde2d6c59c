import { startSandboxes } from '../../sandbox/index.js';
import { createClock } from '../../sandbox/kit/clock.js';
import { DEMO_API_KEY, sandboxTenant } from '../sandbox-mode.js';
import { println, type Command } from './io.js';

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/**
 * `sandbox [--seed N]`: only the provider simulators, on free ports with demo data and real clocks, for
 * frontend developers and adapter work. Prints each URL and the demo credentials as config entries.
 */
export const sandbox: Command = async (args, io) => {
  const seedFlag = args.indexOf('--seed');
  const seedCampaigns = seedFlag >= 0 ? Number(args[seedFlag + 1]) : 25;
  if (!Number.isInteger(seedCampaigns) || seedCampaigns < 0) {
    println(io.stderr, 'usage: campaign-gateway sandbox [--seed <campaigns per provider>]');
    return 2;
  }
  const sandboxes = await startSandboxes({ clock: () => createClock({ mode: 'real' }), seedCampaigns });
  const demo = sandboxTenant(sandboxes, { id: 'sandbox', name: 'Sandbox', apiKey: DEMO_API_KEY });
  println(io.stdout, 'provider simulators (demo data; faults, clock and call log under <url>/__sandbox/):');
  for (const server of sandboxes.list()) println(io.stdout, `  ${server.name.padEnd(9)} ${server.url}`);
  println(io.stdout);
  println(io.stdout, "accounts for a gateway config (tenants[].accounts), with the simulators' demo credentials:");
  println(io.stdout, JSON.stringify(demo.accounts, null, 2));
  println(io.stdout);
  println(io.stdout, 'Ctrl-C stops them.');
  await untilSignal();
  await sandboxes.close();
  return 0;
};
