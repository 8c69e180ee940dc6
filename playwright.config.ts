import { defineConfig } from '@playwright/test';

// The system Chromium from Debian: Playwright never downloads a browser here.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // The demo centre seeded once per run, copied for each demo host (see host.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  // Two workers for two cores. Tests, not files, are spread over them: a test makes what it needs
  // on its worker's host, so a long file (the desk) no longer runs alone at the end. A file whose
  // tests build on each other says so with `test.describe.configure({ mode: 'serial' })`.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  // Generous: on a busy 2-core machine one touch-driven flow takes up to a minute. Tests never assert on time.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    hasTouch: true,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'landscape', use: { viewport: { width: 1920, height: 1080 } } },
    {
      name: 'portrait',
      use: { viewport: { width: 1080, height: 1920 } },
      // Upright runs what a visitor sees and each staff screen's layout (the lending desk, the staff
      // sections' axe check). Flows whose logic does not depend on the screen's shape, and desk work
      // done at a landscape staff PC, run once: that keeps a clean-clone CI run well under 30 minutes.
      testIgnore: [
        'electron.spec.ts',
        // Its own browsers, inside network namespaces, at a fixed landscape size.
        'lan-screens.spec.ts',
        'library-desk-office.spec.ts',
        'library-stats.spec.ts',
        'media-cover.spec.ts',
        'publishing.spec.ts',
        'shell-backup.spec.ts',
        'shell-connection.spec.ts',
        'shell-devices.spec.ts',
        'shell-idle.spec.ts',
        'shell-recovery.spec.ts',
        'shell-security.spec.ts',
        'shell-setup.spec.ts',
        'shell-staff.spec.ts',
      ],
    },
  ],
});
