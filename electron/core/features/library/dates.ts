/**
 * Calendar dates of the library (due dates, closed days, hold deadlines) are local dates, YYYY-MM-DD:
 * a book is due on a day at the centre, whatever the clock's time zone says about UTC.
 */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Noon avoids a daylight-saving change turning one day into two or none. */
const toNoon = (date: string) => new Date(`${date}T12:00:00`);

export function addDays(date: string, days: number): string {
  const d = toNoon(date);
  d.setDate(d.getDate() + days);
  return localDate(d);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toNoon(b).getTime() - toNoon(a).getTime()) / 86_400_000);
}

/** The first day on or after `date` that is not closed (a due date never falls on a closed day). */
export function rollForward(date: string, isClosed: (date: string) => boolean): string {
  let d = date;
  // A centre closed for more than a year is a data error; stop rather than loop.
  for (let i = 0; i < 400 && isClosed(d); i++) d = addDays(d, 1);
  return d;
}
