import { addDays, daysBetween, monthStart } from '../../../../../electron/shared/dates';
import type { ExhibitionStats } from '../../../../../electron/shared/exhibitions.types';

/** Up to this many days (a month), a bar a day; beyond, a bar a month (a year is 12 bars, not 365). */
export const DAILY_UP_TO = 31;

export interface SeriesPoint {
  /** `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
  key: string;
  visits: number;
  plays: number;
}

/**
 * Every day (or month) of the period with its counts, the empty ones too, so a quiet day shows as
 * a gap and not as a missing bar.
 */
export function seriesOf(stats: Pick<ExhibitionStats, 'from' | 'to' | 'days'>): {
  unit: 'day' | 'month';
  points: SeriesPoint[];
} {
  const unit = daysBetween(stats.from, stats.to) < DAILY_UP_TO ? 'day' : 'month';
  const keyOf = (day: string) => (unit === 'day' ? day : day.slice(0, 7));
  const points = new Map<string, SeriesPoint>();
  if (unit === 'day') {
    for (let d = stats.from; d <= stats.to; d = addDays(d, 1)) points.set(d, { key: d, visits: 0, plays: 0 });
  } else {
    for (let m = monthStart(stats.from); m <= stats.to; m = monthStart(m, 1)) {
      points.set(keyOf(m), { key: keyOf(m), visits: 0, plays: 0 });
    }
  }
  for (const d of stats.days) {
    const p = points.get(keyOf(d.day));
    if (!p) continue;
    p.visits += d.visits;
    p.plays += d.plays;
  }
  return { unit, points: [...points.values()] };
}
