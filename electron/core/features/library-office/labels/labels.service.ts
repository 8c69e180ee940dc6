import type { CopyLabel } from '../../../../shared/library-office.api';
import type { ClcClass } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { DomainError } from '../../../errors';
import { shelvesRepo } from '../../library/catalogue/shelves.repo';

interface LabelRow {
  barcode: string;
  title_id: number;
  title: string;
  call_number: string | null;
  clc: string | null;
  shelf_name: string | null;
}

const SELECT = `SELECT c.barcode, t.id AS title_id, t.title, t.call_number, t.clc, s.name AS shelf_name
  FROM copies c JOIN titles t ON t.id = c.title_id LEFT JOIN shelves s ON s.id = c.shelf_id`;
/** A withdrawn copy left the collection: it needs no label. */
const ACTIVE = `c.status <> 'withdrawn'`;

const toLabel = (r: LabelRow): CopyLabel => ({
  barcode: r.barcode,
  titleId: r.title_id,
  title: r.title,
  callNumber: r.call_number,
  clc: r.clc as ClcClass | null,
  shelfName: r.shelf_name,
});

export type LabelsInput = { barcodes: string[] } | { titleIds: number[] } | { shelfId: number };

/**
 * What each label shows; the renderer draws the Code 128 bars (jsbarcode) from the barcode text.
 * Barcodes come back in the order asked for (the order they are stuck on the books); titles and
 * shelves in call-number order, the order of the shelf.
 */
export function labels(db: Db, input: LabelsInput): { labels: CopyLabel[]; unknown: string[] } {
  if ('barcodes' in input) {
    const asked = [...new Set(input.barcodes)];
    const rows = db
      .prepare<[string], LabelRow>(
        `${SELECT} WHERE ${ACTIVE} AND c.barcode IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(asked));
    const byBarcode = new Map(rows.map((r) => [r.barcode, r]));
    return {
      labels: asked.flatMap((b) => {
        const r = byBarcode.get(b);
        return r ? [toLabel(r)] : [];
      }),
      unknown: asked.filter((b) => !byBarcode.has(b)),
    };
  }
  const order = 'ORDER BY t.call_number IS NULL, t.call_number, t.sort_key, c.barcode';
  if ('titleIds' in input) {
    const rows = db
      .prepare<[string], LabelRow>(
        `${SELECT} WHERE ${ACTIVE} AND c.title_id IN (SELECT value FROM json_each(?)) ${order}`,
      )
      .all(JSON.stringify(input.titleIds));
    return { labels: rows.map(toLabel), unknown: [] };
  }
  if (!shelvesRepo(db).get(input.shelfId))
    throw new DomainError('not_found', 'No such shelf', { what: 'shelf' });
  const rows = db
    .prepare<[number], LabelRow>(`${SELECT} WHERE ${ACTIVE} AND c.shelf_id = ? ${order}`)
    .all(input.shelfId);
  return { labels: rows.map(toLabel), unknown: [] };
}
