import { weekdayOf } from '../../../../../electron/shared/dates';
import { MAX_OCCURRENCES } from '../../../../../electron/shared/venues.types';

/** How the desk repeats a booking: the patterns branches keep (每周, 每两周, 每月第几个周几). */
export const REPEATS = ['none', 'weekly', 'fortnightly', 'monthly'] as const;
export type Repeat = (typeof REPEATS)[number];

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * Which of the month's weekdays `date` is: 1 for the first … 4 for the fourth, -1 for the last
 * (a fifth Friday is the last one, which every month has).
 */
export function nthWeekday(date: string): number {
  const day = Number(date.slice(8, 10));
  const nth = Math.ceil(day / 7);
  return nth === 5 ? -1 : nth;
}

/** The RRULE for `repeat` from `date`, `count` dates in all; null for a single booking. */
export function repeatRule(repeat: Repeat, date: string, count: number): string | null {
  const byDay = DAYS[weekdayOf(date)] ?? 'MO';
  switch (repeat) {
    case 'none':
      return null;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${byDay};COUNT=${count}`;
    case 'fortnightly':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${byDay};COUNT=${count}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${nthWeekday(date)}${byDay};COUNT=${count}`;
  }
}

/** A count typed at the desk: a whole number from 2 to {@link MAX_OCCURRENCES}, or null. */
export function repeatCount(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 2 && n <= MAX_OCCURRENCES ? n : null;
}
