import type { MediaInfo, MediaKind, MediaVariant } from '../../../shared/media.types';
import type { Db } from '../../db/database';

export interface MediaRow {
  id: number;
  uid: string;
  sha256: string;
  kind: MediaKind;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  duration_s: number | null;
  variants: string;
  name: string | null;
  created_at: string;
  created_by: string;
}

/** What an import hands over to be recorded. */
export interface NewMedia {
  uid: string;
  sha256: string;
  kind: MediaKind;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationS: number | null;
  variants: MediaVariant[];
  name: string | null;
  createdAt: string;
  createdBy: string;
}

export function toMediaInfo(r: MediaRow): MediaInfo {
  return {
    id: r.sha256,
    kind: r.kind,
    type: r.mime,
    bytes: r.bytes,
    ...(r.width === null ? {} : { width: r.width }),
    ...(r.height === null ? {} : { height: r.height }),
    ...(r.duration_s === null ? {} : { durationS: r.duration_s }),
    variants: JSON.parse(r.variants) as MediaVariant[],
  };
}

export function mediaRepo(db: Db) {
  return {
    bySha(sha256: string): MediaRow | undefined {
      return db.prepare<[string], MediaRow>('SELECT * FROM media WHERE sha256 = ?').get(sha256);
    },

    insert(m: NewMedia): void {
      db.prepare(
        `INSERT INTO media (uid, sha256, kind, mime, bytes, width, height, duration_s, variants, name,
                            created_at, created_by)
         VALUES (@uid, @sha256, @kind, @mime, @bytes, @width, @height, @durationS, @variants, @name,
                 @createdAt, @createdBy)`,
      ).run({ ...m, variants: JSON.stringify(m.variants) });
    },

    /** Newest first. */
    page(kind: MediaKind | undefined, offset: number, limit: number): { rows: MediaRow[]; total: number } {
      const where = kind ? 'WHERE kind = @kind' : '';
      const rows = db
        .prepare<{ kind: string | null; offset: number; limit: number }, MediaRow>(
          `SELECT * FROM media ${where} ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset`,
        )
        .all({ kind: kind ?? null, offset, limit });
      const total = db
        .prepare<{ kind: string | null }, number>(`SELECT count(*) FROM media ${where}`)
        .pluck()
        .get({ kind: kind ?? null });
      return { rows, total: total ?? 0 };
    },

    delete(sha256: string): boolean {
      return db.prepare('DELETE FROM media WHERE sha256 = ?').run(sha256).changes > 0;
    },
  };
}
