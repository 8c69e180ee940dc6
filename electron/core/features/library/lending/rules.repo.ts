import type { BorrowerType, LoanRule } from '../../../../shared/library.api';
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
