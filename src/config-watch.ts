import { watch, type FSWatcher } from 'node:fs';
import { ConfigError, loadConfigFile, type GatewayConfig } from './config.js';
import type { Logger } from './logger.js';

/** A running config watch; `close()` stops listening to SIGHUP and the file. */
export interface ConfigWatch {
  /** Reloads now (what SIGHUP does); resolves true when the new config was applied. */
  reload(): Promise<boolean>;
  close(): void;
}

const SETTLE_MS = 50;

/**
 * Reloads the config file on SIGHUP and whenever the file changes, and hands each valid config to `apply`.
 * An invalid file (or an `apply` that throws) is logged and ignored: the running config stays.
 */
export function watchConfigFile(
  path: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  apply: (config: GatewayConfig) => void,
  onReload?: (applied: boolean) => void,
): ConfigWatch {
  let queue = Promise.resolve(true);
  const reload = (reason: string): Promise<boolean> => {
    queue = queue.then(async () => {
      const applied = await loadAndApply(path, env, logger, apply, reason);
      onReload?.(applied);
      return applied;
    });
    return queue;
  };
  let timer: NodeJS.Timeout | undefined;
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload('file changed'), SETTLE_MS);
  };
  const onSignal = () => void reload('SIGHUP');
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path, onChange);
    watcher.on('error', (error) => logger.warn({ err: error.message, path }, 'config watch stopped'));
  } catch (error) {
    logger.warn({ err: (error as Error).message, path }, 'config file cannot be watched; SIGHUP still reloads');
  }
  process.on('SIGHUP', onSignal);
  return {
    reload: () => reload('requested'),
    close() {
      clearTimeout(timer);
      watcher?.close();
      process.off('SIGHUP', onSignal);
    },
  };
}

async function loadAndApply(
  path: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  apply: (config: GatewayConfig) => void,
  reason: string,
): Promise<boolean> {
  try {
    apply(await loadConfigFile(path, env));
    logger.info({ path, reason }, 'config reloaded');
    return true;
  } catch (error) {
    const issues = error instanceof ConfigError ? error.issues : [(error as Error).message];
    logger.error({ path, reason, issues }, 'config reload refused; the running config stays');
    return false;
  }
}
