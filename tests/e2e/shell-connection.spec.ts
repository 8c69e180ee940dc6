import type { Page } from '@playwright/test';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { signInDirectly, typeInto } from './shell-touch';
import { zh } from './shell-texts';

// A screen that loses the hub (network down, hub restarting) keeps what is on it, says so calmly,
// and comes back by itself. The network failure is made by refusing the page's API requests in the
// browser; the host itself stays up. On a host of its own: the test saves a setting.
// Reduced motion: see shell-navigation.spec.ts.
const test = testWithOwnHost({ demo: false });
test.use({ reducedMotion: 'reduce' });

const API = '**/api/invoke?method=*';
const RENAMED = 'connection test';

function banner(page: Page) {
  return page.getByRole('status').filter({ hasText: zh('common', 'connection.lost') });
}

test('a save while the hub is away is refused as not saved, the form stays, and the screen reconnects by itself', async ({
  page,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  const name = page.getByRole('textbox', { name: zh('staff', 'settings.centreName'), exact: true });
  await typeInto(name, RENAMED);
  await expect(banner(page)).toHaveCount(0);

  await page.route(API, (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: zh('staff', 'settings.save') }).tap();
  await expect(
    page.getByRole('alert').filter({ hasText: zh('errors', 'details.unreachable') }),
  ).toBeVisible();
  await expect(banner(page)).toBeVisible();
  // Nothing was reloaded or remounted: the typed name is still in its field, on the same screen.
  await expect(name).toHaveValue(RENAMED);
  await expect(page.getByRole('heading', { level: 1, name: zh('common', 'serviceDown.title') })).toHaveCount(
    0,
  );

  // The banner takes no touch: the screen under it still answers.
  await page.getByRole('button', { name: 'English', exact: true }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '简体中文', exact: true }).tap();

  await page.unroute(API);
  await expect(banner(page)).toHaveCount(0);
  await expect(name).toHaveValue(RENAMED);
  await page.getByRole('button', { name: zh('staff', 'settings.save') }).tap();
  await expect(page.getByRole('banner')).toContainText(RENAMED);
});
