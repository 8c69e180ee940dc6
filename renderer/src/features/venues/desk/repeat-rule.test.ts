import { describe, expect, it } from 'vitest';
import { nthWeekday, repeatCount, repeatRule } from './repeat-rule';

describe('repeat rules at the desk', () => {
  it('names the weekday of the date chosen, and its place in the month', () => {
    // 2027-01-01 is a Friday: the first; 01-29 the fifth, which is the last.
    expect(repeatRule('weekly', '2027-01-01', 6)).toBe('FREQ=WEEKLY;BYDAY=FR;COUNT=6');
    expect(repeatRule('fortnightly', '2027-01-04', 3)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=3');
    expect(repeatRule('monthly', '2027-01-01', 12)).toBe('FREQ=MONTHLY;BYDAY=1FR;COUNT=12');
    expect(repeatRule('monthly', '2027-01-22', 2)).toBe('FREQ=MONTHLY;BYDAY=4FR;COUNT=2');
    expect(repeatRule('monthly', '2027-01-29', 2)).toBe('FREQ=MONTHLY;BYDAY=-1FR;COUNT=2');
    expect(repeatRule('none', '2027-01-01', 6)).toBeNull();
    expect([7, 8, 14, 28, 31].map((d) => nthWeekday(`2027-01-${String(d).padStart(2, '0')}`))).toEqual([
      1, 2, 2, 4, -1,
    ]);
  });

  it('takes 2 to 60 dates, whole', () => {
    expect(['2', '60', '12'].map(repeatCount)).toEqual([2, 60, 12]);
    expect(['', '1', '61', '2.5', 'x'].map(repeatCount)).toEqual([null, null, null, null, null]);
  });
});
