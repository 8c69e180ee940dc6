import type { Paged } from '../../../../shared';
import type { Loan } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { daysBetween } from '../../../../shared/dates';
import { cached } from '../../../platform/sql/statements';

export interface LoanRow {
  id: number;
  copy_id: number;
  title_id: number;
  borrower_id: number;
  loaned_at: string;
  due_on: string;
  renewals: number;
  returned_at: string | null;
  closed_as: 'returned' | 'lost' | null;
  channel: 'desk' | 'self' | 'import';
}

interface LoanViewRow extends LoanRow {
  barcode: string;
  title: string;
  card_no: string;
  borrower_name: string;
}

const VIEW = `SELECT l.*, c.barcode, t.title, b.card_no, b.name AS borrower_name
  FROM loans l
  JOIN copies c ON c.id = l.copy_id
  JOIN titles t ON t.id = l.title_id
  JOIN borrowers b ON b.id = l.borrower_id`;

/** Days past due, counted to the return (local date of `returnedOn`) or to today. */
export function overdueDays(dueOn: string, endOn: string): number {
  return Math.max(0, daysBetween(dueOn, endOn));
}

function toLoan(r: LoanViewRow, today: string, returnedOn: string | null): Loan {
  return {
    id: r.id,
    copyId: r.copy_id,
    barcode: r.barcode,
    titleId: r.title_id,
    title: r.title,
    borrower: { id: r.borrower_id, cardNo: r.card_no, name: r.borrower_name },
    loanedAt: r.loaned_at,
    dueOn: r.due_on,
    renewals: r.renewals,
    returnedAt: r.returned_at,
    closedAs: r.closed_as,
    overdueDays: overdueDays(r.due_on, returnedOn ?? today),
  };
}

export function loansRepo(db: Db) {
  const view = (id: number) => cached<[number], LoanViewRow>(db, `${VIEW} WHERE l.id = ?`).get(id);
  return {
    openByCopy: (copyId: number) =>
      cached<[number], LoanRow>(db, 'SELECT * FROM loans WHERE copy_id = ? AND returned_at IS NULL').get(
        copyId,
      ),
    /** A loan for the API; `returnedOn` is the local date of its return (for the overdue days). */
    view(id: number, today: string, returnedOn: string | null = null): Loan {
      const row = view(id);
      if (!row) throw new Error(`Loan ${id} vanished`);
      return toLoan(row, today, returnedOn);
    },
    openCount: (borrowerId: number) =>
      cached<[number], number>(db, 'SELECT count(*) FROM loans WHERE borrower_id = ? AND returned_at IS NULL')
        .pluck()
        .get(borrowerId) ?? 0,
    overdueCount: (borrowerId: number, today: string) =>
      cached<[number, string], number>(
        db,
        'SELECT count(*) FROM loans WHERE borrower_id = ? AND returned_at IS NULL AND due_on < ?',
      )
        .pluck()
        .get(borrowerId, today) ?? 0,
    openOf(borrowerId: number, today: string): Loan[] {
      return cached<[number], LoanViewRow>(
        db,
        `${VIEW} WHERE l.borrower_id = ? AND l.returned_at IS NULL ORDER BY l.due_on, l.id`,
      )
        .all(borrowerId)
        .map((r) => toLoan(r, today, null));
    },
    /** Open loans, soonest due first; of one borrower, or only the overdue, when asked. */
    openPage(o: {
      borrowerId: number | null;
      overdueOnly: boolean;
      today: string;
      offset: number;
      limit: number;
    }) {
      const where = `l.returned_at IS NULL AND (@borrowerId IS NULL OR l.borrower_id = @borrowerId)
        AND (@overdueOnly = 0 OR l.due_on < @today)`;
      const p = { borrowerId: o.borrowerId, overdueOnly: o.overdueOnly ? 1 : 0, today: o.today };
      const rows = cached<[typeof p & { offset: number; limit: number }], LoanViewRow>(
        db,
        `${VIEW} WHERE ${where} ORDER BY l.due_on, l.id LIMIT @limit OFFSET @offset`,
      ).all({ ...p, offset: o.offset, limit: o.limit });
      const total = cached<[typeof p], number>(db, `SELECT count(*) FROM loans l WHERE ${where}`)
        .pluck()
        .get(p);
      const page: Paged<Loan> = {
        rows: rows.map((r) => toLoan(r, o.today, null)),
        total: total ?? 0,
        offset: o.offset,
        limit: o.limit,
      };
      return page;
    },
    /** The earliest due date among a title's open loans. */
    firstDue: (titleId: number) =>
      cached<[number], string | null>(
        db,
        'SELECT min(due_on) FROM loans WHERE title_id = ? AND returned_at IS NULL',
      )
        .pluck()
        .get(titleId) ?? null,
    insert(l: {
      copyId: number;
      titleId: number;
      borrowerId: number;
      loanedAt: string;
      dueOn: string;
      channel: LoanRow['channel'];
      returnedAt?: string | null;
      renewals?: number;
    }): number {
      return Number(
        cached(
          db,
          `INSERT INTO loans (copy_id, title_id, borrower_id, loaned_at, due_on, channel, returned_at, closed_as, renewals)
           VALUES (@copyId, @titleId, @borrowerId, @loanedAt, @dueOn, @channel, @returnedAt,
             CASE WHEN @returnedAt IS NULL THEN NULL ELSE 'returned' END, @renewals)`,
        ).run({ ...l, returnedAt: l.returnedAt ?? null, renewals: l.renewals ?? 0 }).lastInsertRowid,
      );
    },
    close(id: number, at: string, as: 'returned' | 'lost'): void {
      cached(db, 'UPDATE loans SET returned_at = ?, closed_as = ? WHERE id = ? AND returned_at IS NULL').run(
        at,
        as,
        id,
      );
    },
    renew(id: number, oldDue: string, newDue: string, at: string, channel: 'desk' | 'self'): void {
      cached(db, 'UPDATE loans SET due_on = ?, renewals = renewals + 1 WHERE id = ?').run(newDue, id);
      cached(
        db,
        'INSERT INTO renewals (loan_id, at, old_due_on, new_due_on, channel) VALUES (?, ?, ?, ?, ?)',
      ).run(id, at, oldDue, newDue, channel);
    },
  };
}
