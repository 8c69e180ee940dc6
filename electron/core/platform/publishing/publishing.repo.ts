import type { PublishingState, StaffRef } from '../../../shared/publishing.types';
import type { ReadDb, WriteDb } from '../../db/database';
import { repo } from '../../db/repo';

export interface ItemRow {
  id: number;
  uid: string;
  kind: string;
  content_id: number;
  state: PublishingState;
  live_version_id: number | null;
  created_at: string;
  updated_at: string;
}

export type VersionStatus = 'in_review' | 'returned' | 'withdrawn' | 'approved';

export interface VersionRow {
  id: number;
  uid: string;
  item_id: number;
  kind: string;
  content_id: number;
  status: VersionStatus;
  version: number | null;
  title: string;
  payload: string;
  submitted_by: number | null;
  submitted_at: string;
  decided_by: number | null;
  decided_at: string | null;
  reason: string | null;
}

/** A version with the names of who submitted and decided (null: the system). */
export interface VersionView extends VersionRow {
  submitter: StaffRef | null;
  decider: StaffRef | null;
}

interface WithNames extends VersionRow {
  s_no: string | null;
  s_name: string | null;
  d_no: string | null;
  d_name: string | null;
}

const ref = (id: number | null, staffNo: string | null, name: string | null): StaffRef | null =>
  id === null || staffNo === null || name === null ? null : { id, staffNo, name };

function toView(r: WithNames): VersionView {
  const { s_no, s_name, d_no, d_name, ...row } = r;
  return { ...row, submitter: ref(r.submitted_by, s_no, s_name), decider: ref(r.decided_by, d_no, d_name) };
}

/** A live version as visitors' reads take it. */
export interface LiveRow {
  content_id: number;
  version_id: number;
  version: number;
  payload: string;
}

const VIEW = `SELECT v.*, s.staff_no AS s_no, s.name AS s_name, d.staff_no AS d_no, d.name AS d_name
  FROM published_versions v
  LEFT JOIN staff s ON s.id = v.submitted_by
  LEFT JOIN staff d ON d.id = v.decided_by`;

const reads = (db: ReadDb) => ({
  item: (kind: string, contentId: number) =>
    db
      .prepare<[string, number], ItemRow>('SELECT * FROM publishing_items WHERE kind = ? AND content_id = ?')
      .get(kind, contentId),
  itemById: (id: number) =>
    db.prepare<[number], ItemRow>('SELECT * FROM publishing_items WHERE id = ?').get(id),
  items: (kind: string) =>
    db.prepare<[string], ItemRow>('SELECT * FROM publishing_items WHERE kind = ?').all(kind),

  version: (id: number) => db.prepare<[number], WithNames>(`${VIEW} WHERE v.id = ?`).all(id).map(toView)[0],
  /** The newest submission of an item, whatever became of it. */
  latest: (itemId: number) =>
    db
      .prepare<[number], WithNames>(`${VIEW} WHERE v.item_id = ? ORDER BY v.id DESC LIMIT 1`)
      .all(itemId)
      .map(toView)[0],
  waiting: (itemId: number) =>
    db
      .prepare<[number], WithNames>(`${VIEW} WHERE v.item_id = ? AND v.status = 'in_review'`)
      .all(itemId)
      .map(toView)[0],
  approved: (itemId: number) =>
    db
      .prepare<[number], WithNames>(
        `${VIEW} WHERE v.item_id = ? AND v.status = 'approved' ORDER BY v.version DESC`,
      )
      .all(itemId)
      .map(toView),
  approvedNumber: (itemId: number, version: number) =>
    db
      .prepare<[number, number], VersionRow>(
        "SELECT * FROM published_versions WHERE item_id = ? AND version = ? AND status = 'approved'",
      )
      .get(itemId, version),
  payloadOf: (versionId: number) =>
    db
      .prepare<[number], string>('SELECT payload FROM published_versions WHERE id = ?')
      .pluck()
      .get(versionId),
  nextNumber: (itemId: number) =>
    db
      .prepare<[number], number>(
        'SELECT coalesce(max(version), 0) + 1 FROM published_versions WHERE item_id = ?',
      )
      .pluck()
      .get(itemId) ?? 1,

  queue(offset: number, limit: number): { rows: VersionView[]; total: number } {
    const rows = db
      .prepare<[number, number], WithNames>(
        `${VIEW} WHERE v.status = 'in_review' ORDER BY v.submitted_at, v.id LIMIT ? OFFSET ?`,
      )
      .all(limit, offset)
      .map(toView);
    const total =
      db
        .prepare<[], number>("SELECT count(*) FROM published_versions WHERE status = 'in_review'")
        .pluck()
        .get() ?? 0;
    return { rows, total };
  },

  /** What visitors may see of a kind: the live version of every item not archived. */
  live: (kind: string) =>
    db
      .prepare<[string], LiveRow>(
        `SELECT i.content_id, v.id AS version_id, v.version, v.payload FROM publishing_items i
           JOIN published_versions v ON v.id = i.live_version_id
           WHERE i.kind = ? AND i.state <> 'archived'`,
      )
      .all(kind),
  /** The payloads a kind may still show: every approved version (rollback) and every waiting one. */
  kept: (kind: string) =>
    db
      .prepare<[string], string>(
        "SELECT payload FROM published_versions WHERE kind = ? AND status IN ('approved', 'in_review')",
      )
      .pluck()
      .all(kind),
  liveOne: (kind: string, contentId: number) =>
    db
      .prepare<[string, number], LiveRow>(
        `SELECT i.content_id, v.id AS version_id, v.version, v.payload FROM publishing_items i
           JOIN published_versions v ON v.id = i.live_version_id
           WHERE i.kind = ? AND i.content_id = ? AND i.state <> 'archived'`,
      )
      .get(kind, contentId),
});

const writes = (db: WriteDb) => ({
  insertItem(i: { uid: string; kind: string; contentId: number; at: string }): number {
    return Number(
      db
        .prepare(
          `INSERT INTO publishing_items (uid, kind, content_id, state, created_at, updated_at)
             VALUES (?, ?, ?, 'draft', ?, ?)`,
        )
        .run(i.uid, i.kind, i.contentId, i.at, i.at).lastInsertRowid,
    );
  },
  setItem(id: number, i: { state: PublishingState; liveVersionId: number | null; at: string }): void {
    db.prepare('UPDATE publishing_items SET state = ?, live_version_id = ?, updated_at = ? WHERE id = ?').run(
      i.state,
      i.liveVersionId,
      i.at,
      id,
    );
  },
  insertVersion(v: {
    uid: string;
    item: ItemRow;
    title: string;
    payload: string;
    submittedBy: number | null;
    at: string;
  }): number {
    return Number(
      db
        .prepare(
          `INSERT INTO published_versions
               (uid, item_id, kind, content_id, status, title, payload, submitted_by, submitted_at)
             VALUES (?, ?, ?, ?, 'in_review', ?, ?, ?, ?)`,
        )
        .run(v.uid, v.item.id, v.item.kind, v.item.content_id, v.title, v.payload, v.submittedBy, v.at)
        .lastInsertRowid,
    );
  },
  decide(
    id: number,
    d: {
      status: Exclude<VersionStatus, 'in_review'>;
      by: number | null;
      at: string;
      reason?: string;
      version?: number;
    },
  ): void {
    db.prepare(
      'UPDATE published_versions SET status = ?, decided_by = ?, decided_at = ?, reason = ?, version = ? WHERE id = ?',
    ).run(d.status, d.by, d.at, d.reason ?? null, d.version ?? null, id);
  },
});

/** Publishing's tables: reads on any handle, the steps' writes only on a writable one. */
export const publishingRepo = repo(reads, writes);
