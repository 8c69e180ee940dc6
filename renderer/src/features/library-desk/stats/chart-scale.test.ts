import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceScale } from './chart-scale';

describe('the bar chart axis', () => {
  it('reaches the highest value with round, evenly spaced gridlines from 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (max) => {
        const { top, ticks } = niceScale(max);
        expect(top).toBeGreaterThanOrEqual(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(top);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 5]).toContain(Math.round(mantissa));
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step));
        // Never more than twice as many lines as asked for: the axis stays readable.
        expect(ticks.length).toBeLessThanOrEqual(9);
      }),
    );
  });

  it('still draws an axis for a period without loans', () => {
    expect(niceScale(0)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
  });
});
