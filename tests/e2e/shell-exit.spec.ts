import type { Page } from '@playwright/test';
import { call, invoke } from './api';
import { ADMIN_PIN, expect, test } from './fixtures';
import { SETTLE } from './shell-touch';
import { zh } from './shell-texts';

// The hidden exit: five taps within three seconds in the top-left corner, then the admin's staff
// number and PIN. The HTTP shell has no kiosk window to leave (core's shell hooks have no
// exitKiosk), so here the dialog says so and asks for no PIN, and core refuses the exit whatever
// the PIN. The worker's demo centre: nothing here writes.
test.use({ reducedMotion: 'reduce' });

/** A finger in the top-left corner, well inside the invisible 4.5 rem target. */
async function tapCorner(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.touchscreen.tap(12, 12);
  await page.evaluate(SETTLE);
}

function exitDialog(page: Page) {
  return page.getByRole('dialog', { name: zh('common', 'exit.title') });
}

test('five taps in the corner open the exit; the HTTP shell says it has no kiosk to leave and asks no PIN', async ({
  page,
  expectAccessible,
}) => {
  expect(await call(page, 'kiosk.info')).toMatchObject({ canExit: false });
  // The five taps fall within the window whatever the load: under CI one tap waited 3.5 s for a
  // busy page. The window itself is the next test's.
  await page.clock.setFixedTime(new Date());
  await page.goto('/#/home');
  await expect(page.getByRole('list', { name: zh('common', 'home.areas') })).toBeVisible();

  await tapCorner(page, 4);
  await expect(exitDialog(page)).toHaveCount(0);
  await tapCorner(page, 1);
  const dialog = exitDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(zh('common', 'exit.notKiosk'));
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByLabel(zh('common', 'exit.pin'), { exact: true })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: zh('common', 'exit.submit') })).toHaveCount(0);
  await expectAccessible(page);

  await dialog.getByRole('button', { name: zh('common', 'actions.close') }).tap();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/home$/);

  // Core refuses before it looks at the PIN: the right one and a wrong one get the same answer,
  // and the host goes on serving.
  for (const pin of [ADMIN_PIN, '000000']) {
    const exit = await invoke(page, 'kiosk.exit', { staffNo: 'admin', pin });
    expect(exit.status).toBe(403);
    expect(exit.body).toMatchObject({ ok: false, error: { code: 'not_kiosk' } });
  }
  expect((await invoke(page, 'kiosk.info', {})).body.ok).toBe(true);
});

test('taps spread over more than three seconds do not open it; five within three seconds do', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/#/home');
  await expect(page.getByRole('list', { name: zh('common', 'home.areas') })).toBeVisible();

  await tapCorner(page, 3);
  await page.clock.runFor(3000);
  await tapCorner(page, 2);
  await expect(exitDialog(page)).toHaveCount(0);
  // The two just now and three more: five within the window.
  await page.clock.runFor(1000);
  await tapCorner(page, 3);
  await expect(exitDialog(page)).toBeVisible();
});
