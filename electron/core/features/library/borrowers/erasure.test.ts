import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary, type LibraryKit } from '../library-test-kit';

const KIOSK = 'kiosk-visitor';
const PERSON = {
  cardNo: 'ZX9931',
  name: '欧阳秀英',
  phone: '13987654321',
  company: '星湖精密制造有限公司',
  partyBranch: '第三党支部',
  note: '住在红星小区',
};

/** Everything the database holds, as text, table by table: where a name must never be found. */
function everything(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all();
    return Object.fromEntries(
      tables.map((tb) => [tb.name, JSON.stringify(db.prepare(`SELECT * FROM "${tb.name}"`).all())]),
    );
  } finally {
    db.close();
  }
}

/**
 * A reader with a history: loans at the desk and at the kiosk (request ids stored), a renewal, a
 * self-service PIN and a wrong try of it, a hold that another reader's return made ready, and a
 * loan still out. Another reader and their loan are there too and must not change.
 */
async function readerWithHistory(): Promise<{ t: LibraryKit; id: number; open: string }> {
  const t = await openLibrary();
  await t.ok('settings.update', { 'library.selfService': true, 'library.selfServicePin': false });
  const { id } = await t.ok('borrowers.create', { ...PERSON, type: 'party_member' });
  await t.borrower('OTHER1', 'resident', '李四');
  const a = await t.title('红岩', 2);
  const b = await t.title('长征', 1);
  const c = await t.title('青春之歌', 1);
  await t.ok('lending.checkout', { cardNo: PERSON.cardNo, barcode: a.barcodes[0]!, requestId: t.rid() });
  await t.ok('lending.renew', { barcode: a.barcodes[0]!, requestId: t.rid() });
  await t.ok('lending.return', { barcode: a.barcodes[0]!, requestId: t.rid() });
  await t.ok('borrowers.setPin', { id, pin: '2468' });
  expect((await t.refused('selfservice.borrower', { cardNo: PERSON.cardNo, pin: '1111' }, KIOSK)).code).toBe(
    'wrong_pin',
  );
  await t.ok(
    'selfservice.checkout',
    { cardNo: PERSON.cardNo, pin: '2468', barcode: b.barcodes[0]!, requestId: t.rid() },
    KIOSK,
  );
  await t.days(40);
  await t.ok('lending.checkout', { cardNo: 'OTHER1', barcode: c.barcodes[0]!, requestId: t.rid() });
  await t.ok('holds.place', { cardNo: PERSON.cardNo, titleId: c.id });
  // The other reader's return puts the book on the hold shelf for her: her name is in its answer.
  const back = await t.ok('lending.return', { barcode: c.barcodes[0]!, requestId: t.rid() });
  expect(back.holdFor?.borrower.name).toBe(PERSON.name);
  await t.ok('lending.checkout', { cardNo: 'OTHER1', barcode: a.barcodes[1]!, requestId: t.rid() });
  return { t, id, open: b.barcodes[0]! };
}

const range = { from: '2026-01-01', to: '2026-12-31', top: 10 };

describe('erasing a borrower (PIPL)', () => {
  it('is refused while books are out, in words, and changes nothing', async () => {
    const { t, id } = await readerWithHistory();
    const before = everything(t.dbFile);
    const refusal = await t.refused('borrowers.erase', { id });
    expect(refusal.code).toBe('borrower_has_loans');
    expect(refusal.details).toEqual({ openLoans: 1 });
    expect(everything(t.dbFile)).toEqual(before);
  });

  it('is the admin’s: a librarian is refused', async () => {
    const { t, id, open } = await readerWithHistory();
    await t.ok('lending.return', { barcode: open, requestId: t.rid() });
    const librarian = await t.staffMember('L01', ['librarian']);
    expect((await t.refused('borrowers.erase', { id }, librarian)).code).toBe('forbidden');
    expect((await t.ok('borrowers.get', { id })).name).toBe(PERSON.name);
  });

  it('leaves no trace of name, card or phone in any table, and the statistics as they were', async () => {
    const { t, id, open } = await readerWithHistory();
    await t.ok('lending.return', { barcode: open, requestId: t.rid() });
    const stats = await t.ok('stats.summary', range);
    const counters = await t.ok('kiosk.counters', {});
    const texts = Object.values(everything(t.dbFile)).join('\n');
    expect(texts).toContain(PERSON.name);
    expect(texts).toContain(PERSON.cardNo);

    const erased = await t.ok('borrowers.erase', { id });
    expect(erased).toMatchObject({ id, loansKept: 2, holdsCancelled: 1 });
    expect(erased.auditScrubbed).toBeGreaterThan(0);
    expect(erased.requestsScrubbed).toBeGreaterThan(0);

    const tables = everything(t.dbFile);
    for (const [table, text] of Object.entries(tables)) {
      for (const trace of [PERSON.name, PERSON.cardNo, PERSON.phone, PERSON.note]) {
        expect(text.includes(trace), `${trace} in ${table}`).toBe(false);
      }
    }
    expect(await t.ok('stats.summary', range)).toEqual(stats);
    // The loans export keeps her two loans, without a name or card; the other reader's two are named.
    const csv = Buffer.from((await t.ok('loans.export', { format: 'csv' })).contentBase64, 'base64');
    const rows = csv.toString('utf8').trim().split('\n').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.includes('OTHER1'))).toHaveLength(2);
    expect(await t.ok('kiosk.counters', {})).toEqual(counters);
    // The other reader is untouched; she is no one's now: not found, not listed, not lent to.
    expect(tables.borrowers).toContain('李四');
    expect((await t.refused('borrowers.get', { id })).code).toBe('not_found');
    expect((await t.ok('borrowers.list', {})).rows.map((r) => r.name)).toEqual(['李四']);
    expect((await t.refused('borrowers.erase', { id })).code).toBe('not_found');
    expect((await t.refused('borrowers.update', { id, name: '新名字' })).code).toBe('not_found');
  });

  it('records the erasure without the name, and the book kept for her goes back on the shelf', async () => {
    const { t, id, open } = await readerWithHistory();
    await t.ok('lending.return', { barcode: open, requestId: t.rid() });
    await t.ok('borrowers.erase', { id });
    const db = new Database(t.dbFile, { readonly: true });
    try {
      const entry = db
        .prepare<[], { entity_id: string; after: string; actor: string }>(
          "SELECT entity_id, after, actor FROM audit_log WHERE action = 'borrowers.erase'",
        )
        .get();
      expect(entry).toMatchObject({ entity_id: String(id), actor: 'admin' });
      expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ loansKept: 2, holdsCancelled: 1 });
      const status = db
        .prepare<[], { status: string }>(
          "SELECT c.status FROM copies c JOIN titles t ON t.id = c.title_id WHERE t.title = '青春之歌'",
        )
        .get();
      expect(status?.status).toBe('available');
    } finally {
      db.close();
    }
  });
});
