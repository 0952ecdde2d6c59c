import type { Command } from './io.js';

/**
 * `start [--config <file>]`: the gateway process (src/main.ts): a config file from `--config`,
 * CONFIG_FILE or the working directory, or sandbox mode without one. Runs until SIGTERM/SIGINT.
 */
export const start: Command = async () => {
  await import('../main.js');
  return new Promise<number>(() => undefined);
};
