import { describe, expect, it } from 'vitest';
import { clampMonth, monthWeeks } from './month-grid';

describe('the month grid', () => {
  it('lays a month out in weeks from Monday, blank before the 1st and after the last', () => {
    // October 2026 starts on a Thursday and ends on a Saturday.
    const weeks = monthWeeks('2026-10-15');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(weeks[4]).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      null,
    ]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    // February 2027 starts on a Monday: four full weeks.
    expect(monthWeeks('2027-02-01').map((w) => w.filter(Boolean).length)).toEqual([7, 7, 7, 7]);
  });

  it('opens on a month within the allowed dates', () => {
    expect(clampMonth('2026-10-15')).toBe('2026-10-01');
    expect(clampMonth('2026-10-15', '2026-11-03')).toBe('2026-11-01');
    expect(clampMonth('2026-10-15', undefined, '2026-08-31')).toBe('2026-08-01');
  });
});
