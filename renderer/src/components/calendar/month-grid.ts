import { addDays, monthEnd, monthStart, weekdayOf } from '../../../../electron/shared/dates';

/** Weekdays as columns, Monday first, as calendars in China print them (0 is Sunday). */
export const WEEK: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

/** The weeks of the month of `day`: rows of seven dates, null before the 1st and after the last. */
export function monthWeeks(day: string): (string | null)[][] {
  const first = monthStart(day);
  const last = monthEnd(day);
  const lead = WEEK.indexOf(weekdayOf(first));
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = first; d <= last; d = addDays(d, 1)) cells.push(d);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month of `day` (its first day) kept within the months of `min` and `max`. */
export function clampMonth(day: string, min?: string, max?: string): string {
  const month = monthStart(day);
  if (min && month < monthStart(min)) return monthStart(min);
  if (max && month > monthStart(max)) return monthStart(max);
  return month;
}
