import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DAY, openLibrary, type LibraryKit } from '../library-test-kit';

/** Reads through a connection of its own, as an outside observer would. */
function query<R>(t: LibraryKit, sql: string, ...params: unknown[]): R[] {
  const db = new Database(t.dbFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as R[];
  } finally {
    db.close();
  }
}

/** Moves the fake clock on to an instant (the admin's session carries on). */
async function until(t: LibraryKit, iso: string): Promise<void> {
  await t.days((Date.parse(iso) - t.clock.now().getTime()) / DAY);
}

/**
 * 2026 and 2027 in a reading room: 张建国 borrows in March and November 2026 (all returned) and in
 * January 2027, and held a book in 2026; 李秀兰 borrowed in 2026 and still has the book.
 */
async function twoYears(years: number) {
  const t = await openLibrary();
  await t.ok('settings.update', { 'library.historyRetentionYears': years });
  const a = await t.borrower('A001', 'party_member', '张建国');
  const b = await t.borrower('B001', 'resident', '李秀兰');
  await t.ok('borrowers.update', { id: a, company: '星湖公司', partyBranch: '第一党支部' });
  const x = await t.title('红岩', 2);
  const y = await t.title('长征', 1);
  const lend = (cardNo: string, barcode: string) =>
    t.ok('lending.checkout', { cardNo, barcode, requestId: t.rid() });
  const back = (barcode: string) => t.ok('lending.return', { barcode, requestId: t.rid() });
  await lend('A001', x.barcodes[0]!);
  await lend('A001', x.barcodes[1]!);
  await lend('B001', y.barcodes[0]!);
  const hold = await t.ok('holds.place', { cardNo: 'A001', titleId: y.id });
  await t.ok('holds.cancel', { id: hold.id });
  await t.days(10);
  await back(x.barcodes[0]!);
  await back(x.barcodes[1]!);
  await until(t, '2026-11-16T02:00:00.000Z');
  await lend('A001', x.barcodes[0]!);
  await t.days(5);
  await back(x.barcodes[0]!);
  await until(t, '2027-01-20T02:00:00.000Z');
  await lend('A001', x.barcodes[1]!);
  await t.days(5);
  await back(x.barcodes[1]!);
  return { t, a, b };
}

const Y2026 = { from: '2026-01-01', to: '2026-12-31', top: 10 };
const Y2027 = { from: '2027-01-01', to: '2027-12-31', top: 10 };

const loansOf = (t: LibraryKit, borrower: number) =>
  query<{ n: number }>(t, 'SELECT count(*) AS n FROM loans WHERE borrower_id = ?', borrower)[0]?.n;

describe('reading history retention', () => {
  it('anonymises a year once it is over for the years set, keeping that year’s statistics', async () => {
    const { t, a, b } = await twoYears(1);
    // 2027: 2026 is kept named for one whole year more.
    expect(await t.core.dailySteps()).toEqual([]);
    expect(loansOf(t, a)).toBe(4);

    await until(t, '2028-01-02T02:00:00.000Z');
    const stats = [await t.ok('stats.summary', Y2026), await t.ok('stats.summary', Y2027)];
    const counters = await t.ok('kiosk.counters', {});
    expect(await t.core.dailySteps()).toEqual(['library']);
    expect([await t.ok('stats.summary', Y2026), await t.ok('stats.summary', Y2027)]).toEqual(stats);
    // All time, loans count the same; a reader whose old years are anonymous counts once per such
    // year (no link is kept from a reader to their anonymous years).
    const count = (c: typeof counters, key: string) => c.find((x) => x.key === key)?.value;
    const after = await t.ok('kiosk.counters', {});
    expect(count(after, 'library.loans')).toBe(count(counters, 'library.loans'));
    expect(count(after, 'library.readers')).toBe(Number(count(counters, 'library.readers')) + 1);

    // His 2026 loans went to one anonymous reader; the 2027 one is still his. Her book is still out:
    // her 2026 waits, named.
    expect(loansOf(t, a)).toBe(1);
    expect(loansOf(t, b)).toBe(1);
    const anonymous = query<{ id: number; card_no: string; name: string; phone: string | null }>(
      t,
      'SELECT id, card_no, name, phone FROM borrowers WHERE erased_at IS NOT NULL',
    );
    expect(anonymous).toHaveLength(1);
    expect(loansOf(t, anonymous[0]!.id)).toBe(3);
    expect(anonymous[0]).toMatchObject({ name: '~', phone: null });
    expect((await t.ok('borrowers.list', {})).total).toBe(2);

    // The audit of his 2026 loans and the answers stored for them no longer name him; 2027's do.
    const audits = query<{ entity_id: string; text: string }>(
      t,
      "SELECT entity_id, coalesce(before, '') || coalesce(after, '') AS text FROM audit_log WHERE entity = 'loan'",
    );
    const loanIds = query<{ id: number; borrower_id: number }>(t, 'SELECT id, borrower_id FROM loans');
    const owner = new Map(loanIds.map((l) => [String(l.id), l.borrower_id]));
    for (const e of audits) {
      const named = e.text.includes('张建国') || e.text.includes('A001');
      expect(named, `audit of loan ${e.entity_id}`).toBe(owner.get(e.entity_id) === a);
    }
    const requests = query<{ at: string; text: string }>(
      t,
      'SELECT at, input || result AS text FROM requests',
    );
    expect(requests.filter((r) => r.at < '2027-01-01' && r.text.includes('A001'))).toEqual([]);
    expect(requests.some((r) => r.at > '2027-01-01' && r.text.includes('A001'))).toBe(true);
    expect(query(t, 'SELECT * FROM holds')).toEqual([]);

    const entry = query<{ actor: string; after: string }>(
      t,
      "SELECT actor, after FROM audit_log WHERE action = 'library.retention'",
    );
    expect(entry).toHaveLength(1);
    expect(entry[0]?.actor).toBe('system');
    expect(JSON.parse(entry[0]?.after ?? '{}')).toMatchObject({
      loanedBefore: '2027-01-01',
      loans: 3,
      readers: 1,
    });
    // Once a day: the same day again finds nothing to do.
    expect(await t.core.dailySteps()).toEqual([]);
  });

  it('lets the last year wait for a book still out, then anonymises it whole', async () => {
    const { t, b } = await twoYears(1);
    await until(t, '2028-01-02T02:00:00.000Z');
    await t.core.dailySteps();
    const open = query<{ barcode: string }>(
      t,
      'SELECT c.barcode FROM loans l JOIN copies c ON c.id = l.copy_id WHERE l.returned_at IS NULL',
    );
    const stats = await t.ok('stats.summary', Y2026);
    await t.ok('lending.return', { barcode: open[0]!.barcode, requestId: t.rid() });
    await t.days(1);
    expect(await t.core.dailySteps()).toEqual(['library']);
    expect(loansOf(t, b)).toBe(0);
    expect(await t.ok('stats.summary', Y2026)).toEqual(stats);
  });

  it('keeps every loan named when the years are 0', async () => {
    const { t, a } = await twoYears(0);
    await until(t, '2040-01-02T02:00:00.000Z');
    expect(await t.core.dailySteps()).toEqual([]);
    expect(loansOf(t, a)).toBe(4);
  });
});
