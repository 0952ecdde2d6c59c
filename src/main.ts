import { existsSync } from 'node:fs';
import { startGateway } from './app.js';
import { ConfigError, loadConfigFile } from './config.js';
import { watchConfigFile } from './config-watch.js';
import { createLogger, prettyLogsWanted } from './logger.js';
import { startSandboxMode } from './sandbox-mode.js';

/** Where a config file is looked for when neither `--config` nor CONFIG_FILE names one. */
const DEFAULT_CONFIG_FILES = ['campaign-gateway.config.json', 'campaign-gateway.config.yaml'];

function configPath(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const flag = argv.indexOf('--config');
  if (flag >= 0) return argv[flag + 1];
  return env['CONFIG_FILE'] ?? DEFAULT_CONFIG_FILES.find((file) => existsSync(file));
}

/** Process entry: config (or sandbox mode) -> gateway -> graceful shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const logger = createLogger({
    level: process.env['LOG_LEVEL'] ?? 'info',
    pretty: prettyLogsWanted(process.env, process.stdout),
  });
  const path = configPath(process.argv.slice(2), process.env);
  const stops: (() => Promise<void>)[] = [];
  if (path) {
    const config = await loadConfigFile(path, process.env);
    const gateway = await startGateway({ config, logger });
    const watch = watchConfigFile(path, process.env, logger, (next) => gateway.reloadConfig(next));
    stops.push(
      async () => watch.close(),
      () => gateway.stop(),
    );
    logger.info({ graphql: `${gateway.url}/graphql` }, 'campaign-gateway ready');
  } else {
    const sandbox = await startSandboxMode(process.env, logger);
    stops.push(() => sandbox.stop());
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    Promise.all(stops.map((stop) => stop()))
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('campaign-gateway failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
