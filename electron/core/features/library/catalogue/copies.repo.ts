import type { Copy, CopyStatus } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';

export interface CopyRow {
  id: number;
  title_id: number;
  barcode: string;
  shelf_id: number | null;
  status: CopyStatus;
  note: string | null;
  added_at: string;
  withdrawn_at: string | null;
}

/** A copy with its shelf's name and its open loan's due date. */
export interface CopyViewRow extends CopyRow {
  shelf_name: string | null;
  due_on: string | null;
}

export function toCopy(r: CopyViewRow): Copy {
  return {
    id: r.id,
    titleId: r.title_id,
    barcode: r.barcode,
    shelfId: r.shelf_id,
    shelfName: r.shelf_name,
    status: r.status,
    dueBack: r.due_on,
    note: r.note,
    addedAt: r.added_at,
  };
}

const VIEW = `SELECT c.*, s.name AS shelf_name, l.due_on
  FROM copies c
  LEFT JOIN shelves s ON s.id = c.shelf_id
  LEFT JOIN loans l ON l.copy_id = c.id AND l.returned_at IS NULL`;

/** Barcodes the app makes itself: HY and six digits (Code 128 labels print them as they are). */
const OWN_BARCODE = /^HY\d{6}$/;

export function copiesRepo(db: Db) {
  return {
    byBarcode: (barcode: string) =>
      cached<[string], CopyRow>(db, 'SELECT * FROM copies WHERE barcode = ?').get(barcode),
    byId: (id: number) => cached<[number], CopyRow>(db, 'SELECT * FROM copies WHERE id = ?').get(id),
    view: (id: number) => cached<[number], CopyViewRow>(db, `${VIEW} WHERE c.id = ?`).get(id),
    forTitle: (titleId: number) =>
      cached<[number], CopyViewRow>(db, `${VIEW} WHERE c.title_id = ? ORDER BY c.barcode`).all(titleId),
    insert(c: { titleId: number; barcode: string; shelfId: number | null; note: string | null; at: string }) {
      return Number(
        cached(
          db,
          `INSERT INTO copies (title_id, barcode, shelf_id, note, added_at)
           VALUES (@titleId, @barcode, @shelfId, @note, @at)`,
        ).run(c).lastInsertRowid,
      );
    },
    setShelf(id: number, shelfId: number): void {
      cached(db, 'UPDATE copies SET shelf_id = ? WHERE id = ?').run(shelfId, id);
    },
    setStatus(id: number, status: CopyStatus, at: string, note?: string | null): void {
      cached(
        db,
        `UPDATE copies SET status = @status,
           withdrawn_at = CASE WHEN @status = 'withdrawn' THEN @at ELSE NULL END,
           note = CASE WHEN @hasNote THEN @note ELSE note END
         WHERE id = @id`,
      ).run({ id, status, at, note: note ?? null, hasNote: note === undefined ? 0 : 1 });
    },
    nextBarcode(): string {
      const max = cached<[], number | null>(
        db,
        `SELECT max(CAST(substr(barcode, 3) AS INTEGER)) FROM copies
         WHERE barcode GLOB 'HY[0-9][0-9][0-9][0-9][0-9][0-9]'`,
      )
        .pluck()
        .get();
      const next = `HY${String((max ?? 0) + 1).padStart(6, '0')}`;
      if (!OWN_BARCODE.test(next)) throw new Error('Own barcodes exhausted');
      return next;
    },
    /** Where a title stands: the shelf of an available copy, else the shelf most of its copies are on. */
    shelfOf(titleId: number) {
      return cached<[number], { id: number; name: string }>(
        db,
        `SELECT s.id, s.name FROM copies c JOIN shelves s ON s.id = c.shelf_id
         WHERE c.title_id = ? AND c.status NOT IN ('withdrawn', 'lost')
         GROUP BY s.id ORDER BY max(c.status = 'available') DESC, count(*) DESC, s.position LIMIT 1`,
      ).get(titleId);
    },
  };
}
