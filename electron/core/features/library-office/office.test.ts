import { describe, expect, test } from 'vitest';
import { importCatalogue, openOffice, query } from './testing/office-testing';

type T = Awaited<ReturnType<typeof openOffice>>;
const DAY = 86_400_000;

let seq = 0;
const rid = () => `office-${String(++seq).padStart(6, '0')}`;
const lend = (t: T, cardNo: string, barcode: string) =>
  t.ok('lending.checkout', { cardNo, barcode, requestId: rid() });
const giveBack = (t: T, barcode: string) => t.ok('lending.return', { barcode, requestId: rid() });
/** Days later: the staff session ended after 10 idle minutes, so the librarian signs in again. */
async function later(t: T, days: number): Promise<void> {
  t.clock.advance(days * DAY);
  await t.signIn();
}

async function shelfId(t: T, name: string): Promise<number> {
  const shelf = (await t.ok('catalogue.shelves', {})).find((s) => s.name === name);
  if (!shelf) throw new Error(`no shelf ${name}`);
  return shelf.id;
}

describe('overdue and due-soon lists, reminder slips', () => {
  test('lists the right loans with masked phones and slips per borrower', async () => {
    const t = await openOffice();
    await importCatalogue(t, 'c.csv', '书名,条码\n甲,A1\n甲,A2\n乙,B1\n');
    const p1 = await t.ok('borrowers.create', {
      cardNo: 'P1',
      name: '张党员',
      phone: '13812341234',
      type: 'party_member',
      company: '甲公司',
    });
    const r1 = await t.ok('borrowers.create', { cardNo: 'R1', name: '李居民', type: 'resident' });
    await lend(t, 'P1', 'A1'); // party members: 30 days → 03-31
    await lend(t, 'R1', 'B1'); // residents: 21 days → 03-22
    await later(t, 10);
    await lend(t, 'P1', 'A2'); // → 04-10
    await later(t, 18); // today 03-29

    const overdue = await t.ok('lending.overdue', {});
    expect(overdue.total).toBe(1);
    expect(overdue.rows[0]).toMatchObject({
      barcode: 'B1',
      title: '乙',
      dueOn: '2025-03-22',
      daysOverdue: 7,
      daysLeft: -7,
      borrower: { id: r1.id, cardNo: 'R1', name: '李居民', phone: null },
    });
    const soon = await t.ok('lending.dueSoon', { days: 3 });
    expect(soon.rows.map((l) => [l.barcode, l.daysLeft, l.daysOverdue, l.borrower.phone])).toEqual([
      ['A1', 2, 0, '138****1234'],
    ]);
    const fortnight = await t.ok('lending.dueSoon', { days: 14, limit: 1 });
    expect(fortnight).toMatchObject({ total: 2, limit: 1 });
    expect(fortnight.rows.map((l) => l.barcode)).toEqual(['A1']);

    const slips = await t.ok('lending.reminderSlips', { kind: 'dueSoon', days: 14 });
    expect(slips).toMatchObject({ printedOn: '2025-03-29', kind: 'dueSoon' });
    expect(slips.centreName.length).toBeGreaterThan(0);
    expect(slips.slips).toHaveLength(1);
    expect(slips.slips[0]?.borrower.id).toBe(p1.id);
    expect(slips.slips[0]?.loans.map((l) => [l.barcode, l.dueOn])).toEqual([
      ['A1', '2025-03-31'],
      ['A2', '2025-04-10'],
    ]);
    const overdueSlips = await t.ok('lending.reminderSlips', { kind: 'overdue' });
    expect(overdueSlips.slips.map((s) => [s.borrower.cardNo, s.loans.length])).toEqual([['R1', 1]]);
    const filtered = await t.ok('lending.reminderSlips', { kind: 'dueSoon', days: 14, borrowerIds: [r1.id] });
    expect(filtered.slips).toEqual([]);
  });
});

describe('labels and stocktake', () => {
  test('labels by barcodes (in the order asked), by titles and by shelf; withdrawn copies have none', async () => {
    const t = await openOffice();
    await importCatalogue(
      t,
      'c.csv',
      '书名,索书号,条码,书架\n甲,D2/1,A1,一号架\n甲,D2/1,A2,一号架\n乙,K2/9,B1,一号架\n丙,,C1,二号架\n',
    );
    await t.ok('copies.withdraw', { barcode: 'A2' });
    const byBarcode = await t.ok('copies.labels', { barcodes: ['C1', 'A1', 'NOPE', 'A2'] });
    expect(byBarcode.labels.map((l) => [l.barcode, l.title, l.callNumber, l.clc, l.shelfName])).toEqual([
      ['C1', '丙', null, null, '二号架'],
      ['A1', '甲', 'D2/1', 'D', '一号架'],
    ]);
    expect(byBarcode.unknown).toEqual(['NOPE', 'A2']);
    const titleIds = query<{ id: number }>(t, "SELECT id FROM titles WHERE title IN ('甲', '乙')").map(
      (r) => r.id,
    );
    const byTitle = await t.ok('copies.labels', { titleIds });
    expect(byTitle.labels.map((l) => l.barcode)).toEqual(['A1', 'B1']);
    const byShelf = await t.ok('copies.labels', { shelfId: await shelfId(t, '一号架') });
    expect(byShelf.labels.map((l) => l.barcode)).toEqual(['A1', 'B1']);
    expect((await t.refused('copies.labels', { shelfId: 999 })).code).toBe('not_found');
    expect((await t.refused('copies.labels', { barcodes: ['A1'], shelfId: 1 })).code).toBe('invalid_input');
  });

  test('stocktake sorts what was scanned into found, missing, misplaced, on loan and unknown', async () => {
    const t = await openOffice();
    const rows = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((b, i) => `书${i + 1},S1/${i + 1},${b},一号架`);
    await importCatalogue(t, 'c.csv', ['书名,索书号,条码,书架', ...rows, '别处,S2/1,B1,二号架'].join('\n'));
    await t.ok('borrowers.create', { cardNo: 'P1', name: '张三', type: 'party_member' });
    await lend(t, 'P1', 'A5');
    await t.ok('copies.setStatus', { barcode: 'A6', status: 'lost' });
    const result = await t.ok('stocktake.check', {
      shelfId: await shelfId(t, '一号架'),
      barcodes: ['A1', 'A2', 'B1', 'A5', 'ZZZ', ' a1 ', 'Ａ6', ''],
    });
    expect(result).toMatchObject({ shelf: { name: '一号架' }, scanned: 6, expected: 4, unknown: ['ZZZ'] });
    expect(result.found.map((c) => [c.barcode, c.status])).toEqual([
      ['A1', 'available'],
      ['A2', 'available'],
      ['A6', 'lost'],
    ]);
    expect(result.missing.map((c) => c.barcode)).toEqual(['A3', 'A4']);
    expect(result.misplaced.map((c) => [c.barcode, c.shelfName])).toEqual([['B1', '二号架']]);
    expect(result.onLoan.map((c) => [c.barcode, c.borrower?.cardNo, c.dueOn])).toEqual([
      ['A5', 'P1', '2025-03-31'],
    ]);
    expect((await t.refused('stocktake.check', { shelfId: 999, barcodes: [] })).code).toBe('not_found');
  });
});

describe('statistics', () => {
  test('every breakdown sums to the loans of the range in the loans table', async () => {
    const t = await openOffice();
    await importCatalogue(
      t,
      'c.csv',
      '书名,条码,书架\n甲,A1,一号架\n甲,A2,一号架\n乙,B1,一号架\n丙,C1,二号架\n',
    );
    await t.ok('borrowers.create', {
      cardNo: 'P1',
      name: '张三',
      type: 'party_member',
      company: 'X',
      partyBranch: '一支部',
    });
    await t.ok('borrowers.create', { cardNo: 'P2', name: '李四', type: 'employee', company: 'Y' });
    await t.ok('borrowers.create', { cardNo: 'P3', name: '王五', type: 'resident' });
    await lend(t, 'P1', 'A1');
    await lend(t, 'P2', 'B1');
    await later(t, 5);
    await giveBack(t, 'A1');
    await lend(t, 'P3', 'A1');
    await later(t, 30); // 04-05
    await giveBack(t, 'A1');
    await giveBack(t, 'B1');
    await lend(t, 'P1', 'C1');
    await lend(t, 'P1', 'A2');
    await lend(t, 'P2', 'A1');
    await t.ok('lending.renew', { barcode: 'C1', requestId: rid() });

    const s = await t.ok('stats.summary', { from: '2025-03-01', to: '2025-05-31' });
    const loans = query<{ n: number; readers: number; titles: number }>(
      t,
      'SELECT count(*) AS n, count(DISTINCT borrower_id) AS readers, count(DISTINCT title_id) AS titles FROM loans',
    )[0];
    expect(s.totals).toEqual({
      loans: loans?.n,
      activeReaders: loans?.readers,
      titlesLent: loans?.titles,
      renewals: 1,
    });
    const sum = (xs: { loans: number }[]) => xs.reduce((a, x) => a + x.loans, 0);
    for (const breakdown of [s.months, s.byCompany, s.byBranch, s.byType, s.byShelf])
      expect(sum(breakdown)).toBe(6);
    expect(s.months).toEqual([
      { month: '2025-03', loans: 3, readers: 3 },
      { month: '2025-04', loans: 3, readers: 2 },
      { month: '2025-05', loans: 0, readers: 0 },
    ]);
    expect(s.topTitles[0]).toMatchObject({ title: '甲', loans: 4 });
    expect(s.byCompany).toEqual([
      { name: 'X', loans: 3, readers: 1 },
      { name: 'Y', loans: 2, readers: 1 },
      { name: null, loans: 1, readers: 1 },
    ]);
    expect(s.byShelf.map((g) => [g.name, g.loans])).toEqual([
      ['一号架', 5],
      ['二号架', 1],
    ]);
    expect(s.byType.find((g) => g.type === 'volunteer')).toEqual({ type: 'volunteer', loans: 0, readers: 0 });

    const april = await t.ok('stats.summary', { from: '2025-04-01', to: '2025-04-30', top: 1 });
    expect(april.totals.loans).toBe(3);
    expect(april.topTitles).toHaveLength(1);
    expect((await t.refused('stats.summary', { from: '2025-05-01', to: '2025-04-01' })).code).toBe(
      'invalid_input',
    );

    const file = await t.ok('stats.export', { from: '2025-03-01', to: '2025-05-31', format: 'csv' });
    expect(file.fileName).toBe('借阅统计-2025-03-01至2025-05-31.csv');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('2025-03,3,3\r\n');
    expect(text).toContain('（未填写）,1,1\r\n');
  });
});
