import type { BorrowerType, ClosedDay, LoanRule } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';

interface RuleRow {
  borrower_type: BorrowerType;
  days: number;
  max_items: number;
  renewals: number;
  block_when_overdue: number;
}

const toRule = (r: RuleRow): LoanRule => ({
  borrowerType: r.borrower_type,
  days: r.days,
  maxItems: r.max_items,
  renewals: r.renewals,
  blockWhenOverdue: r.block_when_overdue === 1,
});

export function rulesRepo(db: Db) {
  return {
    all: () => cached<[], RuleRow>(db, 'SELECT * FROM loan_rules ORDER BY rowid').all().map(toRule),
    get(type: BorrowerType): LoanRule {
      const row = cached<[string], RuleRow>(db, 'SELECT * FROM loan_rules WHERE borrower_type = ?').get(type);
      // The migration writes a rule for every type and nothing deletes one.
      if (!row) throw new Error(`No loan rule for ${type}`);
      return toRule(row);
    },
    save(r: LoanRule): void {
      db.prepare(
        `INSERT INTO loan_rules (borrower_type, days, max_items, renewals, block_when_overdue)
         VALUES (@borrowerType, @days, @maxItems, @renewals, @block)
         ON CONFLICT (borrower_type) DO UPDATE SET days = excluded.days, max_items = excluded.max_items,
           renewals = excluded.renewals, block_when_overdue = excluded.block_when_overdue`,
      ).run({ ...r, block: r.blockWhenOverdue ? 1 : 0 });
    },
  };
}

export function closedDaysRepo(db: Db) {
  return {
    isClosed: (date: string) =>
      cached<[string], number>(db, 'SELECT 1 FROM closed_days WHERE date = ?').pluck().get(date) === 1,
    list: (from: string, to: string) =>
      cached<[string, string], ClosedDay>(
        db,
        'SELECT date, reason FROM closed_days WHERE date BETWEEN ? AND ? ORDER BY date',
      ).all(from, to),
    get: (date: string) =>
      cached<[string], ClosedDay>(db, 'SELECT date, reason FROM closed_days WHERE date = ?').get(date),
    set(date: string, reason: string | null): void {
      cached(
        db,
        'INSERT INTO closed_days (date, reason) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET reason = excluded.reason',
      ).run(date, reason);
    },
    remove(date: string): void {
      cached(db, 'DELETE FROM closed_days WHERE date = ?').run(date);
    },
  };
}

/** Stored first results of checkouts, returns and renewals, by the caller's requestId. */
