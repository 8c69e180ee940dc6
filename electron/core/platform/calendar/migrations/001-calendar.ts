import type { Migration } from '../../../db/migrations';

/**
 * The centre's own calendar: what staff set for a day, above China's statutory schedule (which
 * comes with the app, see statutory.ts), and the weekdays it is closed every week.
 *
 * Closed days used to be the reading room's (`closed_days`, library step 1). A database from then
 * brings them here: the calendar's steps run before the library's, and the library's step 3 drops
 * its table only once every row is here.
 */
export const m001Calendar: Migration = {
  version: 1,
  name: 'calendar',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_days (
        date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        status TEXT NOT NULL CHECK (status IN ('closed', 'open')),
        reason TEXT
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE calendar_weekly_closed (
        weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 0 AND 6)
      ) STRICT;
    `);
    const legacy = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'closed_days'")
      .get();
    if (legacy) {
      db.exec(`
        INSERT INTO calendar_days (date, status, reason)
        SELECT date, 'closed', nullif(trim(reason), '') FROM closed_days
      `);
    }
  },
};
