import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Finds or starts the Redis that the Redis-mode tests run against (they never skip).
    globalSetup: ['test/support/redis-global-setup.ts'],
  },
});
