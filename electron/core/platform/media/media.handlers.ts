import fs from 'node:fs';
import type { MediaEntry, MediaUse } from '../../../shared/media.types';
import type { Ctx, Feature, Handlers } from '../../context';
import type { Db } from '../../db/database';
import { afterLongWrites } from '../../db/long-write';
import { DomainError } from '../../errors';
import { cleanName, importMedia, mediaLimits } from './media-import';
import { mediaRepo, toMediaInfo, type MediaRow } from './media.repo';

/** Every use of stored files that the features declare, by media id. */
export function mediaUses(features: readonly Feature[], db: Db): Map<string, MediaUse[]> {
  const uses = new Map<string, MediaUse[]>();
  for (const f of features) {
    for (const ref of f.mediaRefs?.(db) ?? []) {
      const list = uses.get(ref.media) ?? [];
      list.push({ area: f.id, kind: ref.kind, label: ref.label });
      uses.set(ref.media, list);
    }
  }
  return uses;
}

function entryOf(row: MediaRow, uses: Map<string, MediaUse[]>): MediaEntry {
  return {
    ...toMediaInfo(row),
    name: row.name,
    createdAt: row.created_at,
    createdBy: row.created_by,
    usedBy: uses.get(row.sha256) ?? [],
  };
}

function mustMedia(db: Db, id: string): MediaRow {
  const row = mediaRepo(db).bySha(id);
  if (!row) throw new DomainError('not_found', 'No such file', { what: 'media' });
  return row;
}

function staffOf(ctx: Ctx) {
  if (!ctx.staff) throw new DomainError('unauthenticated', 'Sign in first');
  return ctx.staff;
}

export const mediaHandlers: Pick<Handlers, 'media.list' | 'media.get' | 'media.delete' | 'media.importFile'> =
  {
    'media.list': ({ kind, offset, limit }, ctx) => {
      const { rows, total } = mediaRepo(ctx.db).page(kind, offset, limit);
      const uses = mediaUses(ctx.app.features, ctx.db);
      return { rows: rows.map((r) => entryOf(r, uses)), total, offset, limit };
    },

    'media.get': ({ id }, ctx) => entryOf(mustMedia(ctx.db, id), mediaUses(ctx.app.features, ctx.db)),

    'media.delete': ({ id }, ctx) => {
      const row = mustMedia(ctx.db, id);
      const usedBy = mediaUses(ctx.app.features, ctx.db).get(id) ?? [];
      if (usedBy.length > 0) {
        throw new DomainError('media_in_use', `The file is used by ${usedBy.length}`, {
          usedBy: usedBy.map((u) => u.label).join('、'),
          count: usedBy.length,
        });
      }
      mediaRepo(ctx.db).delete(id);
      ctx.audit({ entity: 'media', entityId: id, before: toMediaInfo(row) });
      // After the commit: the backups keep their own links to the files.
      ctx.afterCommit(() => ctx.app.media.remove(id));
      return { deleted: id };
    },

    'media.importFile': async ({ kinds }, ctx) => {
      const choose = ctx.app.shell.chooseFile;
      if (!choose) throw new DomainError('not_kiosk', 'No file dialog here: upload with POST /api/media');
      const file = await choose(kinds);
      if (file === null) return null;
      const { size } = await fs.promises.stat(file);
      const source = fs.createReadStream(file);
      try {
        return await importMedia(
          {
            store: ctx.app.media,
            staff: staffOf(ctx),
            now: ctx.now,
            limits: mediaLimits(ctx.db),
            // Not a declared write: the file streams in first. A method call already holds off a
            // restore until it returns, so the writable handle stays open for the commit.
            commit: (fn) => {
              const db = ctx.app.writableDb();
              return afterLongWrites(db, () => db.transaction(() => fn(db))());
            },
          },
          source,
          { declaredBytes: size, name: cleanName(file), accept: kinds },
        );
      } finally {
        source.destroy();
      }
    },
  };
