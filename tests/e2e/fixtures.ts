import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type TestHost } from './host';

export { ADMIN_PIN } from './host';

interface Fixtures {
  /** Runs axe-core on the page as it is now and expects no violations. */
  expectAccessible: (page: Page) => Promise<void>;
}
interface WorkerFixtures {
  /** One host with the demo centre per worker; tests that change settings use `startHost` themselves. */
  host: TestHost;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startHost();
      await use(host);
      await host.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ host }, use) => use(host.url),
  // Playwright reads a fixture's dependencies from its first parameter: it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  expectAccessible: async ({}, use) => {
    await use(async (page) => {
      // Legacy mode runs axe in one call in the page. The default runs it in parts and then opens
      // a blank page to put them together, for cross-origin frames, which this app has none of:
      // the same rules on the same page, without a page opened and axe loaded twice per check.
      const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  },
});

/**
 * A test whose worker has a host of its own, for specs that change what the others read (they lend,
 * restore, lock an account or change settings); `options` as for `startHost`.
 */
export function testWithOwnHost(options: Parameters<typeof startHost>[0] = {}) {
  return test.extend<object, WorkerFixtures>({
    host: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use) => {
        const host = await startHost(options);
        await use(host);
        await host.stop();
      },
      { scope: 'worker' },
    ],
  });
}

/**
 * Chromium as on the kiosk PC without a graphics driver (electron/main/graphics.ts): WebGL drawn by
 * SwiftShader, the page composited in software. Composited through SwiftShader instead (Chromium's
 * default here), every frame of the page costs 50–130 ms and the 3D tour rightly gives up 3D.
 */
export const SOFTWARE_COMPOSITED = {
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-gpu-compositing',
      '--no-first-run',
    ],
  },
};

export { expect, startHost };
