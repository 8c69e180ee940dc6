import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from './library-test-kit';

/** Tables that grow with the years: reading one whole is a bug in a hot query. */
const BIG =
  /\bSCAN (loans|copies|titles|holds|borrowers|renewals|title_keys|requests|[a-z]+ AS (l|c|t|h|b))\b(?! USING)/;

function nullParams(sql: string): unknown[] {
  const named = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? '');
  if (named.length > 0) return [Object.fromEntries(named.map((n) => [n, null]))];
  return Array.from(sql.matchAll(/\?/g), () => null);
}

describe('hot queries', () => {
  it('reach the big tables through indexes (EXPLAIN QUERY PLAN of every statement a desk session runs)', async () => {
    const t = await openLibrary();
    for (const card of ['A1', 'B2']) await t.borrower(card);
    const { id, barcodes } = await t.title('红岩', 2, { isbn: '9780306406157' });
    const seen = new Set<string>();
    const trace = new Database(t.dbFile, { readonly: true });
    const record = (method: string, input: unknown) => t.invoke(method, input);
    // Core keeps its connections (the writer and its read-only twin) to itself; the test reaches in
    // to see every statement either prepares.
    const core = t.core as unknown as { db: Database.Database; reader: Database.Database };
    const restore = [core.db, core.reader].map((live) => {
      const prepare = live.prepare.bind(live);
      live.prepare = (sql: string) => {
        if (/^\s*(SELECT|WITH)/i.test(sql)) seen.add(sql);
        return prepare(sql);
      };
      return () => void (live.prepare = prepare);
    });
    try {
      await record('lending.checkout', { cardNo: 'A1', barcode: barcodes[0], requestId: t.rid() });
      await record('holds.place', { cardNo: 'B2', titleId: id });
      await record('lending.borrowerStatus', { cardNo: 'A1' });
      await record('lending.loans', { overdueOnly: true });
      await record('holds.list', { titleId: id });
      await record('lending.checkout', { cardNo: 'B2', barcode: barcodes[1], requestId: t.rid() });
      await record('lending.return', { barcode: barcodes[0], requestId: t.rid() });
      await record('lending.renew', { barcode: barcodes[1], requestId: t.rid() });
      await record('catalogue.getTitle', { id });
      await record('catalogue.shelf', { id: t.shelfId, sort: 'popular' });
      await record('catalogue.newArrivals', {});
      await record('catalogue.popular', {});
      await record('catalogue.shelves', {});
      for (const q of ['红', '红岩', 'hy', 'hongyan', '9780306406157', barcodes[0]]) {
        await record('catalogue.search', { q });
      }
      await record('borrowers.list', { q: 'A' });
    } finally {
      for (const undo of restore) undo();
    }
    expect(seen.size).toBeGreaterThan(20);
    const bad: string[] = [];
    for (const sql of seen) {
      const plan = (
        trace.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nullParams(sql)) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join(' | ');
      if (BIG.test(plan)) bad.push(`${plan}\n  ← ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    trace.close();
    // The borrower search matches names anywhere (LIKE '%…%'): a scan of borrowers, a few hundred rows.
    expect(bad.filter((b) => !b.includes('FROM borrowers b WHERE (@match'))).toEqual([]);
  });
});
