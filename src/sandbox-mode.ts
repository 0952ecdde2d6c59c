import { randomBytes } from 'node:crypto';
import { DEFAULT_BSG_CREDENTIALS } from '../sandbox/bsg/index.js';
import { DEFAULT_KONIGLE_CREDENTIALS } from '../sandbox/konigle/index.js';
import { DEFAULT_PEACH_CREDENTIALS } from '../sandbox/peach/index.js';
import { startSandboxes, type Sandboxes } from '../sandbox/index.js';
import { DEFAULT_SESSIONM_CREDENTIALS, DEMO_USERS } from '../sandbox/sessionm/index.js';
import { createClock } from '../sandbox/kit/clock.js';
import { startGateway } from './app.js';
import { hashApiKey } from './auth/api-keys.js';
import { SCOPES } from './auth/scopes.js';
import { resolveConfig } from './config.js';
import type { Logger } from './logger.js';

/** The demo tenant's API key in sandbox mode; it only ever opens the local simulators. */
export const DEMO_API_KEY = 'cgw_demo_sandbox_key';

/** How the demo accounts learn of changes: polling interval, and a webhook secret when webhooks are on. */
export interface SandboxAccountSettings {
  pollIntervalMs?: number;
  polling?: boolean;
  webhookSecret?: string;
}

/** A tenant's raw config entry wired to running simulators, with one key holding every scope. */
export function sandboxTenant(
  sandboxes: Sandboxes,
  tenant: { id: string; name: string; apiKey: string },
  settings: SandboxAccountSettings = {},
) {
  const shared = {
    polling: settings.polling ?? true,
    ...(settings.pollIntervalMs !== undefined ? { pollIntervalMs: settings.pollIntervalMs } : {}),
    ...(settings.webhookSecret !== undefined ? { webhook: { secret: settings.webhookSecret } } : {}),
  };
  const entry = sandboxTenantEntry(sandboxes, tenant);
  return { ...entry, accounts: entry.accounts.map((account) => ({ ...account, ...shared })) };
}

/** Points every simulator's webhooks at the gateway's receiver for its demo account. */
export function connectWebhooks(
  sandboxes: Sandboxes,
  gatewayUrl: string,
  accounts: { id: string; provider: string }[],
): void {
  for (const account of accounts) {
    const target = sandboxes.webhooks[account.provider];
    if (target) target.url = `${gatewayUrl}/webhooks/${account.provider}/${account.id}`;
  }
}

function sandboxTenantEntry(sandboxes: Sandboxes, tenant: { id: string; name: string; apiKey: string }) {
  return {
    id: tenant.id,
    name: tenant.name,
    apiKeys: [{ id: `${tenant.id}-key`, sha256: hashApiKey(tenant.apiKey), scopes: [...SCOPES] }],
    accounts: [
      {
        id: 'bsg-demo',
        provider: 'bsg',
        baseUrl: sandboxes.bsg.url,
        credentials: { apiKey: DEFAULT_BSG_CREDENTIALS.apiKeys[0] ?? '' },
      },
      {
        id: 'sessionm-demo',
        provider: 'sessionm',
        baseUrl: sandboxes.sessionm.url,
        credentials: { ...DEFAULT_SESSIONM_CREDENTIALS, referenceUserId: DEMO_USERS.ava.id },
      },
      {
        id: 'konigle-demo',
        provider: 'konigle',
        baseUrl: sandboxes.konigle.url,
        credentials: { apiKey: DEFAULT_KONIGLE_CREDENTIALS.apiKeys[0] ?? '' },
      },
      {
        id: 'peach-demo',
        provider: 'peach',
        baseUrl: `${sandboxes.peach.url}/api`,
        credentials: {
          apiKey: DEFAULT_PEACH_CREDENTIALS.apiKeys[0] ?? '',
          companyId: DEFAULT_PEACH_CREDENTIALS.companyId,
        },
      },
    ],
  };
}

/** Starts every simulator in-process on free ports, wires a demo tenant to them, and starts the gateway. */
export async function startSandboxMode(env: NodeJS.ProcessEnv, logger: Logger): Promise<{ stop(): Promise<void> }> {
  const webhookSecret = randomBytes(24).toString('base64url');
  const sandboxes = await startSandboxes({
    clock: () => createClock({ mode: 'real' }),
    seedCampaigns: 25,
    webhookSecret,
  });
  const demo = sandboxTenant(
    sandboxes,
    { id: 'demo', name: 'Demo tenant', apiKey: DEMO_API_KEY },
    { pollIntervalMs: 10_000, webhookSecret },
  );
  const config = resolveConfig({ server: { host: env['HOST'] ?? '127.0.0.1', port: 4000 }, tenants: [demo] }, env);
  const gateway = await startGateway({
    config,
    logger,
    graphiqlHeaders: { Authorization: `Bearer ${DEMO_API_KEY}` },
  }).catch(async (error: unknown) => {
    await sandboxes.close();
    throw error;
  });
  connectWebhooks(sandboxes, gateway.url, demo.accounts);
  process.stdout.write(banner(gateway.url, sandboxes));
  return {
    async stop() {
      await gateway.stop();
      await sandboxes.close();
    },
  };
}

function banner(url: string, sandboxes: Sandboxes): string {
  const simulators = sandboxes.list().map((s) => `    ${s.name.padEnd(9)} ${s.url}`);
  return [
    '',
    'campaign-gateway is running in sandbox mode (local provider simulators, no credentials needed)',
    '',
    `  GraphQL:  ${url}/graphql`,
    `  GraphiQL: ${url}/graphql   (open it in a browser; the demo key is already filled in)`,
    `  Dashboard: ${url}/dashboard   (live campaign statuses; enter the API key below)`,
    `  API key:  ${DEMO_API_KEY}`,
    '  Simulators:',
    ...simulators,
    '',
    '  Try:',
    `    curl -s ${url}/graphql -H 'authorization: Bearer ${DEMO_API_KEY}' -H 'content-type: application/json' \\`,
    `      -d '{"query":"{ campaigns(first: 5) { edges { node { name provider status } } } }"}'`,
    '',
  ].join('\n');
}
