import type { Migration } from '../../../db/migrations';

/**
 * Screens paired with the hub over the LAN. Only a hash of the device's token is kept: a copied
 * database (a backup on a lost USB stick) pairs no one. A revoked device keeps its row, so the
 * audit log still names it.
 */
export const m001Devices: Migration = {
  version: 1,
  name: 'devices',
  up(db) {
    db.exec(`
      CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        purpose TEXT NOT NULL CHECK (purpose IN ('kiosk', 'desk')),
        token_hash TEXT NOT NULL UNIQUE,
        paired_at TEXT NOT NULL,
        paired_by TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
    `);
  },
};
