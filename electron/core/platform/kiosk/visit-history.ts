import type { Language } from '../../../shared';
import type { Random } from '../demo/seeded-random';

export interface SimulatedVisit {
  startedAt: Date;
  endedAt: Date;
  language: Language;
  areas: string[];
}

export interface VisitHistoryOptions {
  now: Date;
  days: number;
  /** Local dates (YYYY-MM-DD) the centre was closed: nobody came. */
  isClosed: (date: string) => boolean;
  /** What the desk did that day (loans): a busy desk day is a busy kiosk day. */
  deskActivity: (date: string) => number;
  /** The areas a visitor could open. */
  areas: readonly string[];
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * How busy each month is, against an ordinary one: quiet around 春节 (the park's workers go home)
 * and in the heat of August; busy in 学雷锋 March, around 清明 and in the autumn term of Party
 * lessons. The weeks before 七一 are the year's peak, see {@link season}.
 */
const MONTH = [0.85, 0.6, 1.1, 1.05, 1.0, 1.1, 1.3, 0.8, 1.0, 1.1, 1.05, 0.95] as const;

function season(day: Date): number {
  const m = day.getMonth();
  // The fortnight before 1 July: Party members' theme days, branches visiting as groups.
  const julyFirst = m === 5 && day.getDate() >= 16;
  return (MONTH[m] ?? 1) * (julyFirst ? 1.3 : 1);
}

/** Visitors per open day before the season and the desk: park workers come on weekdays. */
const WEEKDAY = 20;
const WEEKEND = 11;
/** Each loan at the desk comes with about this many looks at the kiosk (finding the book first). */
const PER_LOAN = 1.5;

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * A moment of an open day (09:00–18:00 local, as the desk's hours): on weekdays most visitors come
 * at lunch (11:30–13:30) or after the shift (17:00–18:00), at weekends through the day.
 */
function arrival(day: Date, weekend: boolean, rnd: Random): Date {
  const start = new Date(day);
  const at = (h: number, m: number, spanMinutes: number) => {
    start.setHours(h, m, 0, 0);
    return new Date(start.getTime() + rnd.next() * spanMinutes * MINUTE);
  };
  const roll = rnd.next();
  if (!weekend && roll < 0.45) return at(11, 30, 120);
  if (!weekend && roll < 0.7) return at(17, 0, 59);
  return at(9, 0, 539);
}

function language(rnd: Random): Language {
  const roll = rnd.next();
  return roll < 0.92 ? 'zh-CN' : roll < 0.97 ? 'zh-TW' : 'en';
}

/**
 * A year of anonymous kiosk visits, day by day, as the attract screen's counter would have
 * counted them: none on closed days, a weekday/weekend and seasonal shape, more on the days the
 * desk was busy; each visit lasts from under a minute to a quarter of an hour, and most open the
 * reading room. Deterministic for a given generator, like the loan history it goes with.
 */
export function simulateVisits(rnd: Random, o: VisitHistoryOptions): SimulatedVisit[] {
  const visits: SimulatedVisit[] = [];
  const nowMs = o.now.getTime();
  for (let ago = o.days; ago >= 1; ago--) {
    const day = new Date(nowMs - ago * DAY);
    const date = localDate(day);
    if (o.isClosed(date)) continue;
    const weekend = day.getDay() === 0 || day.getDay() === 6;
    const expected = (weekend ? WEEKEND : WEEKDAY) * season(day) + PER_LOAN * o.deskActivity(date);
    const count = Math.max(
      o.deskActivity(date) > 0 ? 1 : 0,
      Math.round(expected * (0.75 + 0.5 * rnd.next())),
    );
    const today: SimulatedVisit[] = [];
    for (let i = 0; i < count; i++) {
      const startedAt = arrival(day, weekend, rnd);
      // Most look something up in a few minutes; a few read a long while (skewed towards short).
      const minutes = 0.6 + 14 * rnd.next() ** 2.5;
      const areas = o.areas.filter(() => rnd.next() < 0.7);
      today.push({
        startedAt,
        endedAt: new Date(startedAt.getTime() + minutes * MINUTE),
        language: language(rnd),
        areas,
      });
    }
    visits.push(...today.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime()));
  }
  return visits;
}
