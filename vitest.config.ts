import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same '@/' the extension's code imports with (WXT sets it for its own builds).
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20000,
  },
});
