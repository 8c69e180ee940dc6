import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isLocalDate,
  localDate,
  monthEnd,
  monthStart,
  weekdayOf,
} from '../../electron/shared/dates';

describe('local dates', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(['2024-02-29', '2026-12-31', '2004-01-01'].filter(isLocalDate)).toHaveLength(3);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-9-1', '2026-09-01T00:00', ''])
      expect(isLocalDate(bad), bad).toBe(false);
  });

  it('counts days across months, years and leap days, whatever the time zone', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Across Europe's and America's daylight-saving changes, one day is still one day.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-12', '2026-09-12')).toBe(-30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows the weekday and the month around a day', () => {
    expect(weekdayOf('2026-10-01')).toBe(4);
    expect(weekdayOf('2026-09-20')).toBe(0);
    expect(monthStart('2026-10-12')).toBe('2026-10-01');
    expect(monthStart('2026-01-15', -1)).toBe('2025-12-01');
    expect(monthStart('2026-11-30', 2)).toBe('2027-01-01');
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2026-02-10')).toBe('2026-02-28');
  });

  it('writes the clock’s own day, not UTC’s', () => {
    expect(localDate(new Date(2026, 9, 1, 0, 30))).toBe('2026-10-01');
    expect(localDate(new Date(2026, 9, 1, 23, 30))).toBe('2026-10-01');
  });
});
