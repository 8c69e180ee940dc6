import type { Migration } from '../../../db/migrations';

/**
 * Wrong-PIN counts and locks per account and scope: `screen` (the hub's own screen) and `lan`
 * (devices on the network), so a device on the LAN cannot lock staff out of the hub's screen.
 * `locks` counts the locks since the last right PIN: each lasts twice as long as the one before.
 * The counts move here from `staff`, into both scopes.
 */
export const m001PinLocks: Migration = {
  version: 1,
  name: 'pin-locks',
  up(db) {
    db.exec(`
      CREATE TABLE pin_locks (
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        scope TEXT NOT NULL CHECK (scope IN ('screen', 'lan')),
        failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locks INTEGER NOT NULL DEFAULT 0 CHECK (locks >= 0),
        locked_until TEXT,
        PRIMARY KEY (staff_id, scope)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO pin_locks (staff_id, scope, failures, locks, locked_until)
        SELECT staff.id, scopes.scope, staff.failed_pins,
               CASE WHEN staff.locked_until IS NULL THEN 0 ELSE 1 END, staff.locked_until
        FROM staff, (SELECT 'screen' AS scope UNION ALL SELECT 'lan') AS scopes
        WHERE staff.failed_pins > 0 OR staff.locked_until IS NOT NULL;

      ALTER TABLE staff DROP COLUMN failed_pins;
      ALTER TABLE staff DROP COLUMN locked_until;
    `);
  },
};
