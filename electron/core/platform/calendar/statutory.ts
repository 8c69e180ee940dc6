import schedule from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { HOLIDAYS, type HolidayId, type StatutoryDay } from '../../../shared/calendar.api';

/**
 * China's statutory holidays and 调休 workdays as the State Council publishes them each November,
 * from the `chinese-days` package (its JSON: `"2026-10-01": "National Day,国庆节,3"`). It comes
 * with the app and is read, not copied into the database: a newer build brings the next year's
 * schedule to every centre, and what staff set for a day stays above it.
 */
interface Schedule {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const idOf = (english: string): HolidayId | null =>
  Object.hasOwn(HOLIDAYS, english) ? HOLIDAYS[english as keyof typeof HOLIDAYS] : null;

function parse(entry: string, kind: StatutoryDay['kind']): StatutoryDay {
  const [english = '', chinese = ''] = entry.split(',');
  return { kind, id: idOf(english), name: chinese || english };
}

let days: Map<string, StatutoryDay> | undefined;
let years: { first: number; last: number } | undefined;

function load(): Map<string, StatutoryDay> {
  if (days) return days;
  const { holidays, workdays } = schedule as Schedule;
  const map = new Map<string, StatutoryDay>();
  for (const [date, entry] of Object.entries(holidays)) map.set(date, parse(entry, 'holiday'));
  for (const [date, entry] of Object.entries(workdays)) map.set(date, parse(entry, 'workday'));
  const all = [...map.keys()].map((d) => Number(d.slice(0, 4)));
  years = { first: Math.min(...all), last: Math.max(...all) };
  days = map;
  return map;
}

/** What the schedule says of a day, or null (an ordinary day, or a year it does not cover yet). */
export function statutoryDay(date: string): StatutoryDay | null {
  return load().get(date) ?? null;
}

/** The first and last year the schedule in this build covers. */
export function statutoryYears(): { first: number; last: number } {
  load();
  return years ?? { first: 0, last: 0 };
}
