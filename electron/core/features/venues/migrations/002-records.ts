import type { Migration } from '../../../db/migrations';

/**
 * The event record (活动台账) venue staff keep after an event: how many came, what it was, and for
 * 三会一课 the topic and who was absent. One per booking.
 */
export const m002Records: Migration = {
  version: 2,
  name: 'records',
  up(db) {
    db.exec(`
      CREATE TABLE booking_records (
        booking_id INTEGER PRIMARY KEY REFERENCES bookings (id),
        attendance INTEGER NOT NULL CHECK (attendance >= 0),
        summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
        topic TEXT CHECK (topic IS NULL OR length(topic) BETWEEN 1 AND 100),
        absent TEXT CHECK (absent IS NULL OR length(absent) BETWEEN 1 AND 300),
        recorded_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
