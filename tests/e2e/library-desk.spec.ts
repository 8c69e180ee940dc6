import type { Page } from '@playwright/test';
import { formatDay } from '../../renderer/src/lib/dates';
import { call } from './api';
import {
  before,
  closeKeyboard,
  expect,
  freeBorrowers,
  line,
  openSection,
  scan,
  signInByTouch,
  switchKey,
  test,
  titleWithCopies,
  tr,
  type Borrower,
  type Paged,
} from './desk-kit';

// Circulation at the desk: lending, returning and renewing by touch and scanner, and a stocktake
// that outlives the idle reset (see desk-kit.ts for the host and the helpers).

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
  const holdShelf = returned.locator('.library-hold-shelf');
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
  const item = (title: string) => page.locator('.library-renew-item').filter({ hasText: title });
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
