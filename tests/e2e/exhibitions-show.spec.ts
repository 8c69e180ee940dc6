import { request } from '@playwright/test';
import type { ShowPlaylist } from '../../electron/shared/exhibitions.types';
import { call } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';

// The big screen's show (#/show) on the demo centre, whose seed chooses its exhibitions for it:
// it runs by itself with no top bar, never idles back to the attract screen, and comes back to
// the slide it was showing after a reload. Its own host: the test changes the pace and the idle time.
const test = testWithOwnHost();

test('the show runs by itself, outlives the idle time and comes back to its slide after a reload', async ({
  page,
  baseURL,
  expectAccessible,
}) => {
  const admin = await request.newContext({ baseURL });
  await call(admin, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  const settings = (patch: object) => call(admin, 'settings.update', patch);
  await settings({ 'exhibitions.showSeconds': 3, 'kiosk.idleSeconds': 10, 'kiosk.countdownSeconds': 3 });
  const playlist = await call<ShowPlaylist>(admin, 'exhibitions.show', {});
  const first = playlist.exhibitions[0]?.title['zh-CN'];
  if (!first) throw new Error('the demo centre chooses no exhibition for the show');

  // The page's clock runs as the wall clock does, until the test moves it on past the idle time.
  await page.clock.install();
  await page.goto('/#/show');
  // The first slide is the first exhibition's title, full screen, without the kiosk's top bar.
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
  await expect(page.locator('header.topbar')).toHaveCount(0);
  await expectAccessible(page);
  // Three seconds later the show has moved on by itself to the exhibition's pictures.
  await expect(page.locator('.exhibitions-show-caption strong')).toBeVisible({ timeout: 15_000 });

  // Slow the pace so a slide stays put, then sit through the idle time and its countdown.
  await settings({ 'exhibitions.showSeconds': 120 });
  const caption = page.locator('.exhibitions-show-caption strong');
  await page.waitForTimeout(1_000);
  const shown = await caption.innerText();
  await page.clock.runFor(16_000);
  await expect(page).toHaveURL(/#\/show$/);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(caption).toHaveText(shown);

  // A restart (here a reload) goes on from the same slide.
  await page.reload();
  await expect(page.locator('.exhibitions-show-caption strong')).toHaveText(shown);
  await admin.dispose();
});
