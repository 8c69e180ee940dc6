import { describe, expect, it } from 'vitest';
import { dateOfWall, rangeOf, wallOfDate } from './cal-time';

describe('the staff calendar’s times', () => {
  it('reads a wall time as a local Date with the same fields, and back', () => {
    const d = dateOfWall('2026-03-06T14:30');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
      2026, 2, 6, 14, 30,
    ]);
    expect(wallOfDate(d)).toBe('2026-03-06T14:30');
  });

  it('asks for the days each view shows', () => {
    expect(rangeOf('day', '2026-03-06')).toEqual({ from: '2026-03-06', to: '2026-03-07' });
    // 2026-03-06 is a Friday: its week began on Monday the 2nd (Sunday the 1st in English).
    expect(rangeOf('week', '2026-03-06')).toEqual({ from: '2026-03-01', to: '2026-03-09' });
    // March 2026 begins on a Sunday: the grid from Monday 23 February (or the Sunday before), six weeks.
    expect(rangeOf('month', '2026-03-20')).toEqual({ from: '2026-02-22', to: '2026-04-06' });
  });
});
