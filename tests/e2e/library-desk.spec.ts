import fs from 'node:fs';
import path from 'node:path';
import type { APIResponse, Locator, Page } from '@playwright/test';
import { formatDay } from '../../renderer/src/features/library-desk/shared/dates';
import { ADMIN_PIN, expect, startHost, test as base } from './fixtures';
import { signInDirectly } from './shell-touch';

// The librarian's screens by touch and with a simulated USB barcode scanner (fast typing, then
// Enter), on a host of its own: these tests lend, return and import, which would change what the
// visitor tests read. Both orientations: a centre may put its desk screen upright too. Each test
// makes what it needs (its own titles and barcodes, borrowers with nothing out), so the tests run
// in any order and on any worker's host.

type Host = Awaited<ReturnType<typeof startHost>>;
const test = base.extend<object, { host: Host }>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startHost();
      await use(host);
      await host.stop();
    },
    { scope: 'worker' },
  ],
});

type Lang = 'zh-CN' | 'zh-TW' | 'en';
const LANGS: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];
const LANGUAGE_NAMES: Record<Lang, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

// The expected texts are read from the locale files the screens use, never typed here.
const readJson = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join('renderer', 'src', file), 'utf8'));
const LOCALES = Object.fromEntries(
  LANGS.map((l) => [l, readJson(`features/library-desk/locales/${l}.json`)]),
) as Record<Lang, unknown>;
const KEYBOARD = Object.fromEntries(
  LANGS.map((l) => [l, readJson(`i18n/locales/${l}/keyboard.json`)]),
) as Record<Lang, { region: string }>;

/** A text of the desk's locale files, as the screen shows it (plural `_one` / `_other` in English). */
function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = LOCALES[lang];
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  for (const p of parts) node = (node as Record<string, unknown>)[p];
  const leaves = node as Record<string, string>;
  const count = vars.count;
  const text =
    leaves[last] ??
    (typeof count === 'number' ? (count === 1 ? leaves[`${last}_one`] : undefined) : undefined) ??
    leaves[`${last}_other`];
  if (text === undefined) throw new Error(`No text ${lang}:${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The part of a text before its first variable (a date the test does not compute). */
function before(text: string): string {
  return text.split('{{')[0]?.trim() ?? text;
}

async function call<T>(page: Page, method: string, input: object): Promise<T> {
  const res: APIResponse = await page.request.post('/api/invoke', {
    headers: { 'X-Kiosk': '1' },
    data: { method, input },
  });
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: { code: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.code}`);
  return body.value;
}

function keyboard(page: Page, lang: Lang = 'zh-CN'): Locator {
  return page.getByRole('region', { name: KEYBOARD[lang].region });
}

/** Closes the on-screen keyboard as a finger does: a tap outside the field, on the heading. */
async function closeKeyboard(page: Page, lang: Lang = 'zh-CN'): Promise<void> {
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(keyboard(page, lang)).toBeHidden();
}

/** From the home screen through the staff entrance: letters and the PIN on the on-screen keys. */
async function signInByTouch(page: Page): Promise<void> {
  await page.goto('/#/home');
  await page.getByRole('link', { name: '工作人员入口' }).tap();
  await page.getByRole('textbox', { name: '员工号' }).tap();
  for (const letter of 'admin') await keyboard(page).getByRole('button', { name: letter, exact: true }).tap();
  await page.getByLabel('PIN').tap();
  for (const digit of ADMIN_PIN) await keyboard(page).getByRole('button', { name: digit, exact: true }).tap();
  await page.getByRole('button', { name: '登录' }).tap();
  await expect(deskLink(page, 'desk')).toBeVisible();
}

/** The staff menu's link to one of the desk's sections (its words belong to the visitor area). */
function deskLink(page: Page, id: string): Locator {
  return page.locator(`a[href="#/staff/areas/library/${id}"]`);
}

async function openSection(page: Page, id: string): Promise<void> {
  await deskLink(page, id).tap();
}

/** A USB scanner: the barcode typed fast, then Enter, into whatever has the focus. */
async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

interface Borrower {
  id: number;
  cardNo: string;
  name: string;
  type: string;
  active: boolean;
  openLoans: number;
  overdueLoans: number;
}
interface Paged<T> {
  rows: T[];
  total: number;
}

/** Demo borrowers with nothing out, so that limits and blocks start from zero. */
async function freeBorrowers(page: Page, n: number): Promise<Borrower[]> {
  const list = await call<Paged<Borrower>>(page, 'borrowers.list', { limit: 200 });
  const free = list.rows.filter((b) => b.active && b.openLoans === 0 && b.overdueLoans === 0);
  expect(free.length).toBeGreaterThanOrEqual(n);
  return free.slice(0, n);
}

/** A title of the test's own with copies of known barcodes. */
async function titleWithCopies(page: Page, title: string, barcodes: string[]): Promise<number> {
  const created = await call<{ id: number }>(page, 'titles.create', { title });
  for (const barcode of barcodes)
    await call(page, 'copies.add', { titleId: created.id, barcode, shelfId: null });
  return created.id;
}

function line(page: Page, barcode: string): Locator {
  return page.locator('.scan-line').filter({ hasText: barcode });
}

test('lends at the desk with a scanner: two books, a double scan lent once, refusals in words', async ({
  page,
  expectAccessible,
}) => {
  await signInByTouch(page);
  const [reader, other] = await freeBorrowers(page, 2);
  if (!reader || !other) throw new Error('no borrowers');
  await call(page, 'loanRules.update', { borrowerType: reader.type, maxItems: 2, blockWhenOverdue: true });
  const books = ['E2E-L1', 'E2E-L2', 'E2E-L3', 'E2E-L4'];
  await titleWithCopies(page, '桌面测试：借书', books);
  // The fourth copy is already out, with another borrower.
  await call(page, 'lending.checkout', {
    cardNo: other.cardNo,
    barcode: 'E2E-L4',
    requestId: 'e2e-setup-0001',
  });

  await openSection(page, 'desk');
  await expect(page.getByRole('heading', { level: 1, name: tr('zh-CN', 'sections.desk') })).toBeVisible();
  await expect(page.getByRole('textbox', { name: tr('zh-CN', 'desk.cardLabel') })).toBeFocused();
  await scan(page, reader.cardNo);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(reader.name) })).toBeVisible();
  const bookField = page.getByRole('textbox', { name: tr('zh-CN', 'desk.bookLabel') });
  await expect(bookField).toBeFocused();

  // A double scan: the same barcode twice in a row, as a scanner that fires twice.
  await scan(page, books[0] ?? '');
  await scan(page, books[0] ?? '');
  await expect(line(page, 'E2E-L1')).toHaveCount(1);
  await expect(line(page, 'E2E-L1')).toContainText(tr('zh-CN', 'desk.lent'));
  await expect(line(page, 'E2E-L1')).toContainText(tr('zh-CN', 'desk.scannedAgain'));
  await expect(bookField).toBeFocused();

  await scan(page, books[1] ?? '');
  await expect(line(page, 'E2E-L2')).toContainText(tr('zh-CN', 'desk.lent'));
  await expect(line(page, 'E2E-L2')).toContainText('桌面测试：借书');

  await scan(page, books[2] ?? '');
  await expect(line(page, 'E2E-L3')).toContainText(tr('zh-CN', 'refusals.limit', { count: 2 }));
  await scan(page, books[3] ?? '');
  await expect(line(page, 'E2E-L4')).toContainText(tr('zh-CN', 'desk.notLent'));
  await expect(line(page, 'E2E-L4')).toContainText(before(tr('zh-CN', 'refusals.onLoanUntil')));
  await expect(bookField).toBeFocused();

  // What the screen says is what the database holds: two loans, the doubly scanned book once.
  const loans = await call<Paged<{ barcode: string }>>(page, 'lending.loans', { cardNo: reader.cardNo });
  expect(loans.rows.map((l) => l.barcode).sort()).toEqual(['E2E-L1', 'E2E-L2']);
  await expectAccessible(page);

  await closeKeyboard(page);
  await page.getByRole('button', { name: tr('zh-CN', 'desk.finish', { count: 2 }) }).tap();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: tr('zh-CN', 'desk.finished', { name: reader.name, count: 2 }) }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: tr('zh-CN', 'desk.cardLabel') })).toBeFocused();
});

test('a return that someone waits for says: put it on the hold shelf for them', async ({
  page,
  expectAccessible,
}) => {
  await signInByTouch(page);
  const [holder, waiter] = await freeBorrowers(page, 2);
  if (!holder || !waiter) throw new Error('no borrowers');
  const titleId = await titleWithCopies(page, '桌面测试：预约', ['E2E-H1']);
  await call(page, 'lending.checkout', {
    cardNo: holder.cardNo,
    barcode: 'E2E-H1',
    requestId: 'e2e-setup-0002',
  });

  // The reservation made in the title's editor, with the waiting reader's card.
  await page.goto(`/#/staff/areas/library/catalogue?title=${titleId}`);
  const holds = page.getByRole('region', { name: before(tr('zh-CN', 'holds.heading')) });
  await holds.getByRole('textbox', { name: tr('zh-CN', 'holds.card') }).tap();
  await scan(page, waiter.cardNo);
  await expect(holds.getByRole('status')).toContainText(
    tr('zh-CN', 'holds.placedFor', { name: waiter.name, position: 1 }),
  );
  await expect(holds.getByRole('row').filter({ hasText: waiter.cardNo })).toContainText(
    tr('zh-CN', 'holds.waiting', { position: 1 }),
  );

  await openSection(page, 'desk');
  await page.getByRole('button', { name: tr('zh-CN', 'desk.return'), exact: true }).tap();
  await page.getByRole('textbox', { name: tr('zh-CN', 'desk.returnLabel') }).tap();
  await scan(page, 'E2E-H1');
  const returned = line(page, 'E2E-H1');
  await expect(returned).toContainText(tr('zh-CN', 'desk.returned'));
  await expect(returned).toContainText(
    tr('zh-CN', 'desk.returnedFrom', { name: holder.name, card: holder.cardNo }),
  );
  const holdShelf = returned.locator('.hold-shelf');
  await expect(holdShelf).toContainText(
    before(tr('zh-CN', 'desk.toHoldShelf', { name: waiter.name, card: waiter.cardNo, date: '{{date}}' })),
  );

  // Scanned again by mistake: the same return, listed once, still with its hold-shelf line.
  await scan(page, 'E2E-H1');
  await expect(line(page, 'E2E-H1')).toHaveCount(1);
  await expect(line(page, 'E2E-H1')).toContainText(tr('zh-CN', 'desk.scannedAgainReturn'));
  await expect(holdShelf).toBeVisible();
  await expectAccessible(page);
});

interface Renewals {
  reader: Borrower;
  /** A book nobody waits for, and one somebody does (it cannot be renewed). */
  free: { title: string; barcode: string };
  held: { title: string; barcode: string };
  loanOf: (barcode: string) => Promise<{ dueOn: string; renewals: number }>;
}

/** Two books lent to a reader whose rule allows one renewal; someone waits for the second. */
async function lentForRenewal(page: Page, tag: string): Promise<Renewals> {
  const [reader, waiter] = await freeBorrowers(page, 2);
  if (!reader || !waiter) throw new Error('no borrowers');
  await call(page, 'loanRules.update', { borrowerType: reader.type, maxItems: 5, renewals: 1 });
  const free = { title: `续借测试${tag}甲`, barcode: `E2E-R${tag}1` };
  const held = { title: `续借测试${tag}乙`, barcode: `E2E-R${tag}2` };
  for (const book of [free, held]) {
    const id = await titleWithCopies(page, book.title, [book.barcode]);
    await call(page, 'lending.checkout', {
      cardNo: reader.cardNo,
      barcode: book.barcode,
      requestId: `e2e-renew-${book.barcode}`,
    });
    if (book === held) await call(page, 'holds.place', { cardNo: waiter.cardNo, titleId: id });
  }
  const loanOf = async (barcode: string) => {
    const loans = await call<Paged<{ barcode: string; dueOn: string; renewals: number }>>(
      page,
      'lending.loans',
      { cardNo: reader.cardNo },
    );
    const loan = loans.rows.find((l) => l.barcode === barcode);
    if (!loan) throw new Error(`${barcode} is not on loan`);
    return loan;
  };
  return { reader, free, held, loanOf };
}

/** The desk's renewals, by card (the first way shown) or by book. */
async function openRenew(page: Page, way: 'card' | 'book'): Promise<void> {
  await openSection(page, 'desk');
  await page.getByRole('button', { name: tr('zh-CN', 'desk.renew'), exact: true }).tap();
  if (way === 'book')
    await page.getByRole('button', { name: tr('zh-CN', 'desk.renewByCopy'), exact: true }).tap();
}

test('renews by card: the ticked loans get new due dates; reserved or used up, a refusal in words', async ({
  page,
  expectAccessible,
}) => {
  await signInByTouch(page);
  const { reader, free, held, loanOf } = await lentForRenewal(page, 'A');
  await openRenew(page, 'card');
  await expect(page.getByRole('textbox', { name: tr('zh-CN', 'desk.cardLabel') })).toBeFocused();
  await scan(page, reader.cardNo);
  const picks = page.getByRole('group', { name: tr('zh-CN', 'desk.renewPick') });
  const item = (title: string) => page.locator('.renew-item').filter({ hasText: title });
  await picks.getByRole('checkbox', { name: free.title }).tap();
  await picks.getByRole('checkbox', { name: held.title }).tap();
  await page.getByRole('button', { name: tr('zh-CN', 'desk.renewPicked', { count: 2 }) }).tap();
  // Renewed today, the loan runs the rule's days from today (the same date as a loan made today).
  await expect.poll(async () => (await loanOf(free.barcode)).renewals).toBe(1);
  const renewed = await loanOf(free.barcode);
  await expect(item(free.title).getByRole('status')).toHaveText(
    tr('zh-CN', 'desk.newDue', { date: formatDay(renewed.dueOn, 'zh-CN') }),
  );
  await expect(item(free.title)).toContainText(tr('zh-CN', 'desk.renewalsUsed', { used: 1, max: 1 }));
  await expect(item(held.title).getByRole('alert')).toHaveText(tr('zh-CN', 'refusals.renewalHeld'));
  await expectAccessible(page);

  // Once more: the rule allows one renewal, and it is used.
  await picks.getByRole('checkbox', { name: free.title }).tap();
  await page.getByRole('button', { name: tr('zh-CN', 'desk.renewPicked', { count: 1 }) }).tap();
  await expect(item(free.title).getByRole('alert')).toHaveText(
    tr('zh-CN', 'refusals.renewalLimit', { count: 1 }),
  );
  expect((await loanOf(held.barcode)).renewals).toBe(0);
  await page.getByRole('button', { name: tr('zh-CN', 'desk.renewDone') }).tap();
  await expect(page.getByRole('textbox', { name: tr('zh-CN', 'desk.cardLabel') })).toBeVisible();
});

test('renews by scanning the books, without the card: whoever has them; a reserved one is refused', async ({
  page,
  expectAccessible,
}) => {
  await signInByTouch(page);
  const { reader, free, held, loanOf } = await lentForRenewal(page, 'B');
  await openRenew(page, 'book');
  await expect(page.getByRole('textbox', { name: tr('zh-CN', 'desk.renewBookLabel') })).toBeFocused();
  await scan(page, free.barcode);
  await scan(page, held.barcode);
  const renewed = line(page, free.barcode);
  await expect(renewed).toContainText(tr('zh-CN', 'desk.renewed'));
  await expect(renewed).toContainText(free.title);
  await expect(renewed).toContainText(
    tr('zh-CN', 'desk.renewedFor', { name: reader.name, card: reader.cardNo }),
  );
  const loan = await loanOf(free.barcode);
  expect(loan.renewals).toBe(1);
  await expect(renewed).toContainText(tr('zh-CN', 'desk.newDue', { date: formatDay(loan.dueOn, 'zh-CN') }));
  await expect(line(page, held.barcode)).toContainText(tr('zh-CN', 'desk.notRenewed'));
  await expect(line(page, held.barcode)).toContainText(tr('zh-CN', 'refusals.renewalHeld'));
  expect((await loanOf(held.barcode)).renewals).toBe(0);
  await expectAccessible(page);
});

/** The spreadsheet row of the first line that contains `text` (the header is row 1). */
function rowOf(lines: string[], text: string): number {
  return lines.findIndex((l) => l.includes(text)) + 1;
}

test('imports the sample files and shows the report with row numbers and reasons', async ({
  page,
  expectAccessible,
}) => {
  await signInByTouch(page);
  await openSection(page, 'import');
  const folder = path.join('tests', 'fixtures', 'import');
  const gbFile = path.join(folder, 'catalogue-gb18030.csv');

  if (fs.existsSync(gbFile)) {
    const lines = new TextDecoder('gb18030').decode(fs.readFileSync(gbFile)).split(/\r?\n/);
    await page.locator('input[type=file]').setInputFiles(gbFile);
    const report = page.getByRole('region', {
      name: tr('zh-CN', 'import.reportTitle', { file: 'catalogue-gb18030.csv' }),
    });
    await expect(report).toBeVisible();
    await expect(report).toContainText(tr('zh-CN', 'import.encodings.gb18030'));
    // The mistyped ISBN of the sample is warned about on its own row.
    const badIsbn = '978-7-02-00586';
    const warnings = report.getByRole('table', { name: tr('zh-CN', 'import.warningsTitle') });
    await expect(warnings.getByRole('row').filter({ hasText: badIsbn })).toContainText(
      String(rowOf(lines, badIsbn)),
    );
    // A barcode used twice: the second row is skipped, naming the first.
    const codes = lines.slice(1).map((l) => l.split(',')[0] ?? '');
    const twice = codes.findIndex((c, i) => c !== '' && codes.indexOf(c) !== i);
    if (twice >= 0) {
      const code = codes[twice] ?? '';
      const skipped = report.getByRole('table', { name: tr('zh-CN', 'import.skippedTitle') });
      await expect(skipped).toContainText(
        tr('zh-CN', 'import.reasons.barcode_duplicate_in_file', {
          barcode: code,
          firstRow: codes.indexOf(code) + 2,
        }),
      );
    }
    await expectAccessible(page);

    // The catalogue exported as CSV (a blob download) holds what was just imported.
    const title = lines[1]?.split(',')[1] ?? '';
    const csvButton = page.getByRole('button', {
      name: tr('zh-CN', 'exports.as', { what: tr('zh-CN', 'exports.catalogue'), format: 'CSV' }),
    });
    const [download] = await Promise.all([page.waitForEvent('download'), csvButton.tap()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(fs.readFileSync(await download.path()).toString('utf8')).toContain(title);
  } else {
    const csv = '\ufeff书名,作者,条码\n红岩,罗广斌 杨益言,E2E-I1\n,无名,E2E-I2\n';
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByRole('table', { name: tr('zh-CN', 'import.skippedTitle') })).toContainText(
      tr('zh-CN', 'import.reasons.title_missing'),
    );
  }

  const roster = path.join(folder, 'borrowers.xlsx');
  if (fs.existsSync(roster)) {
    const before = (await call<Paged<Borrower>>(page, 'borrowers.list', { limit: 1 })).total;
    await page.getByRole('button', { name: tr('zh-CN', 'import.kinds.borrowers'), exact: true }).tap();
    await page.locator('input[type=file]').setInputFiles(roster);
    const report = page.getByRole('region', {
      name: tr('zh-CN', 'import.reportTitle', { file: 'borrowers.xlsx' }),
    });
    await expect(report).toBeVisible();
    const after = (await call<Paged<Borrower>>(page, 'borrowers.list', { limit: 1 })).total;
    expect(after).toBeGreaterThan(before);
    const [addedText] = tr('zh-CN', 'import.doneBorrowers', { added: after - before }).split('{{updated}}');
    await expect(report.getByRole('status')).toContainText(addedText ?? '');
  }
});

test('a half-typed title survives a reload, and cancelling drops it', async ({ page }) => {
  await signInByTouch(page);
  await openSection(page, 'catalogue');
  const add = page.getByRole('button', { name: tr('zh-CN', 'catalogue.addTitle') });
  const title = page.getByRole('textbox', { name: tr('zh-CN', 'title.title'), exact: true });
  await add.tap();
  await title.tap();
  await page.keyboard.insertText('半填的书名');
  await page.reload();
  await expect(title).toHaveValue('半填的书名');
  await expect(
    page.getByRole('status').filter({ hasText: tr('zh-CN', 'common.draftRestored') }),
  ).toBeVisible();

  await closeKeyboard(page);
  await page.getByRole('button', { name: tr('zh-CN', 'common.cancel'), exact: true }).tap();
  await add.tap();
  await expect(title).toHaveValue('');
});

// One test per language, section and view: each is short enough for a busy machine, and the
// runner can spread them over its workers.
for (const lang of ['zh-TW', 'en'] as const) {
  test(`the desk speaks ${lang}: the heading, the borrower panel and a refusal`, async ({
    page,
    expectAccessible,
  }) => {
    await signInByTouch(page);
    const [reader] = await freeBorrowers(page, 1);
    if (!reader) throw new Error('no borrowers');
    await openSection(page, 'desk');
    await page.getByRole('button', { name: LANGUAGE_NAMES[lang] }).tap();
    await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'sections.desk') })).toBeVisible();
    await page.getByRole('textbox', { name: tr(lang, 'desk.cardLabel') }).tap();
    await scan(page, reader.cardNo);
    await expect(page.getByText(tr(lang, 'desk.limitLeft'), { exact: true })).toBeVisible();
    await scan(page, 'E2E-NOSUCH');
    await expect(line(page, 'E2E-NOSUCH')).toContainText(tr(lang, 'refusals.noCopy'));
    await expectAccessible(page);
    await closeKeyboard(page, lang);
    await page.getByRole('button', { name: tr(lang, 'desk.finish', { count: 0 }) }).tap();
    await expect(page.getByRole('textbox', { name: tr(lang, 'desk.cardLabel') })).toBeVisible();
  });
}

/** Straight into a section with a session made through the API (the touch sign-in is tested above). */
async function openSignedIn(page: Page, id: string): Promise<void> {
  await signInDirectly(page, 'admin', ADMIN_PIN, `/#/staff/areas/library/${id}`);
}

// Each section with what shows once its data has come.
const SECTIONS: [string, string, string][] = [
  ['desk', 'sections.desk', 'input[name=card]'],
  ['catalogue', 'sections.catalogue', '.table tbody tr'],
  ['borrowers', 'sections.borrowers', '.table tbody tr'],
  ['import', 'sections.import', '.drop-zone'],
  ['overdue', 'sections.overdue', '.pager, .table, .notice'],
  ['stocktake', 'sections.stocktake', 'select option:nth-child(2)'],
  ['stats', 'sections.stats', '.chart svg'],
];
for (const [id, key, ready] of SECTIONS) {
  test(`the librarian's ${id} section passes axe-core`, async ({ page, expectAccessible }) => {
    await openSignedIn(page, id);
    await expect(page.getByRole('heading', { level: 1, name: tr('zh-CN', key) })).toBeVisible();
    await expect(page.locator(ready).first()).toBeAttached();
    await expectAccessible(page);
  });
}

test("the catalogue's title form and its shelves and lists tabs pass axe-core", async ({
  page,
  expectAccessible,
}) => {
  await openSignedIn(page, 'catalogue');
  await page.getByRole('button', { name: tr('zh-CN', 'catalogue.addTitle') }).tap();
  await expect(page.getByRole('group', { name: tr('zh-CN', 'title.clc') })).toBeVisible();
  await expectAccessible(page);
  for (const tab of ['shelves', 'lists'] as const) {
    await page.getByRole('button', { name: tr('zh-CN', `catalogue.tab.${tab}`), exact: true }).tap();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectAccessible(page);
  }
});

test("the borrowers' loan rules and closed days tabs pass axe-core", async ({ page, expectAccessible }) => {
  await openSignedIn(page, 'borrowers');
  for (const tab of ['rules', 'closed'] as const) {
    await page.getByRole('button', { name: tr('zh-CN', `borrowers.tab.${tab}`), exact: true }).tap();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectAccessible(page);
  }
});

test('the reminder slips and barcode labels print previews pass axe-core', async ({
  page,
  expectAccessible,
}) => {
  await openSignedIn(page, 'overdue');
  await page.getByRole('button', { name: tr('zh-CN', 'slips.makeAll') }).tap();
  await expect(page.locator('.screen-preview .slip').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: tr('zh-CN', 'overdue.tab.labels') }).tap();
  await page.getByRole('button', { name: tr('zh-CN', 'labels.fromShelf') }).tap();
  await page.getByLabel(tr('zh-CN', 'labels.shelf')).selectOption({ index: 1 });
  await page.getByRole('button', { name: tr('zh-CN', 'labels.make') }).tap();
  await expect(page.locator('.screen-preview svg.barcode').first()).toBeVisible();
  await expectAccessible(page);
});

test('a stocktake halfway along a shelf outlives the idle reset: the next sign-in finds its scans', async ({
  page,
}) => {
  await page.clock.install();
  await signInByTouch(page);
  await openSection(page, 'stocktake');
  await expect(
    page.getByRole('heading', { level: 1, name: tr('zh-CN', 'sections.stocktake') }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: tr('zh-CN', 'stocktake.shelf') }).selectOption({ index: 1 });
  const scanned = page
    .getByRole('list', { name: tr('zh-CN', 'stocktake.lastScanned') })
    .getByRole('listitem');
  await expect(page.getByRole('textbox', { name: tr('zh-CN', 'stocktake.scan') })).toBeFocused();
  await scan(page, 'E2E-ST1');
  await scan(page, 'E2E-ST2');
  await expect(scanned).toHaveText(['E2E-ST2', 'E2E-ST1']);

  // The librarian goes for the next cart: the centre's idle time and countdown (90 + 15 s) pass.
  await page.clock.runFor((90 + 15 + 1) * 1000);
  await expect(page).toHaveURL(/#\/$/);

  await signInByTouch(page);
  await openSection(page, 'stocktake');
  await expect(scanned).toHaveText(['E2E-ST2', 'E2E-ST1']);
  await expect(page.getByText(tr('zh-CN', 'stocktake.scannedCount', { count: 2 }))).toBeVisible();
  await page.getByRole('button', { name: tr('zh-CN', 'stocktake.restart') }).tap();
  await expect(scanned).toHaveCount(0);
});
