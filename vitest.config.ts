import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  /** One graphql-js for sources and dependencies alike (as under Node), so schema objects and errors mix. */
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    /** Files spend much of their time waiting on servers and child processes: use every core, even on two. */
    maxWorkers: Math.max(2, availableParallelism()),
    /** After each test file: no configured secret in any response or log line it produced. */
    setupFiles: ['test/support/secret-scan-setup.ts'],
  },
});
