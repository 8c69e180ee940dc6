import fs from 'node:fs';
import path from 'node:path';
import type { APIResponse, Locator, Page } from '@playwright/test';
import { ADMIN_PIN, expect, startHost, test as base } from './fixtures';

// The librarian's screens by touch and with a simulated USB barcode scanner (fast typing, then
// Enter), on a host of its own: these tests lend, return and import, which would change what the
// visitor tests read. Staff desks are landscape, so the portrait project skips them.

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

test.skip(
  ({ viewport }) => (viewport?.height ?? 0) > (viewport?.width ?? 0),
  'Staff desks are landscape screens',
);

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
) as Record<Lang, { region: string; keys: { switchMethod: string } }>;

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

/** The key that turns pinyin on and off: pressed while pinyin is on. */
function switchKey(page: Page, lang: Lang = 'zh-CN'): Locator {
  return keyboard(page, lang).getByRole('button', { name: KEYBOARD[lang].keys.switchMethod });
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
  // A card number is a code: the keyboard opens on letters, not in pinyin.
  await expect(switchKey(page)).toHaveAttribute('aria-pressed', 'false');
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

test('the desk speaks each language: headings, the borrower panel and a refusal', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(150_000);
  await signInByTouch(page);
  const [reader] = await freeBorrowers(page, 1);
  if (!reader) throw new Error('no borrowers');
  await openSection(page, 'desk');
  for (const lang of ['zh-TW', 'en', 'zh-CN'] as const) {
    await page.getByRole('button', { name: LANGUAGE_NAMES[lang] }).tap();
    await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'sections.desk') })).toBeVisible();
    await page.getByRole('textbox', { name: tr(lang, 'desk.cardLabel') }).tap();
    await expect(switchKey(page, lang)).toHaveAttribute('aria-pressed', 'false');
    await scan(page, reader.cardNo);
    await expect(page.getByText(tr(lang, 'desk.limitLeft'), { exact: true })).toBeVisible();
    await scan(page, 'E2E-NOSUCH');
    await expect(line(page, 'E2E-NOSUCH')).toContainText(tr(lang, 'refusals.noCopy'));
    await expectAccessible(page);
    await closeKeyboard(page, lang);
    await page.getByRole('button', { name: tr(lang, 'desk.finish', { count: 0 }) }).tap();
  }
});

test('every librarian section passes axe-core', async ({ page, expectAccessible }) => {
  // Seven sections and their views, each checked by axe-core: more than the default minute.
  test.setTimeout(180_000);
  await signInByTouch(page);
  // Each section with what shows once its data has come.
  const sections: [string, string, string][] = [
    ['desk', 'sections.desk', 'input[name=card]'],
    ['catalogue', 'sections.catalogue', '.table tbody tr'],
    ['borrowers', 'sections.borrowers', '.table tbody tr'],
    ['import', 'sections.import', '.drop-zone'],
    ['overdue', 'sections.overdue', '.pager, .table, .notice'],
    ['stocktake', 'sections.stocktake', 'select option:nth-child(2)'],
    ['stats', 'sections.stats', '.chart svg'],
  ];
  for (const [id, key, ready] of sections) {
    await openSection(page, id);
    await expect(page.getByRole('heading', { level: 1, name: tr('zh-CN', key) })).toBeVisible();
    await expect(page.locator(ready).first()).toBeAttached();
    await expectAccessible(page);
  }
});

test('the forms, tabs and print previews behind the sections pass axe-core', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  await signInByTouch(page);
  await openSection(page, 'catalogue');
  await page.getByRole('button', { name: tr('zh-CN', 'catalogue.addTitle') }).tap();
  await expect(page.getByRole('group', { name: tr('zh-CN', 'title.clc') })).toBeVisible();
  await expectAccessible(page);
  for (const tab of ['shelves', 'lists'] as const) {
    await page.getByRole('button', { name: tr('zh-CN', `catalogue.tab.${tab}`), exact: true }).tap();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectAccessible(page);
  }
  await openSection(page, 'borrowers');
  for (const tab of ['rules', 'closed'] as const) {
    await page.getByRole('button', { name: tr('zh-CN', `borrowers.tab.${tab}`), exact: true }).tap();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectAccessible(page);
  }
  await openSection(page, 'overdue');
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
