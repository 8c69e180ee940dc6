import type { Browser, Locator, Page } from '@playwright/test';
import { call } from './api';
import { ADMIN_PIN, expect as baseExpect, testWithOwnHost } from './fixtures';
import { keyboardDock, staffNav, typeInto } from './shell-touch';
import { zh } from './shell-texts';

// Review before publish with the reading room's lists: a librarian, two reviewers and a visitor,
// each in a browser context of their own, on a host of its own (the test changes a list). Staff
// desks are landscape, so the portrait project leaves it out (playwright.config.ts).

const test = testWithOwnHost();

// Four people's screens on one host: on a 2-core machine shared with other work, a screen can take
// longer than the usual 10 s to answer. Waiting longer asserts nothing about time.
const expect = baseExpect.configure({ timeout: 45_000 });

const LIST = '红色经典小说';
const REASON = 'keep hongyan';
const LISTS_TAB = '/#/staff/areas/library/catalogue?tab=lists';

/** A browser context of one person's own: its cookie is its session. */
async function person(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    hasTouch: true,
    viewport: { width: 1920, height: 1080 },
  });
  return context.newPage();
}

/** Signs in through the API with the context's own cookie and opens `path` (the touch sign-in has specs of its own). */
async function signIn(page: Page, staffNo: string, path: string): Promise<void> {
  await call(page, 'auth.signIn', { staffNo, pin: '1357' });
  const onApp = page.url().startsWith('http');
  await page.goto(path);
  // The app keeps who is signed in for a minute: a page already open reads it afresh.
  if (onApp) await page.reload();
  await expect(staffNav(page)).toBeVisible();
}

async function closeKeyboard(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(keyboardDock(page)).toBeHidden();
}

/**
 * The visitor's reading list screen, loaded afresh: how many books it says it has, and its books
 * in the librarian's order (the first screenful: the list draws only the rows on screen).
 */
async function visitorBooks(page: Page, listId: number, count: number): Promise<Locator> {
  await page.goto(`/#/areas/library/lists/${listId}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: LIST })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: zh('library', 'list.count', { count }) }),
  ).toBeVisible();
  return page.getByRole('listitem').getByRole('link');
}

/** The whole list as the visitor's screen reads it, in order. */
async function visitorTitles(page: Page, listId: number): Promise<string[]> {
  const list = await call<{ rows: { title: string }[] }>(page, 'catalogue.readingList', {
    id: listId,
    limit: 500,
  });
  return list.rows.map((r) => r.title);
}

function listRow(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LIST, exact: true }) });
}

async function openList(page: Page): Promise<void> {
  await page.goto(LISTS_TAB);
  await listRow(page)
    .getByRole('button', { name: `${zh('library-desk', 'common.edit')} ${LIST}` })
    .tap();
  await expect(
    page.getByRole('heading', { name: zh('library-desk', 'lists.editTitle', { name: LIST }) }),
  ).toBeVisible();
}

async function saveAndSubmit(page: Page): Promise<void> {
  await page.getByRole('button', { name: zh('library-desk', 'lists.saveSubmit') }).tap();
  await expect(
    page.getByRole('status').filter({ hasText: zh('library-desk', 'lists.done.submitted', { name: LIST }) }),
  ).toBeVisible();
  await expect(listRow(page)).toContainText(zh('publishing', 'states.in_review'));
}

/** The reviewer's queue, the list's submission opened side by side with what visitors see. */
async function openReview(page: Page): Promise<Locator> {
  await page.goto('/#/staff/review');
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'sections.review') })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LIST, exact: true }) });
  await expect(row).toContainText('员工lib1');
  await expect(row).toContainText(zh('library', 'publishing.readingList'));
  await row.getByRole('button', { name: `${zh('publishing', 'review.open')} ${LIST}` }).tap();
  await expect(
    page.getByRole('heading', { level: 2, name: zh('publishing', 'review.heading', { title: LIST }) }),
  ).toBeVisible();
  return page.getByRole('table', { name: zh('publishing', 'review.compare') });
}

test('a librarian submits, a reviewer sends it back with a reason, another approves; visitors see only approved lists', async ({
  browser,
  host,
  expectAccessible,
}) => {
  // Five people's screens one after the other: longer than one person's flow.
  test.setTimeout(900_000);
  const admin = await person(browser, host.url);
  await call(admin, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  for (const [staffNo, roles] of [
    ['lib1', ['librarian']],
    ['rev1', ['reviewer']],
    ['rev2', ['reviewer']],
  ] as const) {
    await call(admin, 'staff.create', { staffNo, name: `员工${staffNo}`, roles, pin: '1357' });
  }
  const lists = await call<{ id: number; name: string; titleCount: number }[]>(
    admin,
    'catalogue.readingLists',
    {},
  );
  const listId = lists.find((l) => l.name === LIST)?.id ?? 0;

  const count = lists.find((l) => l.name === LIST)?.titleCount ?? 0;
  const visitor = await person(browser, host.url);
  await expect((await visitorBooks(visitor, listId, count)).first()).toContainText('红岩');
  const published = await visitorTitles(visitor, listId);

  // The librarian takes 红岩 off the list and sends it for review.
  const librarian = await person(browser, host.url);
  await signIn(librarian, 'lib1', LISTS_TAB);
  await expect(listRow(librarian)).toContainText(zh('publishing', 'states.published'));
  await openList(librarian);
  await librarian.getByRole('button', { name: `${zh('library-desk', 'lists.remove')} 红岩` }).tap();
  await saveAndSubmit(librarian);
  await expect((await visitorBooks(visitor, listId, count)).first()).toContainText('红岩');
  expect(await visitorTitles(visitor, listId)).toEqual(published);

  // A reviewer sees what changes and sends it back with a reason.
  const reviewer = await person(browser, host.url);
  await signIn(reviewer, 'rev1', '/#/staff/review');
  const compare = await openReview(reviewer);
  const titles = compare.getByRole('row').filter({ hasText: zh('library', 'publishing.fields.titles') });
  await expect(
    titles.getByRole('listitem').filter({ hasText: zh('publishing', 'review.removed') }),
  ).toContainText('红岩');
  await expectAccessible(reviewer);
  await reviewer.getByRole('button', { name: zh('publishing', 'review.return') }).tap();
  const dialog = reviewer.getByRole('dialog', {
    name: zh('publishing', 'review.returnTitle', { title: LIST }),
  });
  await typeInto(dialog.getByRole('textbox', { name: zh('publishing', 'review.reason') }), REASON);
  await expectAccessible(reviewer);
  await dialog.getByRole('button', { name: zh('publishing', 'review.confirmReturn') }).tap();
  await expect(
    reviewer.getByRole('status').filter({ hasText: zh('publishing', 'review.returned', { title: LIST }) }),
  ).toBeVisible();
  await expect(reviewer.getByText(zh('publishing', 'review.none'))).toBeVisible();

  // The librarian comes back to the desk (signing in again: a staff session ends after 10 idle
  // minutes), reads the reason, puts 红岩 back (at the end) and sends it again.
  await signIn(librarian, 'lib1', LISTS_TAB);
  await expect(listRow(librarian)).toContainText(zh('publishing', 'returnedBadge'));
  await openList(librarian);
  const returned = librarian.getByRole('group', { name: zh('publishing', 'status.returnedTitle') });
  await expect(returned).toContainText(REASON);
  await expectAccessible(librarian);
  // At the desk a physical keyboard works too (the on-screen one typed the reason above).
  await librarian.getByRole('textbox', { name: zh('library-desk', 'lists.findTitle') }).tap();
  await librarian.keyboard.type('hongyan');
  await closeKeyboard(librarian);
  await librarian
    .getByRole('button', { name: zh('library-desk', 'lists.addTitle', { title: '红岩' }) })
    .tap();
  await saveAndSubmit(librarian);
  await expect(listRow(librarian)).not.toContainText(zh('publishing', 'returnedBadge'));
  await expect((await visitorBooks(visitor, listId, count)).first()).toContainText('红岩');
  expect(await visitorTitles(visitor, listId)).toEqual(published);

  // Another staff member approves; now visitors see the new order.
  const second = await person(browser, host.url);
  await signIn(second, 'rev2', '/#/staff/review');
  await openReview(second);
  await second.getByRole('button', { name: zh('publishing', 'review.approve') }).tap();
  await expect(
    second.getByRole('status').filter({ hasText: zh('publishing', 'review.approved', { title: LIST }) }),
  ).toBeVisible();
  await expect((await visitorBooks(visitor, listId, count)).first()).toContainText(published[1] ?? '');
  expect(await visitorTitles(visitor, listId)).toEqual([...published.slice(1), '红岩']);

  await signIn(librarian, 'lib1', LISTS_TAB);
  await expect(listRow(librarian)).toContainText(zh('publishing', 'states.published'));
  await openList(librarian);
  await expect(librarian.getByText(zh('publishing', 'status.live', { version: 2 }))).toBeVisible();
});
