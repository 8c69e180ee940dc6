import type { StocktakeCopy, StocktakeOnLoan, StocktakeResult } from '../../../../shared/library-office.api';
import { toHalfWidth, type CopyStatus } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { DomainError } from '../../../errors';
import { shelvesRepo } from '../../library/catalogue/shelves.repo';

interface CopyLineRow {
  barcode: string;
  title_id: number;
  title: string;
  call_number: string | null;
  status: CopyStatus;
  shelf_id: number | null;
  shelf_name: string | null;
  due_on: string | null;
  card_no: string | null;
  borrower_name: string | null;
}

const SELECT = `SELECT c.barcode, c.title_id, t.title, t.call_number, c.status, c.shelf_id, s.name AS shelf_name,
    l.due_on, b.card_no, b.name AS borrower_name
  FROM copies c
  JOIN titles t ON t.id = c.title_id
  LEFT JOIN shelves s ON s.id = c.shelf_id
  LEFT JOIN loans l ON l.copy_id = c.id AND l.returned_at IS NULL
  LEFT JOIN borrowers b ON b.id = l.borrower_id`;

const toCopy = (r: CopyLineRow): StocktakeCopy => ({
  barcode: r.barcode,
  titleId: r.title_id,
  title: r.title,
  callNumber: r.call_number,
  status: r.status,
  shelfId: r.shelf_id,
  shelfName: r.shelf_name,
});

const toOnLoan = (r: CopyLineRow): StocktakeOnLoan => ({
  ...toCopy(r),
  dueOn: r.due_on,
  borrower:
    r.card_no === null || r.borrower_name === null ? null : { cardNo: r.card_no, name: r.borrower_name },
});

/** A scanner types what the label holds; a hand-typed barcode may come full-width or lower case. */
const normalise = (s: string) => toHalfWidth(s).trim().toUpperCase();

const byCallNumber = (a: StocktakeCopy, b: StocktakeCopy) =>
  (a.callNumber ?? '\uffff').localeCompare(b.callNumber ?? '\uffff') || a.barcode.localeCompare(b.barcode);

/**
 * Compares what was scanned on a shelf with what the catalogue has there. Stateless and read-only:
 * the librarian acts on the result (moves, returns, marks lost) with the usual methods. A scanned
 * copy recorded on loan counts as on loan wherever it belongs: the missed return matters most.
 */
export function stocktake(db: Db, shelfId: number, scanned: readonly string[]): StocktakeResult {
  const shelf = shelvesRepo(db).get(shelfId);
  if (!shelf) throw new DomainError('not_found', 'No such shelf', { what: 'shelf' });
  const barcodes = [...new Set(scanned.map(normalise).filter((b) => b !== ''))];
  const rows = db
    .prepare<[string], CopyLineRow>(`${SELECT} WHERE c.barcode IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(barcodes));
  const known = new Map(rows.map((r) => [r.barcode, r]));
  const result: StocktakeResult = {
    shelf: { id: shelf.id, name: shelf.name },
    scanned: barcodes.length,
    expected: 0,
    found: [],
    missing: [],
    misplaced: [],
    onLoan: [],
    unknown: [],
  };
  for (const b of barcodes) {
    const r = known.get(b);
    if (!r) result.unknown.push(b);
    else if (r.status === 'on_loan') result.onLoan.push(toOnLoan(r));
    else if (r.shelf_id !== shelfId) result.misplaced.push(toCopy(r));
    else result.found.push(toCopy(r));
  }
  const expected = db
    .prepare<[number], CopyLineRow>(`${SELECT} WHERE c.shelf_id = ? AND c.status = 'available'`)
    .all(shelfId);
  result.expected = expected.length;
  const seen = new Set(barcodes);
  result.missing = expected.filter((r) => !seen.has(r.barcode)).map(toCopy);
  for (const list of [result.found, result.missing, result.misplaced, result.onLoan]) list.sort(byCallNumber);
  return result;
}
