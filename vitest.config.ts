import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'renderer/src/**/*.test.ts',
      // Component tests run in jsdom (`// @vitest-environment jsdom` at their top).
      'renderer/src/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      // The kill -9 harness over the built host (tests/crash/kill9.ts).
      'tests/crash/**/*.test.ts',
      // Two screens on a real LAN of network namespaces, over the built host (tests/lan/netns.ts).
      'tests/lan/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
