import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../../electron/shared/exhibitions.types';
import { flingStep, moveSamples, releaseVelocity } from './momentum';
import { layoutTimeline, visibleRange, type TimelineMetrics } from './timeline-layout';

const metrics: TimelineMetrics = { cardWidth: 300, lanes: 3, minYearWidth: 225, yearPad: 45 };

function item(n: number, from: string, to = from, approximate = false): TimelineItem {
  return {
    exhibitionId: 1,
    exhibitUid: `uid-${n}`,
    type: 'photo',
    title: { 'zh-CN': `展品${n}`, 'zh-TW': `展品${n}`, en: null },
    date: { text: from, precision: from === to ? 'day' : 'year', approximate, from, to },
    thumb: null,
  };
}

/** A thousand exhibits over 1992–2026, bunched in some years as a real park's are. */
function thousand(): TimelineItem[] {
  return Array.from({ length: 1000 }, (_, n) => {
    const year = 1992 + ((n * 7) % 35);
    const month = String((n % 12) + 1).padStart(2, '0');
    return item(n, `${year}-${month}-10`);
  });
}

describe('the timeline layout', () => {
  it('places exhibits by their dates: later years further right, years in order', () => {
    const layout = layoutTimeline(
      [item(1, '2001-03-01'), item(2, '1995-06-01'), item(3, '1998-01-01')],
      metrics,
    );
    expect(layout.placed.map((p) => p.item.exhibitUid)).toEqual(['uid-2', 'uid-3', 'uid-1']);
    const yearX = new Map(layout.years.map((y) => [y.year, y.x]));
    expect(layout.years[0]?.year).toBe(1995);
    expect(layout.years.at(-1)?.year).toBe(2001);
    for (const p of layout.placed) {
      const year = Number(p.item.date.from.slice(0, 4));
      expect(p.x).toBeGreaterThanOrEqual(yearX.get(year) ?? Infinity);
      expect(p.x).toBeLessThan(yearX.get(year + 1) ?? layout.width);
    }
    // Empty years keep their width, so 1996 and 1997 still read as years.
    expect((yearX.get(1997) ?? 0) - (yearX.get(1996) ?? 0)).toBe(225);
    expect(layout.decades.map((d) => d.decade)).toEqual([1990, 2000]);
  });

  it('puts an approximate decade in the middle of it', () => {
    const layout = layoutTimeline(
      [item(1, '1990-01-01', '1999-12-31', true), item(2, '1991-01-01'), item(3, '1998-01-01')],
      metrics,
    );
    expect(layout.placed.map((p) => p.item.exhibitUid)).toEqual(['uid-2', 'uid-1', 'uid-3']);
    const at1994 = layout.years.find((y) => y.year === 1994)?.x;
    expect(layout.placed[1]?.x).toBe((at1994 ?? 0) + 45);
  });

  it('never lets a card cover another, however busy a year', () => {
    const layout = layoutTimeline(thousand(), metrics);
    expect(layout.placed).toHaveLength(1000);
    const seen = new Set<string>();
    for (const p of layout.placed) {
      expect(p.lane).toBeGreaterThanOrEqual(0);
      expect(p.lane).toBeLessThan(3);
      const spot = `${p.x}:${p.lane}`;
      expect(seen.has(spot)).toBe(false);
      seen.add(spot);
    }
    // Cards of one lane are a card's width apart or more.
    for (let lane = 0; lane < 3; lane++) {
      const xs = layout.placed.filter((p) => p.lane === lane).map((p) => p.x);
      for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(300);
    }
    // In order of x, as the visible range's search needs.
    for (let i = 1; i < layout.placed.length; i++)
      expect(layout.placed[i]?.x).toBeGreaterThanOrEqual(layout.placed[i - 1]?.x ?? 0);
  });
});

describe('what the timeline draws', () => {
  const layout = layoutTimeline(thousand(), metrics);

  it('is only what is on screen and an overscan either side, at any position', () => {
    for (let scrollX = 0; scrollX < layout.width; scrollX += 997) {
      const { first, last } = visibleRange(layout.placed, 300, scrollX, 1600, 1600);
      const expected = layout.placed
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.x + 300 > scrollX - 1600 && p.x < scrollX + 1600 + 1600)
        .map(({ i }) => i);
      expect(first).toBe(expected[0]);
      expect(last).toBe(expected.at(-1));
      // A screen 1,600 px wide with one screen either side: 3 screens of 3 lanes of 300 px cards.
      expect(last - first + 1).toBeLessThanOrEqual(3 * 3 * Math.ceil(4800 / 300) + 3);
    }
  });

  it('is nothing past the end', () => {
    expect(visibleRange(layout.placed, 300, layout.width + 5000, 1600, 0)).toEqual({ first: 0, last: -1 });
    expect(visibleRange([], 300, 0, 1600, 1600)).toEqual({ first: 0, last: -1 });
  });
});

describe('the fling', () => {
  it("starts at the finger's speed over its last 100 ms", () => {
    const samples = [
      { x: 0, at: 0 },
      { x: 10, at: 200 },
      { x: 60, at: 250 },
      { x: 160, at: 300 },
    ];
    expect(releaseVelocity(samples)).toBeCloseTo(1.5, 5);
    expect(releaseVelocity([{ x: 5, at: 10 }])).toBe(0);
    expect(
      releaseVelocity([
        { x: 0, at: 0 },
        { x: 10_000, at: 10 },
      ]),
    ).toBe(6);
  });

  it('reads the moves a busy page folded into one event, so a fast swipe still flings', () => {
    const at = (x: number, timeStamp: number) => ({ clientX: x, timeStamp });
    // Eight moves 16 ms apart, folded into the last; the finger lifts where it last was.
    const folded = Array.from({ length: 8 }, (_, i) => at(100 - (i + 1) * 50, (i + 1) * 16));
    const move = { ...at(-300, 128), getCoalescedEvents: () => folded };
    const lift = { x: -300, at: 144 };
    const start = { x: 100, at: 0 };
    expect(releaseVelocity([start, ...moveSamples(move), lift])).toBeLessThan(-2);
    // Without them the finger seems to have stood still at the end: no fling at all.
    expect(releaseVelocity([start, { x: -300, at: 128 }, lift])).toBe(0);
    // A browser without the method, or an event with nothing folded, is its own one position.
    expect(moveSamples(at(7, 3))).toEqual([{ x: 7, at: 3 }]);
    expect(moveSamples({ ...at(7, 3), getCoalescedEvents: () => [] })).toEqual([{ x: 7, at: 3 }]);
  });

  it('slows down and stops', () => {
    let v = 3;
    let travelled = 0;
    let frames = 0;
    for (let step = flingStep(v, 16); step; step = flingStep(v, 16)) {
      travelled += step.dx;
      v = step.velocity;
      frames++;
    }
    expect(frames).toBeGreaterThan(30);
    expect(frames).toBeLessThan(200);
    // 3 px/ms decaying by 5% a frame travels about 3 × 16 / 0.05 ≈ 960 px.
    expect(travelled).toBeGreaterThan(800);
    expect(travelled).toBeLessThan(1000);
  });
});
