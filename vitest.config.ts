import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    /** After each test file: no configured secret in any response or log line it produced. */
    setupFiles: ['test/support/secret-scan-setup.ts'],
  },
});
