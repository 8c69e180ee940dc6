import type { CalendarDay, CalendarRange, DayChoice, StatutoryDay } from '../../../shared/calendar.api';
import { addDays, weekdayOf } from '../../../shared/dates';
import type { ReadDb, WriteDb } from '../../db/database';
import { calendarRepo, type OverrideRow } from './calendar.repo';
import { statutoryDay, statutoryYears } from './statutory';

/**
 * The centre's calendar, for every area: lending rolls due dates onto open days with it, venue
 * booking will offer only open days. A day is, first to last:
 *   1. what staff set for it (closed with a reason, or open);
 *   2. closed on a statutory holiday;
 *   3. open on a 调休 workday (a weekend day worked instead), even on a weekday closed every week;
 *   4. closed on a weekday the centre closes every week;
 *   5. open.
 */
function openByDefault(statutory: StatutoryDay | null, weeklyClosed: boolean): boolean {
  if (statutory?.kind === 'holiday') return false;
  if (statutory?.kind === 'workday') return true;
  return !weeklyClosed;
}

function build(date: string, closedWeekdays: readonly number[], row: OverrideRow | undefined): CalendarDay {
  const weekday = weekdayOf(date);
  const statutory = statutoryDay(date);
  const weeklyClosed = closedWeekdays.includes(weekday);
  const override = row ? { status: row.status, reason: row.reason } : null;
  const open = override ? override.status === 'open' : openByDefault(statutory, weeklyClosed);
  return { date, weekday, open, statutory, weeklyClosed, override };
}

export function dayOf(db: ReadDb, date: string): CalendarDay {
  const repo = calendarRepo(db);
  return build(date, repo.closedWeekdays(), repo.override(date));
}

export function isOpen(db: ReadDb, date: string): boolean {
  return dayOf(db, date).open;
}

/** A centre closed for more than a year is a data error: look no further, and stop there. */
const LOOK_AHEAD = 400;

/** The first open day on or after `date` (a due date never falls on a closed day). */
export function nextOpenDay(db: ReadDb, date: string): string {
  const repo = calendarRepo(db);
  const weekly = repo.closedWeekdays();
  const rows = new Map(repo.overrides(date, addDays(date, LOOK_AHEAD)).map((r) => [r.date, r]));
  let d = date;
  for (let i = 0; i < LOOK_AHEAD && !build(d, weekly, rows.get(d)).open; i++) d = addDays(d, 1);
  return d;
}

export function daysIn(db: ReadDb, from: string, to: string): CalendarRange {
  const repo = calendarRepo(db);
  const closedWeekdays = repo.closedWeekdays();
  const rows = new Map(repo.overrides(from, to).map((r) => [r.date, r]));
  const days: CalendarDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(build(d, closedWeekdays, rows.get(d)));
  return { days, closedWeekdays, statutoryYears: statutoryYears() };
}

/**
 * Sets what staff decided for a day. Opening a day that is open anyway keeps no decision, so the
 * day follows the schedule again if it changes; closing always keeps one, with its reason.
 */
export function setDay(db: WriteDb, date: string, choice: DayChoice, reason: string | null): CalendarDay {
  const repo = calendarRepo(db);
  const plain = build(date, repo.closedWeekdays(), undefined);
  if (choice === 'default' || (choice === 'open' && plain.open)) repo.removeOverride(date);
  else repo.setOverride(date, choice, reason);
  return dayOf(db, date);
}

export function setClosedWeekdays(db: WriteDb, weekdays: readonly number[]): number[] {
  const repo = calendarRepo(db);
  repo.setClosedWeekdays([...weekdays].sort((a, b) => a - b));
  return repo.closedWeekdays();
}
