import type { Migration } from '../../../db/migrations';

/**
 * Review before publish. One item per piece of content (its state and the version visitors see);
 * one row per submission, kept whatever became of it, with a version number once approved.
 * Areas' own migrations may write here (library 005 publishes the reading lists of older data
 * folders): later steps of this feature add columns with defaults so such inserts stay valid.
 */
export const m001Publishing: Migration = {
  version: 1,
  name: 'publishing',
  up(db) {
    db.exec(`
      CREATE TABLE publishing_items (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        content_id INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft', 'in_review', 'published', 'archived')),
        live_version_id INTEGER REFERENCES published_versions (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (kind, content_id)
      ) STRICT;

      CREATE TABLE published_versions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        item_id INTEGER NOT NULL REFERENCES publishing_items (id),
        kind TEXT NOT NULL,
        content_id INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('in_review', 'returned', 'withdrawn', 'approved')),
        version INTEGER CHECK (version > 0),
        title TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        submitted_by INTEGER REFERENCES staff (id),
        submitted_at TEXT NOT NULL,
        decided_by INTEGER REFERENCES staff (id),
        decided_at TEXT,
        reason TEXT,
        UNIQUE (item_id, version),
        CHECK ((status = 'approved') = (version IS NOT NULL)),
        CHECK (status = 'in_review' OR decided_at IS NOT NULL),
        CHECK (status <> 'returned' OR length(trim(reason)) > 0),
        -- Nobody decides on their own submission: the service refuses it, the schema too.
        CHECK (status NOT IN ('approved', 'returned') OR decided_by IS NULL OR submitted_by IS NULL
               OR decided_by <> submitted_by)
      ) STRICT;
      -- At most one submission waits per item.
      CREATE UNIQUE INDEX published_versions_waiting ON published_versions (item_id)
        WHERE status = 'in_review';
      CREATE INDEX published_versions_queue ON published_versions (submitted_at, id)
        WHERE status = 'in_review';
      CREATE INDEX published_versions_item ON published_versions (item_id, id);

      -- Visitors only ever see an approved version of the same item.
      CREATE TRIGGER publishing_items_live_approved
      BEFORE UPDATE OF live_version_id ON publishing_items
      WHEN NEW.live_version_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM published_versions v
        WHERE v.id = NEW.live_version_id AND v.item_id = NEW.id AND v.status = 'approved')
      BEGIN
        SELECT RAISE(ABORT, 'live version must be an approved version of the item');
      END;
    `);
  },
};
