import type { Migration } from '../../db/migrations';
import { uuidv7 } from '../../db/uuid';

/**
 * Writes become declared (the dispatcher stores request results and writes audit entries), so:
 * one request table for every area; the area of each audit entry, which names the namespace of its
 * label; and a UUIDv7 `uid` on visits, the rows a district will count.
 */
export const m002RequestsAuditAreaUids: Migration = {
  version: 2,
  name: 'requests-audit-area-uids',
  up(db) {
    db.function('hongyi_uuid7', { varargs: false, deterministic: false }, () => uuidv7());
    db.exec(`
      CREATE TABLE requests (
        request_id TEXT PRIMARY KEY,
        method TEXT NOT NULL,
        input TEXT NOT NULL,
        result TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX requests_at ON requests (at);

      ALTER TABLE audit_log ADD COLUMN area TEXT NOT NULL DEFAULT 'platform';
      UPDATE audit_log SET area = 'library'
        WHERE action NOT LIKE 'settings.%' AND action NOT LIKE 'staff.%' AND action NOT LIKE 'auth.%'
          AND action NOT LIKE 'backups.%' AND action NOT LIKE 'kiosk.%' AND action NOT LIKE 'setup.%';

      ALTER TABLE visits ADD COLUMN uid TEXT;
      UPDATE visits SET uid = hongyi_uuid7();
      CREATE UNIQUE INDEX visits_uid ON visits (uid);
      CREATE TRIGGER visits_uid_required BEFORE INSERT ON visits WHEN NEW.uid IS NULL
      BEGIN SELECT RAISE(ABORT, 'visits.uid is required'); END;
    `);
  },
};
