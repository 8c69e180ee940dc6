import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { kioskInfo, staffNoField } from './shell-touch';
import { tr, trPattern, zh, type Lang } from './shell-texts';

// A visitor's way in, on the worker's demo centre (nothing here changes its data but the visit
// count): attract → home by a tap, the tiles from the registry, the language switch.

/** The tile title of each area the renderer has built; an area missing here has no tile to show. */
const TILE_TITLE: Record<string, (lang: Lang) => string> = {
  library: (lang) => tr(lang, 'library', 'tile.title'),
  exhibitions: (lang) => tr(lang, 'exhibitions', 'tile.title'),
  venues: (lang) => tr(lang, 'venues', 'tile.title'),
  tour: (lang) => tr(lang, 'tour', 'tile.title'),
};

// The attract screen's turning backdrop paints at about one frame in two seconds in software
// rendering, and Playwright waits for stable frames before each tap: the kiosk's own reduced-motion
// mode (prefers-reduced-motion) keeps the run short.
test.use({ reducedMotion: 'reduce' });

async function visitsShown(page: Page): Promise<number> {
  const counters = page.getByRole('list', { name: zh('common', 'attract.countersLabel') });
  const visits = counters
    .getByRole('listitem')
    .filter({ hasText: trPattern('zh-CN', 'common', 'attract.counters.visits') });
  await expect(visits).toHaveCount(1);
  const match = trPattern('zh-CN', 'common', 'attract.counters.visits').exec(
    (await visits.innerText()).trim(),
  );
  return Number(match?.[1]?.replace(/\D/g, ''));
}

test('attract → home by a tap: the centre, its counter, one tile per built area, a way back', async ({
  page,
  request,
  expectAccessible,
}) => {
  const info = await kioskInfo(request);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: info.centreName })).toBeVisible();
  const before = await visitsShown(page);
  expect(before).toBeGreaterThanOrEqual(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: zh('common', 'attract.start') }).tap();
  await expect(page).toHaveURL(/#\/home$/);
  await expect(
    page.getByRole('heading', { level: 1, name: zh('common', 'home.welcome', { centre: info.centreName }) }),
  ).toBeVisible();
  const tiles = page.getByRole('list', { name: zh('common', 'home.areas') }).getByRole('link');
  const expected = info.areas.map((id) => {
    const title = TILE_TITLE[id];
    if (!title) throw new Error(`core registers the area ${id}, which has no tile title in this test`);
    return title('zh-CN');
  });
  await expect(tiles).toHaveCount(expected.length);
  for (const [i, title] of expected.entries()) await expect(tiles.nth(i)).toContainText(title);
  await expectAccessible(page);

  // The touch began a visit: the attract screen counts it on its next load.
  await page.goto('/#/');
  await expect(async () => {
    await page.reload();
    expect(await visitsShown(page)).toBe(before + 1);
  }).toPass({ timeout: 10_000 });

  await page.getByRole('button', { name: zh('common', 'attract.start') }).tap();
  await tiles.first().tap();
  await expect(page).toHaveURL(/#\/areas\/library/);
  await page.getByRole('link', { name: zh('common', 'nav.home') }).tap();
  await expect(page).toHaveURL(/#\/home$/);
  await page.getByRole('link', { name: zh('common', 'home.staff') }).tap();
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toBeVisible();
  await expectAccessible(page);
});

test('a double tap on a tile opens the area once', async ({ page }) => {
  await page.goto('/#/home');
  // A slow machine, as a busy kiosk is: the second tap lands before the area has rendered.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const tile = page
    .getByRole('list', { name: zh('common', 'home.areas') })
    .getByRole('link')
    .first();
  const box = await tile.boundingBox();
  if (!box) throw new Error('the tile has no box');
  const depth = await page.evaluate<number>('history.length');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.touchscreen.tap(x, y);
  await page.touchscreen.tap(x, y);
  await expect(page).toHaveURL(/#\/areas\/library$/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect(await page.evaluate<number>('history.length')).toBe(depth + 1);
  await page.goBack();
  await expect(page).toHaveURL(/#\/home$/);
});

test('the language switch on the attract screen, home and staff sign-in: <html lang> and the texts follow', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  // On the attract screen a language is also the first touch: home opens in it, and the attract
  // screen stays in it for the rest of the visit.
  let shown: Lang = 'zh-CN';
  for (const lang of ['zh-TW', 'en', 'zh-CN'] as const) {
    await expect(page.getByRole('button', { name: tr(shown, 'common', 'attract.start') })).toBeVisible();
    await page
      .getByRole('button', { name: tr('zh-CN', 'common', `language.names.${lang}`), exact: true })
      .tap();
    await expect(page).toHaveURL(/#\/home$/);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('link', { name: tr(lang, 'common', 'home.staff') })).toBeVisible();
    await expect(page.getByRole('link', { name: tr(lang, 'common', 'nav.home') })).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: tr(lang, 'common', 'home.areas') })
        .getByRole('link')
        .first(),
    ).toContainText(tr(lang, 'library', 'tile.title'));
    if (lang === 'en') await expectAccessible(page);
    shown = lang;
    await page.goto('/#/');
  }

  await page.goto('/#/staff/sign-in');
  for (const lang of ['zh-TW', 'en', 'zh-CN'] as const) {
    await page
      .getByRole('button', { name: tr('zh-CN', 'common', `language.names.${lang}`), exact: true })
      .tap();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(
      page.getByRole('heading', { level: 1, name: tr(lang, 'staff', 'signIn.title') }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: tr(lang, 'staff', 'signIn.submit'), exact: true }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('group', { name: tr(lang, 'common', 'language.label') })
        .getByRole('button', { pressed: true }),
    ).toHaveText(tr('zh-CN', 'common', `language.names.${lang}`));
  }
  await expect(staffNoField(page)).toBeVisible();
});
