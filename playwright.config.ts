import { defineConfig } from '@playwright/test';

// The system Chromium from Debian: Playwright never downloads a browser here.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // The demo centre seeded once per run, copied for each demo host (see host.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  // Two workers for two cores (three made every test about 1.7× slower: load average 12–14).
  // Tests, not files, are spread over them: a test makes what it needs on its worker's host, so a
  // long file (the desk) no longer runs alone at the end. A file whose tests build on each other
  // says so with `test.describe.configure({ mode: 'serial' })`.
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
    // No trace by default: recording one for every test (to keep a failing one's) cost about 11 % of
    // the run. A failure's error-context.md still has the page's accessibility snapshot; to look
    // closer, run it again with `--trace retain-on-failure`.
    trace: 'off',
  },
  projects: [
    { name: 'landscape', use: { viewport: { width: 1920, height: 1080 } } },
    {
      name: 'portrait',
      use: { viewport: { width: 1080, height: 1920 } },
      // Upright runs what a visitor sees and all of the staff desk (its sections, forms, tabs and
      // dialogs with axe, and its flows: lend, return, renew, import, the languages). Two calendar
      // flows (in English; a weekly closing day: `@landscape`), platform flows whose logic does not
      // depend on the screen's shape and print sheets (`@paper`: paper has one shape) run once, to
      // keep a clean-clone CI run under 30 minutes.
      grepInvert: /@paper|@landscape/,
      testIgnore: [
        'electron.spec.ts',
        // A staff flow at a desk PC; it checks its editor upright itself (axe at 1080×1920).
        'exhibitions-studio.spec.ts',
        // The curator's statistics: a staff desk's screen, checked once.
        'exhibitions-stats.spec.ts',
        // The studio's transfer panel (folders and packs): nothing in it depends on the screen's shape.
        'exhibitions-transfer.spec.ts',
        // Its own browsers, inside network namespaces, at a fixed landscape size.
        'lan-screens.spec.ts',
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
