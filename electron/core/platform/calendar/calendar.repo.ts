import type { DayStatus } from '../../../shared/calendar.api';
import { repo } from '../../db/repo';

export interface OverrideRow {
  date: string;
  status: DayStatus;
  reason: string | null;
}

/** What staff set for single days, and the weekdays the centre is closed every week. */
export const calendarRepo = repo(
  (db) => ({
    override: (date: string) =>
      db
        .prepare<[string], OverrideRow>('SELECT date, status, reason FROM calendar_days WHERE date = ?')
        .get(date),
    overrides: (from: string, to: string) =>
      db
        .prepare<[string, string], OverrideRow>(
          'SELECT date, status, reason FROM calendar_days WHERE date BETWEEN ? AND ? ORDER BY date',
        )
        .all(from, to),
    closedWeekdays: () =>
      db.prepare<[], number>('SELECT weekday FROM calendar_weekly_closed ORDER BY weekday').pluck().all(),
  }),
  (db) => ({
    setOverride(date: string, status: DayStatus, reason: string | null): void {
      db.prepare(
        `INSERT INTO calendar_days (date, status, reason) VALUES (?, ?, ?)
         ON CONFLICT (date) DO UPDATE SET status = excluded.status, reason = excluded.reason`,
      ).run(date, status, reason);
    },
    removeOverride(date: string): void {
      db.prepare('DELETE FROM calendar_days WHERE date = ?').run(date);
    },
    setClosedWeekdays(weekdays: readonly number[]): void {
      db.prepare('DELETE FROM calendar_weekly_closed').run();
      const add = db.prepare('INSERT INTO calendar_weekly_closed (weekday) VALUES (?)');
      for (const w of weekdays) add.run(w);
    },
  }),
);
