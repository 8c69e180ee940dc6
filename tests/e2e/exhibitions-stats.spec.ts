import type { Locator, Page } from '@playwright/test';
import type { ExhibitionCard } from '../../electron/shared/exhibitions.types';
import enStudio from '../../renderer/src/features/exhibitions-studio/locales/en.json' with { type: 'json' };
import zhStudio from '../../renderer/src/features/exhibitions-studio/locales/zh-CN.json' with { type: 'json' };
import { call } from './api';
import { ADMIN_PIN, expect, test } from './fixtures';
import { tr, zh } from './shell-texts';
import { chooseLanguage, signInDirectly } from './shell-touch';

// 展览统计: a visitor opens one of the demo centre's exhibitions (a visit, counted for today); the
// admin (who holds the curator's role) finds it in this month's table with at least that visit,
// in 简体, then in English with large text and high contrast, the page never wider than the
// screen (the tables scroll in their own frame). On the worker's demo host: a visit changes no
// other test's reading. Landscape only (see playwright.config.ts).
test.use({ reducedMotion: 'reduce' });

const STATS_PATH = '/#/staff/areas/exhibitions/stats';

/** The count in the row of the exhibition's visits table named `title`. */
async function visitsOf(table: Locator, title: string): Promise<number> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  return Number((await row.getByRole('cell').last().innerText()).replace(/[^\d]/g, ''));
}

const pageFitsScreen = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');

test('a visit to an exhibition shows in the curator’s statistics, in 简体 and in English', async ({
  page,
  expectAccessible,
}) => {
  const card = (await call<ExhibitionCard[]>(page, 'exhibitions.list'))[0];
  if (!card) throw new Error('the demo centre has no published exhibition');

  // The visitor opens it by touch; the visit is counted when its screen shows.
  await page.goto('/#/areas/exhibitions');
  const visited = page.waitForResponse((r) => r.url().includes('/api/invoke?method=exhibitions.visited'));
  await page.getByRole('link', { name: card.title['zh-CN'], exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: card.title['zh-CN'] })).toBeVisible();
  expect((await visited).ok()).toBe(true);

  await signInDirectly(page, 'admin', ADMIN_PIN, STATS_PATH);
  await expect(page.getByRole('heading', { level: 1, name: zhStudio.stats.heading })).toBeVisible();
  await expect(page.getByRole('button', { name: zh('common', 'period.presets.thisMonth') })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const table = page.getByRole('table', { name: zhStudio.stats.exhibitionsCaption });
  expect(await visitsOf(table, card.title['zh-CN'])).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('table', { name: zhStudio.stats.recordingsCaption })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: zh('common', 'display.largeText') }).tap();
  await page.getByRole('button', { name: zh('common', 'display.highContrast') }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await chooseLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: enStudio.stats.heading })).toBeVisible();
  const enTable = page.getByRole('table', { name: enStudio.stats.exhibitionsCaption });
  expect(await visitsOf(enTable, card.title.en ?? card.title['zh-CN'])).toBeGreaterThanOrEqual(1);
  expect(await pageFitsScreen(page)).toBe(true);
  await expectAccessible(page);

  // Last year, before any of this centre's visits: one sentence says nothing was counted yet.
  await page.getByRole('button', { name: tr('en', 'common', 'period.presets.lastYear') }).tap();
  const empty = enStudio.stats.empty.slice(0, enStudio.stats.empty.indexOf('{{'));
  await expect(page.getByRole('status').filter({ hasText: empty })).toBeVisible();
  await expect(enTable).toHaveCount(0);
});
