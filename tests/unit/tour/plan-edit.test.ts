// The floor-plan editor's steps (renderer/src/features/tour-studio/plan-edit.ts), checked against core's schema.
import { describe, expect, it } from 'vitest';
import { floorPlan } from '../../../electron/shared/tour.api';
import type { FloorPlan, PlanPoint } from '../../../electron/shared/tour.types';
import {
  addFloor,
  addHotspot,
  addItem,
  addOpening,
  addRoom,
  addWall,
  emptyPlan,
  hitTest,
  moveBy,
  remove,
  removeFloor,
  setStart,
  snap,
} from '../../../renderer/src/features/tour-studio/plan-edit';
import { problemAt, unfinishedHotspot } from '../../../renderer/src/features/tour-studio/save-problem';

const room = (x0: number, y0: number, x1: number, y1: number): PlanPoint[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const floorOf = (plan: FloorPlan, id = '1F') => plan.floors.find((f) => f.id === id)!;
const link = { area: 'venues', kind: 'room', id: '3' };

/** A small centre drawn step by step, as the editor would: a room, its walls, a door, a desk, a hotspot. */
function drawn(): FloorPlan {
  let p = emptyPlan('中心', '一层', 20, 10);
  p = addRoom(p, '1F', room(0, 0, 10, 10), '会议室');
  p = addWall(p, '1F', [0, 0], [10, 0]);
  p = addWall(p, '1F', [10, 0], [10, 10]);
  p = addOpening(p, '1F', [10.2, 5.3], 'door');
  p = addItem(p, '1F', 'desk', [5, 5]);
  return addHotspot(p, '1F', [3, 3], link);
}

describe('the floor-plan editor’s steps', () => {
  it('what they draw is a plan core accepts', () => {
    expect(floorPlan.safeParse(drawn()).success).toBe(true);
  });

  it('puts points on the half-metre grid, inside the footprint', () => {
    expect(snap([3.26, 7.74], [20, 10])).toEqual([3.5, 7.5]);
    expect(snap([-2, 12], [20, 10])).toEqual([0, 10]);
  });

  it('draws no wall of no length, and no room of fewer than three corners', () => {
    const p = emptyPlan('中心', '一层');
    expect(addWall(p, '1F', [1, 1], [1, 1])).toBe(p);
    expect(addRoom(p, '1F', room(0, 0, 2, 2).slice(0, 2), '房间')).toBe(p);
    expect(addWall(p, '9F', [1, 1], [2, 1])).toBe(p);
  });

  it('gives new rooms and hotspots ids of their own', () => {
    let p = addRoom(drawn(), '1F', room(10, 0, 20, 10), '活动室');
    p = addHotspot(p, '1F', [15, 5]);
    expect(floorOf(p).rooms.map((r) => r.id)).toEqual(['room1', 'room2']);
    expect(floorOf(p).hotspots.map((h) => h.id)).toEqual(['spot1', 'spot2']);
  });

  it('opens a door in the wall tapped, centred on the tap, and fits it inside a short wall', () => {
    const wall = floorOf(drawn()).walls[1]!;
    expect(wall.openings).toEqual([{ kind: 'door', at: 5.5, width: 1.2 }]);
    let p = addWall(emptyPlan('中心', '一层'), '1F', [0, 0], [1, 0]);
    p = addOpening(p, '1F', [0.1, 0.1], 'window');
    expect(floorOf(p).walls[0]!.openings).toEqual([{ kind: 'window', at: 0.5, width: 1 }]);
    // Far from every wall: nothing.
    expect(addOpening(p, '1F', [5, 5], 'door')).toBe(p);
  });

  it('selects a hotspot before the desk under it, the desk before the room, the smallest room first', () => {
    let p = drawn();
    const f = floorOf(p);
    expect(hitTest(f, [3.2, 3.1])).toEqual({ kind: 'hotspot', index: 0 });
    expect(hitTest(f, [5.5, 5.2])).toEqual({ kind: 'item', index: 0 });
    expect(hitTest(f, [10.1, 2])).toEqual({ kind: 'wall', index: 1 });
    p = addRoom(p, '1F', room(6, 6, 9, 9), '小间');
    expect(hitTest(floorOf(p), [8, 8])).toEqual({ kind: 'room', index: 1 });
    expect(hitTest(floorOf(p), [15, 5])).toBeNull();
  });

  it('moves a thing within the footprint', () => {
    const p = moveBy(drawn(), '1F', { kind: 'room', index: 0 }, [15, 0]);
    expect(floorOf(p).rooms[0]!.outline).toEqual([
      [15, 0],
      [20, 0],
      [20, 10],
      [15, 10],
    ]);
    expect(floorOf(moveBy(p, '1F', { kind: 'hotspot', index: 0 }, [-1, 0.5])).hotspots[0]!.at).toEqual([
      2, 3.5,
    ]);
  });

  it('takes a deleted hotspot off the guided tour’s stops too', () => {
    const p: FloorPlan = {
      ...drawn(),
      tour: [{ floor: '1F', at: [1, 1], look: [3, 3], hotspot: 'spot1', caption: '看这里' }],
    };
    const next = remove(p, '1F', { kind: 'hotspot', index: 0 });
    expect(next.tour).toEqual([{ floor: '1F', at: [1, 1], look: [3, 3], caption: '看这里' }]);
    expect(floorPlan.safeParse(next).success).toBe(true);
  });

  it('adds floors above and removes one with its stops, moving the start off it', () => {
    let p = addFloor(drawn(), (n) => `${n} 层`);
    expect(p.floors.map((f) => [f.id, f.name])).toEqual([
      ['1F', '一层'],
      ['2F', '2 层'],
    ]);
    p = setStart(p, '2F', [4, 4]);
    p = { ...p, tour: [{ floor: '2F', at: [1, 1], look: [2, 2], caption: '二楼' }] };
    const back = removeFloor(p, '2F');
    expect(back.floors.map((f) => f.id)).toEqual(['1F']);
    expect(back.start.floor).toBe('1F');
    expect(back.tour).toEqual([]);
    expect(removeFloor(back, '1F')).toBe(back);
  });

  it('finds an unfinished information point before saving, and where a refusal points', () => {
    const p = addHotspot(drawn(), '1F', [8, 8]);
    expect(unfinishedHotspot(drawn())).toBeNull();
    expect(unfinishedHotspot(p)).toEqual({
      floorId: '1F',
      selection: { kind: 'hotspot', index: 1 },
      subject: 'hotspot',
    });
    expect(problemAt(p, ['plan', 'floors', 0, 'rooms', 0, 'outline'])).toEqual({
      floorId: '1F',
      selection: { kind: 'room', index: 0 },
      subject: 'room',
    });
    expect(problemAt(p, ['plan', 'tour', 2, 'hotspot']).subject).toBe('tour');
    expect(problemAt(p, ['plan', 'size'])).toEqual({ floorId: null, selection: null, subject: 'plan' });
  });
});
