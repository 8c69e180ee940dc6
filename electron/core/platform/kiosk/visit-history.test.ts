import { describe, expect, test } from 'vitest';
import { seededRandom } from '../demo/seeded-random';
import { simulateVisits, type VisitHistoryOptions } from './visit-history';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const dayOf = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const CLOSED = new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-10-01', '2026-10-02']);
/** A desk that lends on Tuesdays and Thursdays only: busy days the visits must follow. */
const deskActivity = (date: string) => ([2, 4].includes(new Date(`${date}T12:00:00`).getDay()) ? 6 : 0);

const options: VisitHistoryOptions = {
  now: NOW,
  days: 365,
  isClosed: (d) => CLOSED.has(d),
  deskActivity,
  areas: ['library'],
};
const simulate = () => simulateVisits(seededRandom(7), options);

describe('the demo centre’s visit history', () => {
  const visits = simulate();
  const perDay = new Map<string, number>();
  for (const v of visits) perDay.set(dayOf(v.startedAt), (perDay.get(dayOf(v.startedAt)) ?? 0) + 1);
  const average = (days: string[]) => days.reduce((n, d) => n + (perDay.get(d) ?? 0), 0) / days.length;
  const openDays = [...Array(365).keys()]
    .map((i) => dayOf(new Date(NOW.getTime() - (i + 1) * 86_400_000)))
    .filter((d) => !CLOSED.has(d));
  const weekday = (d: string) => new Date(`${d}T12:00:00`).getDay();

  test('is the same on every install', () => {
    expect(simulate()).toEqual(visits);
  });

  test('a year of open days, within opening hours, never in the future, each visit ended', () => {
    expect(visits.length).toBeGreaterThan(5000);
    expect(visits.length).toBeLessThan(12_000);
    for (const v of visits) {
      expect(CLOSED.has(dayOf(v.startedAt))).toBe(false);
      expect(v.startedAt.getHours()).toBeGreaterThanOrEqual(9);
      expect(v.startedAt.getHours()).toBeLessThan(18);
      expect(v.endedAt.getTime()).toBeGreaterThan(v.startedAt.getTime());
      expect(v.endedAt.getTime() - v.startedAt.getTime()).toBeLessThanOrEqual(15 * 60_000);
      expect(v.endedAt.getTime()).toBeLessThan(NOW.getTime());
    }
    expect(dayOf(visits[0]?.startedAt ?? NOW) >= dayOf(new Date(NOW.getTime() - 365 * 86_400_000))).toBe(
      true,
    );
    expect(perDay.has(dayOf(NOW))).toBe(false);
  });

  test('a weekly and seasonal shape, busier when the desk is', () => {
    const weekdays = openDays.filter((d) => ![0, 6].includes(weekday(d)));
    const weekends = openDays.filter((d) => [0, 6].includes(weekday(d)));
    expect(average(weekdays)).toBeGreaterThan(1.5 * average(weekends));
    const inMonth = (m: string) => openDays.filter((d) => d.slice(5, 7) === m);
    expect(average(inMonth('06'))).toBeGreaterThan(average(inMonth('02')));
    expect(average(inMonth('07'))).toBeGreaterThan(average(inMonth('08')));
    const lending = weekdays.filter((d) => deskActivity(d) > 0);
    const quiet = weekdays.filter((d) => deskActivity(d) === 0);
    expect(average(lending)).toBeGreaterThan(average(quiet) + 5);
    for (const d of lending) expect(perDay.get(d) ?? 0).toBeGreaterThan(0);
  });

  test('anonymous: a time, a language and the areas opened, most of them the reading room', () => {
    const languages = new Set(visits.map((v) => v.language));
    expect([...languages].sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    const library = visits.filter((v) => v.areas.includes('library')).length;
    expect(library / visits.length).toBeGreaterThan(0.6);
    expect(library / visits.length).toBeLessThan(0.8);
    expect(Object.keys(visits[0] ?? {}).sort()).toEqual(['areas', 'endedAt', 'language', 'startedAt']);
  });
});
