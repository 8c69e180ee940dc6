import type { Migration } from '../../../db/migrations';

/**
 * Closed days are the centre's calendar's now (platform/calendar): its step 1, which runs before
 * the library's steps, copied every row of `closed_days`. The table goes only when that is so: a
 * missing row stops the upgrade (all of it, in one transaction) rather than lose a closed day.
 */
export const m004ClosedDaysToCalendar: Migration = {
  version: 4,
  name: 'library-closed-days-to-calendar',
  up(db) {
    const missing = db
      .prepare(
        `SELECT count(*) FROM closed_days c
         WHERE NOT EXISTS (SELECT 1 FROM calendar_days d WHERE d.date = c.date AND d.status = 'closed')`,
      )
      .pluck()
      .get() as number;
    if (missing > 0) throw new Error(`${missing} closed days are not in the calendar; not dropping them`);
    db.exec('DROP TABLE closed_days');
  },
};
