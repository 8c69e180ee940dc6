import type { Paged } from '../../../../shared';
import type { Hold, HoldStatus } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';

export interface HoldRow {
  id: number;
  title_id: number;
  borrower_id: number;
  status: HoldStatus;
  placed_at: string;
  expires_on: string;
  copy_id: number | null;
  ready_at: string | null;
  ready_until: string | null;
  closed_at: string | null;
}

interface HoldViewRow extends HoldRow {
  title: string;
  card_no: string;
  borrower_name: string;
  barcode: string | null;
  position: number | null;
}

/** Queue order: first placed, first served. */
const QUEUE = 'ORDER BY placed_at, id';

const VIEW = `SELECT h.*, t.title, b.card_no, b.name AS borrower_name, c.barcode,
  CASE WHEN h.status = 'waiting' THEN
    (SELECT count(*) FROM holds q WHERE q.title_id = h.title_id AND q.status = 'waiting'
      AND (q.placed_at < h.placed_at OR (q.placed_at = h.placed_at AND q.id <= h.id)))
  END AS position
  FROM holds h
  JOIN titles t ON t.id = h.title_id
  JOIN borrowers b ON b.id = h.borrower_id
  LEFT JOIN copies c ON c.id = h.copy_id`;

function toHold(r: HoldViewRow): Hold {
  return {
    id: r.id,
    titleId: r.title_id,
    title: r.title,
    borrower: { id: r.borrower_id, cardNo: r.card_no, name: r.borrower_name },
    status: r.status,
    placedAt: r.placed_at,
    expiresOn: r.expires_on,
    position: r.position,
    copyBarcode: r.status === 'ready' ? r.barcode : null,
    readyUntil: r.status === 'ready' ? r.ready_until : null,
  };
}

export function holdsRepo(db: Db) {
  return {
    byId: (id: number) => cached<[number], HoldRow>(db, 'SELECT * FROM holds WHERE id = ?').get(id),
    view(id: number): Hold {
      const row = cached<[number], HoldViewRow>(db, `${VIEW} WHERE h.id = ?`).get(id);
      if (!row) throw new Error(`Hold ${id} vanished`);
      return toHold(row);
    },
    active: (titleId: number, borrowerId: number) =>
      cached<[number, number], HoldRow>(
        db,
        `SELECT * FROM holds WHERE title_id = ? AND borrower_id = ? AND status IN ('waiting', 'ready')`,
      ).get(titleId, borrowerId),
    nextWaiting: (titleId: number) =>
      cached<[number], HoldRow>(
        db,
        `SELECT * FROM holds WHERE title_id = ? AND status = 'waiting' ${QUEUE} LIMIT 1`,
      ).get(titleId),
    waitingCount: (titleId: number) =>
      cached<[number], number>(db, `SELECT count(*) FROM holds WHERE title_id = ? AND status = 'waiting'`)
        .pluck()
        .get(titleId) ?? 0,
    readyForCopy: (copyId: number) =>
      cached<[number], HoldRow>(db, `SELECT * FROM holds WHERE copy_id = ? AND status = 'ready'`).get(copyId),
    readyOf(borrowerId: number): Hold[] {
      return cached<[number], HoldViewRow>(
        db,
        `${VIEW} WHERE h.borrower_id = ? AND h.status = 'ready' ORDER BY h.ready_at, h.id`,
      )
        .all(borrowerId)
        .map(toHold);
    },
    /** Active holds (waiting and ready), oldest first; of one title or one borrower when given. */
    page(o: {
      titleId: number | null;
      borrowerId: number | null;
      offset: number;
      limit: number;
    }): Paged<Hold> {
      const where = `h.status IN ('waiting', 'ready') AND (@titleId IS NULL OR h.title_id = @titleId)
        AND (@borrowerId IS NULL OR h.borrower_id = @borrowerId)`;
      const p = { titleId: o.titleId, borrowerId: o.borrowerId };
      const rows = cached<[typeof p & { offset: number; limit: number }], HoldViewRow>(
        db,
        `${VIEW} WHERE ${where} ORDER BY h.placed_at, h.id LIMIT @limit OFFSET @offset`,
      ).all({ ...p, offset: o.offset, limit: o.limit });
      const total = cached<[typeof p], number>(db, `SELECT count(*) FROM holds h WHERE ${where}`)
        .pluck()
        .get(p);
      return { rows: rows.map(toHold), total: total ?? 0, offset: o.offset, limit: o.limit };
    },
    insert(h: { titleId: number; borrowerId: number; placedAt: string; expiresOn: string }): number {
      return Number(
        cached(
          db,
          `INSERT INTO holds (title_id, borrower_id, placed_at, expires_on)
           VALUES (@titleId, @borrowerId, @placedAt, @expiresOn)`,
        ).run(h).lastInsertRowid,
      );
    },
    makeReady(id: number, copyId: number, at: string, until: string): void {
      cached(
        db,
        `UPDATE holds SET status = 'ready', copy_id = ?, ready_at = ?, ready_until = ? WHERE id = ?`,
      ).run(copyId, at, until, id);
    },
    /** A ready hold whose copy left the hold shelf (withdrawn, lost) waits again, keeping its place. */
    backToWaiting(id: number): void {
      cached(
        db,
        `UPDATE holds SET status = 'waiting', copy_id = NULL, ready_at = NULL, ready_until = NULL WHERE id = ?`,
      ).run(id);
    },
    close(id: number, status: 'fulfilled' | 'cancelled' | 'expired', at: string): void {
      cached(db, 'UPDATE holds SET status = ?, closed_at = ? WHERE id = ?').run(status, at, id);
    },
    /** Waiting holds past their expiry, and ready holds not collected in time. */
    lapsed: (today: string) =>
      cached<[string, string], HoldRow>(
        db,
        `SELECT * FROM holds WHERE status = 'waiting' AND expires_on < ?
         UNION ALL SELECT * FROM holds WHERE status = 'ready' AND ready_until < ?`,
      ).all(today, today),
  };
}
