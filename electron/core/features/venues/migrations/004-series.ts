import type { Migration } from '../../../db/migrations';

/**
 * Recurring bookings (每月第一个周五 主题党日): the series keeps its rule and the dates it skipped
 * (taken, closed, outside the room's hours) with the reason; each date held is a booking of its
 * own, with its own reference number, state and record, pointing back at its series.
 */
export const m004Series: Migration = {
  version: 4,
  name: 'series',
  up(db) {
    db.exec(`
      CREATE TABLE booking_series (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL CHECK (length(rule) BETWEEN 1 AND 200),
        skipped TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(skipped)),
        created_at TEXT NOT NULL
      ) STRICT;
      ALTER TABLE bookings ADD COLUMN series_id INTEGER REFERENCES booking_series (id);
      CREATE INDEX bookings_series ON bookings (series_id, start_min) WHERE series_id IS NOT NULL;
    `);
  },
};
