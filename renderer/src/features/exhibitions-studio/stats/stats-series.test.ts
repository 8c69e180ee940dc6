import { describe, expect, it } from 'vitest';
import { seriesOf } from './stats-series';

describe('the statistics chart series', () => {
  it('has every day of a month, quiet days at zero', () => {
    const { unit, points } = seriesOf({
      from: '2026-02-01',
      to: '2026-02-28',
      days: [
        { day: '2026-02-03', visits: 4, plays: 1 },
        { day: '2026-02-28', visits: 2, plays: 0 },
      ],
    });
    expect(unit).toBe('day');
    expect(points).toHaveLength(28);
    expect(points[0]).toEqual({ key: '2026-02-01', visits: 0, plays: 0 });
    expect(points[2]).toEqual({ key: '2026-02-03', visits: 4, plays: 1 });
    expect(points[27]).toEqual({ key: '2026-02-28', visits: 2, plays: 0 });
  });

  it('sums a longer period by month, from the first month to the last, part months included', () => {
    const { unit, points } = seriesOf({
      from: '2025-11-15',
      to: '2026-02-10',
      days: [
        { day: '2025-11-20', visits: 1, plays: 2 },
        { day: '2025-11-30', visits: 3, plays: 0 },
        { day: '2026-02-10', visits: 5, plays: 1 },
      ],
    });
    expect(unit).toBe('month');
    expect(points).toEqual([
      { key: '2025-11', visits: 4, plays: 2 },
      { key: '2025-12', visits: 0, plays: 0 },
      { key: '2026-01', visits: 0, plays: 0 },
      { key: '2026-02', visits: 5, plays: 1 },
    ]);
  });

  it('keeps 31 days by day and 32 by month', () => {
    expect(seriesOf({ from: '2026-01-01', to: '2026-01-31', days: [] }).unit).toBe('day');
    expect(seriesOf({ from: '2026-01-01', to: '2026-02-01', days: [] }).unit).toBe('month');
  });
});
