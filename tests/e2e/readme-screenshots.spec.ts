import type { Page, TestInfo } from '@playwright/test';
import path from 'node:path';
import { ADMIN_PIN, expect, test } from './fixtures';
import { kioskInfo, signInDirectly } from './shell-touch';
import { zh } from './shell-texts';

// The README's pictures of the shell, on the demo centre: landscape screens, and home upright.
// Made on request only, so the test run never rewrites files in the repository.
test.skip(
  process.env.SCREENSHOTS !== '1',
  'README screenshots are made on request: SCREENSHOTS=1 npx playwright test readme-screenshots',
);
// A still frame: no turning backdrop half-way through a picture.
test.use({ reducedMotion: 'reduce' });

const DIR = path.join('docs', 'screenshots');

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.project.name === 'portrait' ? `portrait-${name}.png` : `${name}.png`;
  await page.screenshot({ path: path.join(DIR, file) });
}

test('home', async ({ page }, testInfo) => {
  await page.goto('/#/home');
  await expect(
    page
      .getByRole('list', { name: zh('common', 'home.areas') })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  await shoot(page, testInfo, 'home');
});

test.describe('landscape only', () => {
  test.skip(
    ({ viewport }) => (viewport?.height ?? 0) > (viewport?.width ?? 0),
    'One upright picture is enough',
  );

  test('attract', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('list', { name: zh('common', 'attract.countersLabel') })).toBeVisible();
    await shoot(page, testInfo, 'attract');
  });

  test('staff', async ({ page }, testInfo) => {
    await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/accounts');
    await expect(page.getByRole('table', { name: zh('staff', 'accounts.caption') })).toBeVisible();
    await shoot(page, testInfo, 'staff');
  });

  test('tour editor', async ({ page }, testInfo) => {
    await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/tour/editor');
    await expect(page.getByRole('heading', { level: 1, name: zh('tour-studio', 'heading') })).toBeVisible();
    // The reading room selected, its name beside the drawing.
    await page.locator('.tour-studio-contents summary').tap();
    await page
      .getByRole('button', { name: `${zh('tour-studio', 'selected.room', { n: 1 })} 红色书吧` })
      .tap();
    await page.locator('.tour-studio-contents summary').tap();
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot(page, testInfo, 'tour-editor');
  });

  test('idle', async ({ page, request }, testInfo) => {
    const { idleSeconds } = await kioskInfo(request);
    await page.clock.install();
    await page.goto('/#/home');
    await expect(page.getByRole('list', { name: zh('common', 'home.areas') })).toBeVisible();
    await page.clock.runFor(idleSeconds * 1000 + 500);
    await expect(page.getByRole('alertdialog', { name: zh('common', 'idle.title') })).toBeVisible();
    await shoot(page, testInfo, 'idle');
  });
});
