import { addDays, weekdayOf } from '../../../../../electron/shared/dates';

// The calendar library draws JavaScript Dates in the browser's own time zone. Its Dates here are
// the centre's wall times read as local ones ("14:30" at the centre is 14:30 on the grid), so the
// grid shows what a secretary says on the phone wherever the browser thinks it is.

/** A wall time `YYYY-MM-DDTHH:mm` as a local Date with the same fields. */
export function dateOfWall(wall: string): Date {
  const [d = '', t = '00:00'] = wall.split('T');
  const [y = 0, m = 1, day = 1] = d.split('-').map(Number);
  const [h = 0, min = 0] = t.split(':').map(Number);
  return new Date(y, m - 1, day, h, min);
}

const two = (n: number) => String(n).padStart(2, '0');

/** A local Date back as the wall time it stands for. */
export function wallOfDate(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

export type CalView = 'day' | 'week' | 'month';

/**
 * The days a view may show around `date` (`from` included, `to` not): a week from the Sunday
 * before its Monday (a week begins on Monday in Chinese, on Sunday in English), a month's grid of
 * six such weeks.
 */
export function rangeOf(view: CalView, date: string): { from: string; to: string } {
  const monday = (d: string) => addDays(d, -((weekdayOf(d) + 6) % 7));
  if (view === 'day') return { from: date, to: addDays(date, 1) };
  const first = monday(view === 'week' ? date : `${date.slice(0, 7)}-01`);
  return { from: addDays(first, -1), to: addDays(first, view === 'week' ? 7 : 42) };
}
