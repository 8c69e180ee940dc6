import type { Migration } from '../../../db/migrations';

/**
 * 3D models (`model`, binary glTF) in the store. SQLite cannot change a CHECK constraint, so the
 * table is made again with the new kind and its rows copied, ids and all (no table refers to
 * `media` by a foreign key: features hold its sha256).
 */
export const m002MediaModels: Migration = {
  version: 2,
  name: 'media-models',
  up(db) {
    db.exec(`
      CREATE TABLE media_next (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'model')),
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        width INTEGER CHECK (width > 0),
        height INTEGER CHECK (height > 0),
        duration_s REAL CHECK (duration_s >= 0),
        variants TEXT NOT NULL DEFAULT '[]',
        name TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      INSERT INTO media_next SELECT * FROM media;
      DROP TABLE media;
      ALTER TABLE media_next RENAME TO media;
      CREATE INDEX media_created ON media (created_at DESC, id DESC);
      CREATE INDEX media_kind_created ON media (kind, created_at DESC, id DESC);
    `);
  },
};
