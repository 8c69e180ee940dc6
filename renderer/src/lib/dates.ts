import { localDate } from '../../../electron/shared/dates';

/** Today at the centre, YYYY-MM-DD. */
export function today(): string {
  return localDate(new Date());
}

function utc(day: string): Date | null {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A YYYY-MM-DD date in the user's language (`short` for table columns); read as UTC so no time
 * zone can move it a day.
 */
export function formatDay(
  day: string,
  language: string,
  style: 'full' | 'long' | 'medium' | 'short' = 'medium',
): string {
  const date = utc(day);
  if (!date) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** `2024-03` as "Mar 2024" / "2024年3月". */
export function formatMonth(month: string, language: string, style: 'short' | 'long' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The name of a weekday (0 for Sunday) in the user's language: "周一" / "Mon", or "星期一" / "Monday". */
export function weekdayName(weekday: number, language: string, style: 'short' | 'long' = 'short'): string {
  // 2023-01-01 was a Sunday.
  return new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + weekday)),
  );
}
