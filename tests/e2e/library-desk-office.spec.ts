import fs from 'node:fs';
import path from 'node:path';
import { call } from './api';
import {
  closeKeyboard,
  expect,
  freeBorrowers,
  LANGUAGE_NAMES,
  line,
  openSection,
  openSignedIn,
  scan,
  signInByTouch,
  switchKey,
  test,
  tr,
  type Borrower,
  type Paged,
} from './desk-kit';
import { zh } from './shell-texts';
import { pinField, typeInto } from './shell-touch';

// The librarian's other screens: imports and exports, a draft that survives a reload, the desk in
// each language, and axe-core on every section, form, tab and print preview (see desk-kit.ts).

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
    await expect(switchKey(page, lang)).toHaveAttribute('aria-pressed', 'false');
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

test("the borrowers' loan rules tab passes axe-core", async ({ page, expectAccessible }) => {
  await openSignedIn(page, 'borrowers');
  await page.getByRole('button', { name: tr('zh-CN', 'borrowers.tab.rules'), exact: true }).tap();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectAccessible(page);
});

// The sheets are paper (A4 and label stock) whatever way the screen stands: checked once, not upright.
test(
  'the reminder slips and barcode labels print previews pass axe-core',
  { tag: '@paper' },
  async ({ page, expectAccessible }) => {
    await openSignedIn(page, 'overdue');
    await page.getByRole('button', { name: tr('zh-CN', 'slips.makeAll') }).tap();
    await expect(page.locator('.library-screen-preview .library-slip').first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: tr('zh-CN', 'overdue.tab.labels') }).tap();
    await page.getByRole('button', { name: tr('zh-CN', 'labels.fromShelf') }).tap();
    await page.getByLabel(tr('zh-CN', 'labels.shelf')).selectOption({ index: 1 });
    await page.getByRole('button', { name: tr('zh-CN', 'labels.make') }).tap();
    await expect(page.locator('.library-screen-preview svg.library-barcode').first()).toBeVisible();
    await expectAccessible(page);
  },
);

test("a borrower's self-service PIN is set by touch at the desk (typed twice, a mismatch refused) and cleared", async ({
  page,
  expectAccessible,
}) => {
  await openSignedIn(page, 'borrowers');
  const [first] = (await call<Paged<Borrower>>(page, 'borrowers.list', { limit: 1 })).rows;
  if (!first) throw new Error('no borrower');
  await call(page, 'borrowers.clearPin', { id: first.id });
  const hasPin = async () =>
    (await call<{ hasPin: boolean }>(page, 'borrowers.get', { id: first.id })).hasPin;
  await page.getByRole('button', { name: `${tr('zh-CN', 'common.edit')} ${first.name}`, exact: true }).tap();
  const panel = page.getByRole('form', { name: tr('zh-CN', 'borrowers.pinTitle') });
  await expect(panel).toContainText(tr('zh-CN', 'borrowers.pinNone'));

  const pin = pinField(page, tr('zh-CN', 'borrowers.pinNew'));
  const again = pinField(page, tr('zh-CN', 'borrowers.pinAgain'));
  await typeInto(pin, '1357');
  await typeInto(again, '1358');
  await panel.getByRole('button', { name: tr('zh-CN', 'borrowers.pinSave'), exact: true }).tap();
  // The same check as every PIN typed twice (staff accounts, first-run setup), with its words.
  await expect(again).toHaveAccessibleDescription(zh('errors', 'fields.pinMismatch'));
  expect(await hasPin()).toBe(false);

  await typeInto(again, '1357');
  await panel.getByRole('button', { name: tr('zh-CN', 'borrowers.pinSave'), exact: true }).tap();
  await expect(panel.getByRole('status')).toHaveText(tr('zh-CN', 'borrowers.pinSaved'));
  await expect(panel).toContainText(tr('zh-CN', 'borrowers.pinSet'));
  await expect(pin).toHaveValue('');
  expect(await hasPin()).toBe(true);
  await expectAccessible(page);

  await panel.getByRole('button', { name: tr('zh-CN', 'borrowers.pinClear'), exact: true }).tap();
  await expect(panel.getByRole('status')).toHaveText(tr('zh-CN', 'borrowers.pinCleared'));
  await expect(panel).toContainText(tr('zh-CN', 'borrowers.pinNone'));
  expect(await hasPin()).toBe(false);
});

test('the admin erases a borrower by touch, behind one question, and the borrower is gone', async ({
  page,
  expectAccessible,
}) => {
  await openSignedIn(page, 'borrowers');
  const { id } = await call<Borrower>(page, 'borrowers.create', {
    cardNo: 'E2E-ERASE1',
    name: '待删读者',
    type: 'resident',
  });
  await page.goto(`/#/staff/areas/library/borrowers?borrower=${id}`);
  const erase = page.getByRole('button', { name: tr('zh-CN', 'borrowers.erase.action'), exact: true });
  expect((await erase.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
  await erase.tap();
  const dialog = page.getByRole('alertdialog', {
    name: tr('zh-CN', 'borrowers.erase.confirmTitle', { name: '待删读者', card: 'E2E-ERASE1' }),
  });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: tr('zh-CN', 'borrowers.erase.confirm'), exact: true }).tap();
  await expect(page.getByRole('status')).toHaveText(tr('zh-CN', 'borrowers.erase.done'));
  await expect(call(page, 'borrowers.get', { id })).rejects.toThrow('not_found');
});
