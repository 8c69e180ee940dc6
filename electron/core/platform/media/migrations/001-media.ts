import type { Migration } from '../../../db/migrations';

export const m001Media: Migration = {
  version: 1,
  name: 'media',
  up(db) {
    db.exec(`
      -- One stored file under <data>/media/<sha256>/: the original as uploaded and its variants.
      CREATE TABLE media (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'audio')),
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
      CREATE INDEX media_created ON media (created_at DESC, id DESC);
      CREATE INDEX media_kind_created ON media (kind, created_at DESC, id DESC);
    `);
  },
};
