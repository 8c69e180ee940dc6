import Database, { SqliteError } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../library-test-kit';

// "A copy has at most one open loan" has two guards in the schema (migrations/001-library.ts): the
// partial unique index and the trigger that lends only a copy on the shelf. Each is tested alone,
// with the other removed from a test database, so losing either one fails a test here.

const INDEX = 'loans_one_open_per_copy';
const TRIGGER = 'loans_copy_loanable';

/** A copy lent through the desk's API, and a raw connection to the same file. */
async function oneCopyOut() {
  const t = await openLibrary();
  await t.borrower('C001');
  const other = await t.borrower('C002');
  const { barcodes } = await t.title('红岩', 1);
  await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId: t.rid() });
  const db = new Database(t.dbFile);
  const schema = (name: string) =>
    db.prepare<[string], string>('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name);
  /** The same copy lent to the other borrower, written straight into the table. */
  const secondLoan = (returnedAt: string | null = null) =>
    db
      .prepare(
        `INSERT INTO loans (copy_id, title_id, borrower_id, loaned_at, due_on, returned_at, closed_as)
         SELECT copy_id, title_id, ?, loaned_at, due_on, ?, ? FROM loans WHERE returned_at IS NULL`,
      )
      .run(other, returnedAt, returnedAt === null ? null : 'returned');
  const openLoans = () =>
    db.prepare<[], number>('SELECT count(*) FROM loans WHERE returned_at IS NULL').pluck().get();
  return { t, db, schema, secondLoan, openLoans };
}

function refusal(fn: () => unknown): InstanceType<typeof SqliteError> {
  try {
    fn();
  } catch (err) {
    if (err instanceof SqliteError) return err;
    throw err;
  }
  throw new Error('the database took a second open loan of one copy');
}

describe('one open loan per copy, each guard alone', () => {
  it('the partial unique index refuses a second open loan without the trigger', async () => {
    const { db, schema, secondLoan, openLoans } = await oneCopyOut();
    try {
      expect(schema(INDEX)).toMatch(/UNIQUE INDEX.*\(copy_id\)\s+WHERE returned_at IS NULL/s);
      db.exec(`DROP TRIGGER ${TRIGGER}`);

      expect(refusal(() => secondLoan()).code).toBe('SQLITE_CONSTRAINT_UNIQUE');
      expect(openLoans()).toBe(1);
      // Partial: the copy's closed loans (its history) are not limited.
      secondLoan('2026-03-03T02:00:00.000Z');
      secondLoan('2026-03-04T02:00:00.000Z');
      expect(openLoans()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('the trigger refuses a second open loan without the unique index', async () => {
    const { db, schema, secondLoan, openLoans } = await oneCopyOut();
    try {
      expect(schema(TRIGGER)).toMatch(/BEFORE INSERT ON loans/);
      db.exec(`DROP INDEX ${INDEX}`);

      const error = refusal(() => secondLoan());
      expect(error.code).toBe('SQLITE_CONSTRAINT_TRIGGER');
      expect(error.message).toBe('copy not loanable');
      expect(openLoans()).toBe(1);
    } finally {
      db.close();
    }
  });
});
