import { defineConfig } from 'vitest/config';

/** Files that replace a module (`vi.mock`): each gets a fresh process, so the mock is the one loaded. */
const MOCKING = [
  'electron/host/sign-in-race.test.ts',
  'electron/core/features/library-office/import/import-no-worker.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
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
          exclude: MOCKING,
          // A test file's state lives in its own data folder and core, not in module state: the
          // forks are reused across files (the suite takes about 280 s instead of 420 s).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING, isolate: true } },
    ],
  },
});
