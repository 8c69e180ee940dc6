import type { Migration } from '../../db/migrations';

export const m001Platform: Migration = {
  version: 1,
  name: 'platform',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        staff_no TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        pin_hash TEXT,
        failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
        locked_until TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at DESC);

      -- An anonymous kiosk session, first touch to reset: nothing personal.
      CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        language TEXT NOT NULL,
        areas TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX visits_started_at ON visits (started_at);

      CREATE TABLE client_errors (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        message TEXT NOT NULL,
        stack TEXT,
        route TEXT
      ) STRICT;
    `);
  },
};
