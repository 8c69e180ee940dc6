import type { Paged } from '../../../../shared';
import {
  maskPhone,
  type Borrower,
  type BorrowerRef,
  type BorrowerType,
} from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';

export interface BorrowerRow {
  id: number;
  card_no: string;
  name: string;
  phone: string | null;
  company: string | null;
  party_branch: string | null;
  type: BorrowerType;
  active: number;
  note: string | null;
  sort_key: string;
  created_at: string;
}

interface BorrowerViewRow extends BorrowerRow {
  open_loans: number;
  overdue_loans: number;
  has_pin: number;
}

export interface BorrowerFields {
  cardNo: string;
  name: string;
  phone: string | null;
  company: string | null;
  partyBranch: string | null;
  type: BorrowerType;
  active: boolean;
  note: string | null;
}

export const toRef = (r: Pick<BorrowerRow, 'id' | 'card_no' | 'name'>): BorrowerRef => ({
  id: r.id,
  cardNo: r.card_no,
  name: r.name,
});

function toBorrower(r: BorrowerViewRow): Borrower {
  return {
    id: r.id,
    cardNo: r.card_no,
    name: r.name,
    phone: r.phone === null ? null : maskPhone(r.phone),
    company: r.company,
    partyBranch: r.party_branch,
    type: r.type,
    active: r.active === 1,
    note: r.note,
    createdAt: r.created_at,
    openLoans: r.open_loans,
    overdueLoans: r.overdue_loans,
    hasPin: r.has_pin === 1,
  };
}

export const fieldsOf = (r: BorrowerRow): BorrowerFields => ({
  cardNo: r.card_no,
  name: r.name,
  phone: r.phone,
  company: r.company,
  partyBranch: r.party_branch,
  type: r.type,
  active: r.active === 1,
  note: r.note,
});

/** `@today` is a parameter of every query below: "overdue" means due before today. */
const VIEW = `SELECT b.*,
  (SELECT count(*) FROM loans l WHERE l.borrower_id = b.id AND l.returned_at IS NULL) AS open_loans,
  (SELECT count(*) FROM loans l WHERE l.borrower_id = b.id AND l.returned_at IS NULL AND l.due_on < @today)
    AS overdue_loans,
  EXISTS (SELECT 1 FROM borrower_pins p WHERE p.borrower_id = b.id) AS has_pin
  FROM borrowers b`;

export function borrowersRepo(db: Db) {
  return {
    /** Erased borrowers (anonymous rows kept for the statistics) are no one's: never found by id. */
    byId: (id: number) =>
      cached<[number], BorrowerRow>(db, 'SELECT * FROM borrowers WHERE id = ? AND erased_at IS NULL').get(id),
    byCard: (cardNo: string) =>
      cached<[string], BorrowerRow>(db, 'SELECT * FROM borrowers WHERE card_no = ?').get(cardNo),
    /** The companies and party branches of the active borrowers, each pair once. */
    organisations: () =>
      cached<[], { company: string | null; branch: string | null }>(
        db,
        `SELECT DISTINCT company, party_branch AS branch FROM borrowers
          WHERE active = 1 AND erased_at IS NULL AND (company IS NOT NULL OR party_branch IS NOT NULL)`,
      ).all(),
    view(id: number, today: string): Borrower | undefined {
      const row = cached<[{ id: number; today: string }], BorrowerViewRow>(
        db,
        `${VIEW} WHERE b.id = @id AND b.erased_at IS NULL`,
      ).get({
        id,
        today,
      });
      return row && toBorrower(row);
    },
    /** Sorted by the pinyin of the name; `q` matches the card number, name, company or party branch. */
    list(q: string | undefined, today: string, offset: number, limit: number): Paged<Borrower> {
      const match = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      const where = `b.erased_at IS NULL AND (@match IS NULL OR b.card_no LIKE @match ESCAPE '\\' OR b.name LIKE @match ESCAPE '\\'
        OR b.company LIKE @match ESCAPE '\\' OR b.party_branch LIKE @match ESCAPE '\\')`;
      const rows = cached<
        [{ match: string | null; today: string; offset: number; limit: number }],
        BorrowerViewRow
      >(db, `${VIEW} WHERE ${where} ORDER BY b.sort_key, b.id LIMIT @limit OFFSET @offset`).all({
        match,
        today,
        offset,
        limit,
      });
      const total = cached<[{ match: string | null }], number>(
        db,
        `SELECT count(*) FROM borrowers b WHERE ${where}`,
      )
        .pluck()
        .get({ match });
      return { rows: rows.map(toBorrower), total: total ?? 0, offset, limit };
    },
    insert(f: BorrowerFields, sortKey: string, at: string): number {
      return Number(
        cached(
          db,
          `INSERT INTO borrowers (card_no, name, phone, company, party_branch, type, active, note, sort_key, created_at)
           VALUES (@cardNo, @name, @phone, @company, @partyBranch, @type, @active, @note, @sortKey, @at)`,
        ).run({ ...f, active: f.active ? 1 : 0, sortKey, at }).lastInsertRowid,
      );
    },
    update(id: number, f: BorrowerFields, sortKey: string): void {
      cached(
        db,
        `UPDATE borrowers SET card_no = @cardNo, name = @name, phone = @phone, company = @company,
           party_branch = @partyBranch, type = @type, active = @active, note = @note, sort_key = @sortKey
         WHERE id = @id`,
      ).run({ ...f, active: f.active ? 1 : 0, sortKey, id });
    },
  };
}
