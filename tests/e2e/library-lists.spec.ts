import type { Locator, Page } from '@playwright/test';
import type { Paged } from '../../electron/shared';
import type { ReadingList, ReadingListPage, TitleCard } from '../../electron/shared/library.api';
import { call } from './api';
import { expect, test } from './fixtures';
import { zh } from './shell-texts';

// A visitor browses what the librarians curated (推荐书单) and what everyone borrows most (借阅排行),
// by touch, on the worker's demo centre (read only), in both orientations. What each screen shows
// is checked against what the API answers, in the same order.

const LIBRARY = '/#/areas/library';
/** Books compared one by one, from the top of a list: all on screen in either orientation. */
const FIRST = 4;

test.use({ reducedMotion: 'reduce' });

function entries(page: Page): Locator {
  return page.getByRole('navigation', { name: zh('library', 'home.entries') });
}

/** The titles of the list's first books as the cards show them, by their place in the list. */
async function expectFirstTitles(page: Page, titles: readonly string[]): Promise<void> {
  for (const [i, title] of titles.entries()) {
    await expect(page.locator(`[aria-posinset="${i + 1}"] .library-book-card-title`)).toHaveText(title);
  }
}

/** The line that says how many books the list holds. */
function count(page: Page, n: number): Locator {
  return page.getByRole('status').filter({ hasText: zh('library', 'list.count', { count: n }) });
}

const titlesOf = (rows: readonly TitleCard[]) => rows.slice(0, FIRST).map((r) => r.title);

test('reading lists: the curated lists as tiles, a list in its own order, by pinyin and by popularity', async ({
  page,
  request,
  expectAccessible,
}) => {
  const lists = await call<ReadingList[]>(request, 'catalogue.readingLists');
  expect(lists.length).toBeGreaterThan(1);
  const list = lists[1] ?? lists[0];
  if (!list) throw new Error('no reading list');
  const order = (sort?: 'pinyin' | 'popular') =>
    call<ReadingListPage>(request, 'catalogue.readingList', {
      id: list.id,
      limit: FIRST,
      ...(sort ? { sort } : {}),
    });

  await page.goto(LIBRARY);
  await entries(page)
    .getByRole('link', { name: zh('library', 'readingLists.title') })
    .tap();
  await expect(
    page.getByRole('heading', { level: 1, name: zh('library', 'readingLists.title') }),
  ).toBeVisible();
  await expect(page.getByText(zh('library', 'readingLists.lead'))).toBeVisible();
  const tiles = page.getByRole('list', { name: zh('library', 'readingLists.title') }).getByRole('link');
  await expect(tiles).toHaveCount(lists.length);
  for (const [i, l] of lists.entries()) {
    await expect(tiles.nth(i)).toContainText(l.name);
    await expect(tiles.nth(i)).toContainText(zh('library', 'shelves.count', { count: l.titleCount }));
  }
  await expectAccessible(page);

  await tiles.filter({ hasText: list.name }).tap();
  await expect(page.getByRole('heading', { level: 1, name: list.name })).toBeVisible();
  if (list.description) await expect(page.getByText(list.description)).toBeVisible();
  await expect(count(page, list.titleCount)).toBeVisible();
  const sorts = page.getByRole('group', { name: zh('library', 'sort.label') });
  await expect(sorts.getByRole('button', { name: zh('library', 'sort.list') })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectFirstTitles(page, titlesOf((await order()).rows));
  await expectAccessible(page);

  for (const sort of ['pinyin', 'popular'] as const) {
    const button = sorts.getByRole('button', { name: zh('library', `sort.${sort}`) });
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`sort=${sort}$`));
    await expectFirstTitles(page, titlesOf((await order(sort)).rows));
  }

  // A book of the list opens its page, which names the list and leads back to it.
  const first = (await order('popular')).rows[0];
  if (!first) throw new Error('an empty reading list');
  await page.locator('[aria-posinset="1"]').getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  const inLists = page.getByRole('region', { name: zh('library', 'book.inLists') });
  await expect(inLists.getByRole('link', { name: list.name })).toBeVisible();
  await page.getByRole('button', { name: zh('library', 'nav.back') }).tap();
  await expect(page.getByRole('heading', { level: 1, name: list.name })).toBeVisible();
  await expect(sorts.getByRole('button', { name: zh('library', 'sort.popular') })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('most borrowed: the books with the most loans first, each opening its page', async ({
  page,
  request,
  expectAccessible,
}) => {
  const popular = await call<Paged<TitleCard>>(request, 'catalogue.popular', { limit: 50 });
  expect(popular.total).toBeGreaterThan(FIRST);
  // The demo centre has a year of loans: the ranking is not a tie of zeros.
  const counts = popular.rows.map((r) => r.loanCount);
  expect(counts[0]).toBeGreaterThan(counts.at(-1) ?? 0);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  await page.goto(LIBRARY);
  await entries(page)
    .getByRole('link', { name: zh('library', 'popular.title') })
    .tap();
  await expect(page.getByRole('heading', { level: 1, name: zh('library', 'popular.title') })).toBeVisible();
  await expect(page.getByText(zh('library', 'popular.lead'))).toBeVisible();
  await expect(count(page, popular.total)).toBeVisible();
  await expectFirstTitles(page, titlesOf(popular.rows));
  await expectAccessible(page);

  const second = popular.rows[1];
  if (!second) throw new Error('fewer than two popular books');
  await page.locator('[aria-posinset="2"]').getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: zh('library', 'nav.back') }).tap();
  await expect(page.getByRole('heading', { level: 1, name: zh('library', 'popular.title') })).toBeVisible();
});
