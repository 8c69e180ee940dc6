// No zod here: the renderer uses these too.

/**
 * Calendar dates (due dates, closed days, holidays, bookings) are local dates, YYYY-MM-DD: a book
 * is due on a day at the centre, whatever the clock's time zone says about UTC.
 */
export function localDate(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isLocalDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Read as UTC, where no daylight-saving change can turn one day into two or none. */
function utc(date: string): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return ymd(d);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/** 0 for Sunday … 6 for Saturday, as `Date.getDay`. */
export function weekdayOf(date: string): number {
  return utc(date).getUTCDay();
}

/** The first day of the month `offset` months from the month of `day`. */
export function monthStart(day: string, offset = 0): string {
  const [y = 1970, m = 1] = day.split('-').map(Number);
  return ymd(new Date(Date.UTC(y, m - 1 + offset, 1)));
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
  const [y = 1970, m = 1] = day.split('-').map(Number);
  return ymd(new Date(Date.UTC(y, m, 0)));
}
