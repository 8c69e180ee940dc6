import type { LendingLine } from '../../../../shared/library-office.api';
import { maskPhone } from '../../../../shared/library.api';
import type { Paged } from '../../../../shared/platform.api';
import type { Db } from '../../../db/database';
import { daysBetween } from '../../../../shared/dates';

interface LineRow {
  loan_id: number;
  borrower_id: number;
  card_no: string;
  name: string;
  phone: string | null;
  company: string | null;
  party_branch: string | null;
  title_id: number;
  title: string;
  barcode: string;
  loaned_at: string;
  due_on: string;
}

const SELECT = `SELECT l.id AS loan_id, b.id AS borrower_id, b.card_no, b.name, b.phone, b.company,
    b.party_branch, t.id AS title_id, t.title, c.barcode, l.loaned_at, l.due_on
  FROM loans l
  JOIN borrowers b ON b.id = l.borrower_id
  JOIN titles t ON t.id = l.title_id
  JOIN copies c ON c.id = l.copy_id`;

/** Open loans due in [from, to] (local dates); the partial index loans_open_by_due answers it. */
const WHERE = `l.returned_at IS NULL AND l.due_on >= @from AND l.due_on <= @to
  AND (@borrowers IS NULL OR l.borrower_id IN (SELECT value FROM json_each(@borrowers)))`;
const ORDER = 'ORDER BY l.due_on, b.sort_key, b.id, l.id';

export function toLine(r: LineRow, today: string): LendingLine {
  const daysLeft = daysBetween(today, r.due_on);
  return {
    loanId: r.loan_id,
    borrower: {
      id: r.borrower_id,
      cardNo: r.card_no,
      name: r.name,
      phone: r.phone === null ? null : maskPhone(r.phone),
      company: r.company,
      partyBranch: r.party_branch,
    },
    titleId: r.title_id,
    title: r.title,
    barcode: r.barcode,
    loanedAt: r.loaned_at,
    dueOn: r.due_on,
    daysOverdue: Math.max(0, -daysLeft),
    daysLeft,
  };
}

export interface DueWindow {
  /** First due date included (local). */
  from: string;
  /** Last due date included (local). */
  to: string;
  borrowerIds?: readonly number[] | undefined;
}

const params = (w: DueWindow) => ({
  from: w.from,
  to: w.to,
  borrowers: w.borrowerIds ? JSON.stringify(w.borrowerIds) : null,
});

export function remindersRepo(db: Db) {
  return {
    page(w: DueWindow, today: string, offset: number, limit: number): Paged<LendingLine> {
      const p = params(w);
      const rows = db
        .prepare<[typeof p & { offset: number; limit: number }], LineRow>(
          `${SELECT} WHERE ${WHERE} ${ORDER} LIMIT @limit OFFSET @offset`,
        )
        .all({ ...p, offset, limit });
      const total = db
        .prepare<[typeof p], number>(`SELECT count(*) FROM loans l WHERE ${WHERE}`)
        .pluck()
        .get(p);
      return { rows: rows.map((r) => toLine(r, today)), total: total ?? 0, offset, limit };
    },
    all(w: DueWindow, today: string): LendingLine[] {
      return db
        .prepare<[ReturnType<typeof params>], LineRow>(`${SELECT} WHERE ${WHERE} ${ORDER}`)
        .all(params(w))
        .map((r) => toLine(r, today));
    },
  };
}
