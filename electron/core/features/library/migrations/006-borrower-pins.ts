import type { Migration } from '../../../db/migrations';

/**
 * Borrowers may have a self-service PIN: its scrypt hash and, beside it, the count of wrong PINs in
 * a row and the lock they led to (as staff PINs' `pin_locks`). A borrower without a PIN has no row.
 * A centre that had switched self-service on before PINs existed keeps working as it did: the new
 * setting `library.selfServicePin` (on by default) is written off for it; the admin may turn it on.
 */
export const m006BorrowerPins: Migration = {
  version: 6,
  name: 'borrower-pins',
  up(db) {
    db.exec(`
      CREATE TABLE borrower_pins (
        borrower_id INTEGER PRIMARY KEY REFERENCES borrowers (id) ON DELETE CASCADE,
        pin_hash TEXT NOT NULL CHECK (pin_hash LIKE 'scrypt$%'),
        failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locks INTEGER NOT NULL DEFAULT 0 CHECK (locks >= 0),
        locked_until TEXT,
        set_at TEXT NOT NULL
      ) STRICT;
      INSERT OR IGNORE INTO settings (key, value)
        SELECT 'library.selfServicePin', 'false'
        WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'library.selfService' AND value = 'true');
    `);
  },
};
