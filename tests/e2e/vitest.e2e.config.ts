import { defineConfig } from 'vitest/config';

/** E2E tests drive real browsers: one file at a time, generous timeouts. Run through scripts/e2e.mjs. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
