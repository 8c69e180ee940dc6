import { describe, expect, it } from 'vitest';
import { DEMO_PLAN } from '../../../electron/core/features/tour/demo/demo-plan';
import { shownPlan } from '../../../electron/core/features/tour/tour.handlers';
import {
  DOOR_HEIGHT,
  inside,
  viewpointOf,
  wallPieces,
} from '../../../renderer/src/features/tour/plan-geometry';
import { buildFloor, disposeTree } from '../../../renderer/src/features/tour/scene/build-scene';
import {
  frameStats,
  nextQuality,
  PROBE_MS,
  SelfTest,
} from '../../../renderer/src/features/tour/scene/quality';
import { planLinks, toneOf, tourSpots } from '../../../renderer/src/features/tour/tour-spots';

const plan = shownPlan(DEMO_PLAN);

describe('a wall cut by its openings', () => {
  it('stands full height between them, with a lintel over a door and a parapet under a window', () => {
    const pieces = wallPieces(
      {
        from: [0, 0],
        to: [10, 0],
        openings: [
          { kind: 'window', at: 7, width: 2 },
          { kind: 'door', at: 2, width: 1 },
        ],
      },
      3,
    );
    expect(pieces).toEqual([
      { a: [0, 0], b: [1.5, 0], bottom: 0, top: 3 },
      { a: [1.5, 0], b: [2.5, 0], bottom: DOOR_HEIGHT, top: 3 },
      { a: [2.5, 0], b: [6, 0], bottom: 0, top: 3 },
      { a: [6, 0], b: [8, 0], bottom: DOOR_HEIGHT, top: 3 },
      { a: [6, 0], b: [8, 0], bottom: 0, top: 0.9 },
      { a: [8, 0], b: [10, 0], bottom: 0, top: 3 },
    ]);
  });

  it('clips openings to the wall and to each other', () => {
    const pieces = wallPieces(
      {
        from: [0, 0],
        to: [0, 4],
        openings: [
          { kind: 'door', at: 0, width: 2 },
          { kind: 'door', at: 1.5, width: 2 },
        ],
      },
      3,
    );
    expect(pieces.filter((p) => p.bottom === 0)).toEqual([{ a: [0, 2.5], b: [0, 4], bottom: 0, top: 3 }]);
    expect(wallPieces({ from: [1, 1], to: [1, 1] }, 3)).toEqual([]);
  });
});

describe('where the tour stands to show a spot', () => {
  it('steps into the room the spot is in, towards its middle', () => {
    const rooms = [
      {
        outline: [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ] as [number, number][],
      },
    ];
    expect(inside([5, 5], rooms[0]?.outline ?? [])).toBe(true);
    expect(inside([11, 5], rooms[0]?.outline ?? [])).toBe(false);
    expect(viewpointOf([5, 0.5], rooms, [20, 20])).toEqual([5, 3.5]);
    // Close to the middle: no further than it.
    expect(viewpointOf([5, 4], rooms, [20, 20])).toEqual([5, 5]);
  });
});

describe("the demo plan's hotspots", () => {
  it('are numbered in order, take their titles and rooms’ states from the links, and say when one is gone', () => {
    const links = planLinks(plan);
    expect(links).toHaveLength(12);
    const resolved = links.map((l) => ({
      ...l,
      title: l.area === 'exhibitions' ? null : `title ${l.id}`,
      ...(l.kind === 'room' ? { state: { now: 'busy' as const, until: '15:00', next: null } } : {}),
    }));
    const spots = tourSpots(plan, resolved);
    expect(spots.map((s) => s.n)).toEqual(spots.map((_, i) => i + 1));
    const room = spots.find((s) => s.id === 'multi-hall');
    expect(room).toMatchObject({ kind: 'room', title: 'title 1', gone: false });
    expect(room && toneOf(room)).toBe('busy');
    expect(spots.find((s) => s.id === 'wall-park')).toMatchObject({ kind: 'exhibition', gone: true });
    expect(spots.find((s) => s.id === 'desk')).toMatchObject({ kind: 'info', gone: false, link: null });
    // Before the links are resolved, nothing is called gone.
    expect(tourSpots(plan, undefined).some((s) => s.gone)).toBe(false);
  });
});

describe('the 3D scene of the demo plan', () => {
  it('is three merged meshes a floor, freed again', () => {
    for (const floor of plan.floors) {
      const built = buildFloor(floor, { storey: plan.storey, size: plan.size });
      expect(built.group.children).toHaveLength(3);
      expect(built.walls.geometry.getAttribute('position').count).toBeGreaterThan(500);
      disposeTree(built.group);
    }
  });
});

describe('the self-test', () => {
  it('reads the median and 95th percentile of frame times, and steps quality down to low', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(frameStats(samples)).toEqual({ frames: 100, p50: 50, p95: 95 });
    expect(frameStats([])).toEqual({ frames: 0, p50: Infinity, p95: Infinity });
    expect([nextQuality('high'), nextQuality('medium'), nextQuality('low')]).toEqual(['medium', 'low', null]);
  });
});

describe('the self-test’s verdicts', () => {
  /** Frames every `every` ms from `at` until the self-test answers; its answer and the time then. */
  function measure(test: SelfTest, at: number, every: number) {
    for (let now = at; ; now += every) {
      const answer = test.frame(now);
      if (answer) return { ...answer, now };
    }
  }

  it('keeps a quality fast enough, steps down when slow, and gives up only when slow twice at the lowest', () => {
    const fast = new SelfTest('medium', 50);
    fast.restart(0);
    const kept = measure(fast, 0, 16.7);
    expect(kept.verdict).toBe('keep');
    expect(kept.stats.p95).toBeCloseTo(16.7);
    expect(fast.measuring).toBe(false);

    const slow = new SelfTest('medium', 50);
    slow.restart(0);
    const first = measure(slow, 0, 80);
    expect(first.verdict).toBe('down');
    expect(slow.quality).toBe('low');
    expect(measure(slow, first.now, 80).verdict).toBe('again');
    const last = measure(slow, first.now + PROBE_MS * 2, 80);
    expect(last.verdict).toBe('give up');
    expect(slow.measuring).toBe(false);

    // A passing load at the lowest quality: slow once, then fast, keeps 3D.
    const passing = new SelfTest('low', 50);
    passing.restart(0);
    const spike = measure(passing, 0, 80);
    expect(spike.verdict).toBe('again');
    expect(measure(passing, spike.now, 16.7).verdict).toBe('keep');
  });
});
