import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { Paged } from '../../electron/shared';
import type { Loan } from '../../electron/shared/library.api';
import { post } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { zh } from './shell-texts';
import { pinField, typeInto } from './shell-touch';

// Self-service at the kiosk, as a borrower alone at the screen: a card and books scanned (a USB
// scanner types fast and ends with Enter), the card's PIN tapped on the PIN pad, every line in words. The setting is off in a new centre,
// so each test turns it on through the API as an admin would, on a host of its own (the tests lend
// and change a setting). The admin's calls go through a request context of their own: the page
// stays a visitor's.
const test = testWithOwnHost({ demo: false });
test.use({ reducedMotion: 'reduce' });

const SELF_SERVICE = '/#/areas/library/self-service';
const LIBRARY = '/#/areas/library';

/** An admin's call through `request` (its own cookie jar), signing in on first use. */
async function admin<T>(request: APIRequestContext, method: string, input: object): Promise<T> {
  let response = await post(request, method, input);
  if (response.status() === 401) {
    expect((await post(request, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN })).ok()).toBe(true);
    response = await post(request, method, input);
  }
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.code}`);
  return body.value;
}

interface Setup {
  card: string;
  /** The name as the screen shows it, masked: 自*. */
  masked: string;
  title: string;
  barcodes: string[];
}

const PIN = '2468';

/**
 * Self-service on, a borrower (an employee: three books at most) and a title of the test's own.
 * `pin`: every borrower needs a PIN (the default of a new centre) and this one has PIN set at the desk;
 * else PINs are asked of nobody and the borrower has none.
 */
async function prepare(request: APIRequestContext, tag: string, pin: boolean): Promise<Setup> {
  await admin(request, 'settings.update', { 'library.selfService': true, 'library.selfServicePin': pin });
  const setup = {
    card: `SS-${tag}`,
    masked: '自*',
    title: `自助借还测试${tag}`,
    barcodes: [`SSB-${tag}-1`, `SSB-${tag}-2`],
  };
  const borrower = await admin<{ id: number }>(request, 'borrowers.create', {
    cardNo: setup.card,
    name: `自助读者${tag}`,
    type: 'employee',
  });
  if (pin) await admin(request, 'borrowers.setPin', { id: borrower.id, pin: PIN });
  const title = await admin<{ id: number }>(request, 'titles.create', { title: setup.title });
  for (const barcode of setup.barcodes)
    await admin(request, 'copies.add', { titleId: title.id, barcode, shelfId: null });
  return setup;
}

/** A USB scanner: the code typed fast, then Enter, into the field that has the focus. */
async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

function mode(page: Page, key: 'borrow' | 'return'): Locator {
  return page.getByRole('button').filter({ hasText: zh('library', `selfService.${key}Text`) });
}

/** The PIN step: the PIN tapped on the PIN pad, then "确定". */
async function enterPin(page: Page, pin: string): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 2, name: zh('library', 'selfService.pinStep') }),
  ).toBeVisible();
  await typeInto(pinField(page, zh('library', 'selfService.pinLabel')), pin);
  await page.getByRole('button', { name: zh('library', 'selfService.pinSubmit'), exact: true }).tap();
}

function hello(page: Page, s: Setup): Locator {
  return page.getByRole('heading', {
    level: 2,
    name: zh('library', 'selfService.hello', { name: s.masked }),
  });
}

/** A date as the self-service screen writes it, formatted by the page's own Intl. */
function shownDay(page: Page, day: string): Promise<string> {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return page.evaluate(
    ([year, month, date]) =>
      new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric' }).format(
        new Date(year ?? 0, (month ?? 1) - 1, date),
      ),
    [y, m, d],
  );
}

test('a borrower borrows two books and returns one alone at the kiosk with card and PIN; a wrong barcode or PIN is told in words', async ({
  page,
  request,
  expectAccessible,
}) => {
  const s = await prepare(request, '1', true);
  const [first, second] = s.barcodes as [string, string];

  await page.goto(LIBRARY);
  await page
    .getByRole('navigation', { name: zh('library', 'home.entries') })
    .getByRole('link', { name: zh('library', 'selfService.title') })
    .tap();
  await expect(
    page.getByRole('heading', { level: 1, name: zh('library', 'selfService.title') }),
  ).toBeVisible();
  await expectAccessible(page);

  await mode(page, 'borrow').tap();
  await expect(
    page.getByRole('heading', { level: 2, name: zh('library', 'selfService.cardStep') }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: zh('library', 'selfService.cardLabel') })).toBeFocused();
  // Every card is asked for its PIN, an unknown one too: the screen does not tell which cards exist.
  await scan(page, 'SS-NOBODY');
  await enterPin(page, '12');
  await expect(page.getByRole('alert')).toHaveText(zh('library', 'selfService.errors.pinFormat'));
  await enterPin(page, '1111');
  await expect(page.getByRole('alert')).toHaveText(
    zh('library', 'selfService.errors.wrongPin', { count: 4 }),
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: zh('library', 'selfService.otherCard') }).tap();
  await expect(page.getByRole('textbox', { name: zh('library', 'selfService.cardLabel') })).toBeFocused();
  await scan(page, s.card.toLowerCase());
  await enterPin(page, PIN);
  await expect(hello(page, s)).toBeVisible();
  await expect(page.getByText(zh('library', 'selfService.loansNow', { count: 0, left: 3 }))).toBeVisible();
  await expect(page.getByRole('textbox', { name: zh('library', 'selfService.bookLabel') })).toBeFocused();

  const borrowed = page.getByRole('list', { name: zh('library', 'selfService.borrowedNow') });
  await scan(page, first);
  await scan(page, 'SSB-NOSUCH');
  await scan(page, second);
  const row = (barcode: string) => borrowed.getByRole('listitem').filter({ hasText: barcode });
  // Each line says the title once the loan is made; then the desk's view of the loans is final.
  for (const barcode of [first, second]) await expect(row(barcode)).toContainText(s.title);
  const loans = await admin<Paged<Loan>>(request, 'lending.loans', { cardNo: s.card });
  expect(loans.rows.map((l) => l.barcode).sort()).toEqual([first, second]);
  for (const loan of loans.rows) {
    await expect(row(loan.barcode)).toContainText(
      zh('library', 'selfService.dueOn', { date: await shownDay(page, loan.dueOn) }),
    );
  }
  await expect(row('SSB-NOSUCH')).toContainText(zh('library', 'selfService.errors.noBook'));
  await expect(page.getByText(zh('library', 'selfService.loansNow', { count: 2, left: 1 }))).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: zh('library', 'selfService.finish') }).tap();
  await expect(
    page.getByRole('status').filter({ hasText: zh('library', 'selfService.doneBorrowed', { count: 2 }) }),
  ).toBeVisible();

  await mode(page, 'return').tap();
  await expect(page.getByRole('textbox', { name: zh('library', 'selfService.cardLabel') })).toBeFocused();
  await scan(page, s.card);
  await enterPin(page, PIN);
  await expect(hello(page, s)).toBeVisible();
  await expect(page.getByText(zh('library', 'selfService.returnStep'))).toBeVisible();
  await expect(page.getByRole('textbox', { name: zh('library', 'selfService.bookLabel') })).toBeFocused();
  await scan(page, first);
  const returned = page
    .getByRole('list', { name: zh('library', 'selfService.returnedNow') })
    .getByRole('listitem')
    .filter({ hasText: first });
  await expect(returned).toContainText(s.title);
  await expect(returned).toContainText(zh('library', 'selfService.returnedLine'));
  await expect(returned).toContainText(zh('library', 'selfService.toReturnCart'));
  await expectAccessible(page);
  await page.getByRole('button', { name: zh('library', 'selfService.finish') }).tap();
  await expect(
    page.getByRole('status').filter({ hasText: zh('library', 'selfService.doneReturned', { count: 1 }) }),
  ).toBeVisible();

  // What the screen said is what the desk sees: one book still out.
  const after = await admin<Paged<Loan>>(request, 'lending.loans', { cardNo: s.card });
  expect(after.rows.map((l) => l.barcode)).toEqual([second]);
});

test('without PINs a card alone opens self-service, masked and without titles; the idle reset ends it; switched off, the kiosk offers it no more', async ({
  page,
  request,
}) => {
  const s = await prepare(request, '2', false);
  await admin(request, 'lending.checkout', {
    cardNo: s.card,
    barcode: s.barcodes[0],
    requestId: 'e2e-ss-2-1',
  });
  await page.clock.install();
  await page.goto(SELF_SERVICE);
  await mode(page, 'borrow').tap();
  await scan(page, 'SS-NOBODY');
  await expect(page.getByRole('alert')).toHaveText(zh('library', 'selfService.errors.noCard'));
  await scan(page, s.card);
  const greeting = hello(page, s);
  await expect(greeting).toBeVisible();
  await expect(page.getByText(zh('library', 'selfService.loansNow', { count: 1, left: 2 }))).toBeVisible();
  // A card alone may be a stranger's: the count, not the titles.
  await expect(page.getByRole('list', { name: zh('library', 'selfService.currentLoans') })).toHaveCount(0);
  await expect(page.getByText(s.title)).toHaveCount(0);

  // The borrower walks away: the centre's idle time and countdown (90 + 15 s) pass.
  await page.clock.runFor((90 + 15 + 1) * 1000);
  await expect(page).toHaveURL(/#\/$/);
  await page.goto(SELF_SERVICE);
  await expect(mode(page, 'borrow')).toBeVisible();
  await expect(greeting).toHaveCount(0);

  await admin(request, 'settings.update', { 'library.selfService': false });
  await page.goto(LIBRARY);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: zh('library', 'home.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: zh('library', 'selfService.title') })).toHaveCount(0);
  await page.goto(SELF_SERVICE);
  await expect(page.getByText(zh('library', 'selfService.errors.self_service_off'))).toBeVisible();
  await expect(mode(page, 'borrow')).toHaveCount(0);
});
