import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { zh } from './shell-texts';

// 3D 导览 on a screen without WebGL (Chromium started with --disable-webgl): the tour offers the
// 2D floor plan instead, with the same hotspots and links. Read-only: the worker's demo host.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-webgl', '--no-first-run'],
  },
});

const list = (page: Page) => page.locator('.tour-list');

test('the 2D plan offers the same hotspots, coloured by their state, with the same links', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/areas/tour');
  await expect(page.getByRole('status')).toHaveText(zh('tour', 'fallback.nowebgl'));
  await expect(page.getByRole('button', { name: zh('tour', 'mode.threeD') })).toHaveCount(0);
  const plan = page.locator('.tour-plan');
  const onFirst = await list(page).locator('section').first().getByRole('button').count();
  await expect(plan.getByRole('button')).toHaveCount(onFirst);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('no-webgl.png') });
  await plan.getByRole('button', { name: /^湖畔三十年/ }).tap();
  await page.getByRole('link', { name: zh('tour', 'panel.openExhibition') }).tap();
  await expect(page).toHaveURL(/#\/areas\/exhibitions\/\d+/);
});
