/** A local calendar date, YYYY-MM-DD (the API's dates are local to the centre, not UTC). */
export function localDate(date: Date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * A YYYY-MM-DD date in the user's language (`short` for table columns); read as UTC so no time
 * zone can move it a day.
 */
export function formatDay(day: string, language: string, style: 'medium' | 'short' = 'medium'): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
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

/** The first day of the month `offset` months from the month of `day`. */
export function monthStart(day: string, offset = 0): string {
  const [y = 1970, m = 1] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + offset, 1));
  return date.toISOString().slice(0, 10);
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
  const [y = 1970, m = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
