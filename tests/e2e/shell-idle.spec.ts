import type { Page } from '@playwright/test';
import { post } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { chooseLanguage, openSection, SETTLE, signInDirectly, staffNav, typeInto } from './shell-touch';
import { tr, zh } from './shell-texts';

// An admin's settings change what the kiosk does: short idle times and a new centre name, set
// through the settings screen on a host of its own (the worker's demo centre keeps its settings).
// The waits run on Playwright's clock, installed before the app loads, so the app's own interval
// and Date.now() see the seconds pass without the test sleeping through them.
const test = testWithOwnHost({ demo: false });
test.use({ reducedMotion: 'reduce' });

const IDLE_SECONDS = 10;
const COUNTDOWN_SECONDS = 3;
const CENTRE = 'e2e centre';

/** The staff entrance on home, while signed in: straight to the first section, settings. */
async function openSectionFromHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: zh('common', 'home.staff') }).tap();
  await openSection(page, zh('staff', 'sections.settings'));
}

test('an admin sets short idle times and a new name; a visitor is asked, stays, then the kiosk resets', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  const settings = zh('staff', 'sections.settings');
  await expect(page.getByRole('heading', { level: 1, name: settings })).toBeVisible();
  const centreName = page.getByRole('textbox', { name: zh('staff', 'settings.centreName'), exact: true });
  await typeInto(
    page.getByRole('textbox', { name: zh('staff', 'settings.idleSeconds') }),
    String(IDLE_SECONDS),
  );
  await typeInto(
    page.getByRole('textbox', { name: zh('staff', 'settings.countdownSeconds') }),
    String(COUNTDOWN_SECONDS),
  );
  await typeInto(centreName, CENTRE);
  await page.getByRole('button', { name: zh('staff', 'settings.save') }).tap();
  await expect(page.getByRole('status').filter({ hasText: zh('staff', 'settings.saved') })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(CENTRE);

  // Half-typed and never saved: a draft that outlives the screen, until the reset.
  await typeInto(centreName, 'half');
  await page.getByRole('link', { name: zh('common', 'nav.home') }).tap();
  await openSectionFromHome(page);
  await expect(centreName).toHaveValue('half');

  // From here the clock moves only when the test moves it, so the countdown cannot run out
  // between two steps of a slow run. (axe needs running timers: it checks this dialog in
  // shell-display.spec.ts, at the centre's default times.) Then a visitor on home stops touching.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 2000));
  await page.getByRole('link', { name: zh('common', 'nav.home') }).tap();
  await expect(page).toHaveURL(/#\/home$/);
  const dialog = page.getByRole('alertdialog', { name: zh('common', 'idle.title') });
  await page.clock.runFor(IDLE_SECONDS * 1000 - 1500);
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(2000);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(zh('common', 'idle.text', { seconds: COUNTDOWN_SECONDS }));
  await page.clock.runFor(1000);
  await expect(dialog).toHaveAccessibleDescription(
    zh('common', 'idle.text', { seconds: COUNTDOWN_SECONDS - 1 }),
  );
  // "继续浏览" keeps the screen, and the full idle time starts again.
  await dialog.getByRole('button', { name: zh('common', 'idle.continue') }).tap();
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(IDLE_SECONDS * 1000 - 1000);
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/home$/);

  // Waiting again, in English this time: the reset brings back the attract screen, in the
  // centre's language and with the new name.
  await chooseLanguage(page, 'en');
  await page.clock.runFor(IDLE_SECONDS * 1000 + 500);
  await expect(page.getByRole('alertdialog', { name: tr('en', 'common', 'idle.title') })).toBeVisible();
  await page.clock.runFor(COUNTDOWN_SECONDS * 1000);
  await page.clock.resume();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: CENTRE })).toBeVisible();
  // The attract screen waits for a visitor as long as it takes.
  await page.clock.runFor((IDLE_SECONDS + COUNTDOWN_SECONDS) * 1000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // The staff session ended with the reset, and the half-typed name is gone.
  await page.getByRole('button', { name: zh('common', 'attract.start') }).tap();
  await page.getByRole('link', { name: zh('common', 'home.staff') }).tap();
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toBeVisible();
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  await expect(page.getByRole('heading', { level: 1, name: settings })).toBeVisible();
  await expect(centreName).toHaveValue(CENTRE);
  await expect(staffNav(page)).toBeVisible();
});

/** Plays a muted video of a canvas (nothing to download) and waits until it really plays. */
const PLAY_VIDEO = `new Promise((resolve) => {
  const canvas = document.createElement('canvas');
  canvas.width = 16;
  canvas.height = 16;
  canvas.getContext('2d').fillRect(0, 0, 16, 16);
  const video = document.createElement('video');
  video.id = 'testimony';
  video.muted = true;
  video.width = 1;
  video.height = 1;
  video.srcObject = canvas.captureStream();
  video.addEventListener('playing', () => resolve(undefined), { once: true });
  document.body.append(video);
  void video.play();
})`;

test('a playing video holds the idle timer; paused or taken off the page, the full idle time runs again', async ({
  page,
}) => {
  await page.clock.install();
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  for (const [method, input] of [
    ['settings.update', { 'kiosk.idleSeconds': IDLE_SECONDS, 'kiosk.countdownSeconds': COUNTDOWN_SECONDS }],
    ['auth.signOut', {}],
  ] as const) {
    expect((await post(page, method, input)).ok()).toBe(true);
  }
  await page.goto('/#/home');
  await page.reload();
  await expect(page).toHaveURL(/#\/home$/);
  // The clock moves only when the test moves it (see above).
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 2000));
  const dialog = page.getByRole('alertdialog', { name: zh('common', 'idle.title') });
  const idleRunsAgain = async () => {
    // The app hears of the change in tasks of its own, which the paused clock does not hold up.
    await page.evaluate(SETTLE);
    await page.clock.runFor(500);
    await page.evaluate(SETTLE);
    await page.clock.runFor(IDLE_SECONDS * 1000 - 2000);
    await expect(dialog).toHaveCount(0);
    await page.clock.runFor(3000);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: zh('common', 'idle.continue') }).tap();
    await expect(dialog).toHaveCount(0);
  };

  // A veteran's testimony plays; nobody touches the screen for longer than idle time and countdown.
  // (Strings: the tests are compiled without the DOM's types.)
  await page.evaluate(PLAY_VIDEO);
  await page.clock.runFor((IDLE_SECONDS + COUNTDOWN_SECONDS + 5) * 1000);
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/home$/);
  // Paused: the whole idle time runs from then.
  await page.evaluate(`document.getElementById('testimony').pause()`);
  await idleRunsAgain();

  // Playing again, then taken off the page mid-play (a visitor leaves the screen).
  await page.evaluate(`document.getElementById('testimony').remove()`);
  await page.evaluate(PLAY_VIDEO);
  await page.clock.runFor((IDLE_SECONDS + COUNTDOWN_SECONDS + 5) * 1000);
  await expect(dialog).toHaveCount(0);
  await page.evaluate(`document.getElementById('testimony').remove()`);
  // Its pause never reaches the document; the timer still starts again, a second or so later.
  let waited = 0;
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1000);
        waited += 1;
        return dialog.count();
      },
      { intervals: [50], timeout: 60_000 },
    )
    .toBe(1);
  expect(waited).toBeGreaterThanOrEqual(IDLE_SECONDS);
});
