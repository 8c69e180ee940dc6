import { addDays } from '../../../shared/dates';
import type { WriteDb } from '../../db/database';
import { calendarRepo } from './calendar.repo';
import { statutoryYears } from './statutory';

/**
 * The demo centre's own closed days for a year the schedule in this build does not cover yet:
 * 2027's statutory days (the law fixes them; the schedule with its 调休 workdays comes each
 * November), closed by hand as a librarian would. Skipped for a year a newer schedule covers.
 */
const DEMO_CLOSED: readonly (readonly [from: string, to: string, reason: string])[] = [
  ['2027-01-01', '2027-01-01', '元旦'],
  ['2027-02-05', '2027-02-08', '春节'],
  ['2027-04-05', '2027-04-05', '清明节'],
  ['2027-05-01', '2027-05-02', '劳动节'],
  ['2027-06-09', '2027-06-09', '端午节'],
  ['2027-09-15', '2027-09-15', '中秋节'],
  ['2027-10-01', '2027-10-03', '国庆节'],
];

export function seedCalendar(db: WriteDb): void {
  const repo = calendarRepo(db);
  const covered = statutoryYears().last;
  for (const [from, to, reason] of DEMO_CLOSED) {
    if (Number(from.slice(0, 4)) <= covered) continue;
    for (let d = from; d <= to; d = addDays(d, 1)) repo.setOverride(d, 'closed', reason);
  }
}
