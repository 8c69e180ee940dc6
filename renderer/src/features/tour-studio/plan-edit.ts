import type { LinkTarget } from '../../../../electron/shared/platform.api';
import {
  PLAN_LIMITS,
  type FloorPlan,
  type ItemKind,
  type PlanPoint,
  type PlanText,
} from '../../../../electron/shared/tour.types';
import { inside } from '../tour/plan-geometry';

// The floor-plan editor's steps, each a pure function from one plan to the next: the editor keeps
// every plan it made for undo, and a refused step returns the plan it was given.

type Floor = FloorPlan['floors'][number];

/** What is drawn and placed on a grid of this many metres. */
export const GRID = 0.5;

/** What a tap selects on a floor: a thing by its index in its list. */
export interface Selection {
  kind: 'room' | 'wall' | 'item' | 'hotspot';
  index: number;
}

/** A new piece of furniture's size (width × depth, metres), by kind. */
export const ITEM_SIZES: Record<ItemKind, [number, number]> = {
  shelf: [2, 0.5],
  exhibitWall: [4, 0.3],
  screen: [2, 0.2],
  desk: [2.4, 0.8],
  seating: [3, 0.5],
  table: [2, 1],
  lectern: [0.8, 0.6],
};

/** A new door's and window's width, metres. */
export const OPENING_WIDTHS = { door: 1.2, window: 2 } as const;

const round = (v: number) => Math.round(v / GRID) * GRID;
const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);

/** A point put on the grid, inside the plan's footprint. */
export function snap(p: PlanPoint, size: readonly [number, number]): PlanPoint {
  return [clamp(round(p[0]), size[0]), clamp(round(p[1]), size[1])];
}

/** A plan of one empty floor, `width` × `depth` metres, to begin a centre from nothing. */
export function emptyPlan(name: string, floorName: string, width = 30, depth = 20): FloorPlan {
  return {
    version: 1,
    name,
    size: [width, depth],
    storey: 3.6,
    floors: [{ id: '1F', name: floorName, rooms: [], walls: [], items: [], hotspots: [] }],
    start: { floor: '1F', at: [1, depth - 1], look: [width / 2, depth / 2] },
    tour: [],
  };
}

/** The plan with one floor changed by `change` (the plan as it was when there is no such floor). */
function onFloor(plan: FloorPlan, floorId: string, change: (floor: Floor) => Floor): FloorPlan {
  if (!plan.floors.some((f) => f.id === floorId)) return plan;
  return { ...plan, floors: plan.floors.map((f) => (f.id === floorId ? change(f) : f)) };
}

/** The first of `prefix1`, `prefix2`… not in `taken`. */
function freeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const allHotspots = (plan: FloorPlan) => plan.floors.flatMap((f) => f.hotspots);

/** A wall from `from` to `to`; none when the two are the same point or the floor is full. */
export function addWall(plan: FloorPlan, floorId: string, from: PlanPoint, to: PlanPoint): FloorPlan {
  if (from[0] === to[0] && from[1] === to[1]) return plan;
  return onFloor(plan, floorId, (f) =>
    f.walls.length >= PLAN_LIMITS.wallsPerFloor ? f : { ...f, walls: [...f.walls, { from, to }] },
  );
}

/** A room of the outline drawn (at least three corners), named `name`. */
export function addRoom(plan: FloorPlan, floorId: string, outline: PlanPoint[], name: PlanText): FloorPlan {
  if (outline.length < 3 || outline.length > PLAN_LIMITS.outlinePoints) return plan;
  return onFloor(plan, floorId, (f) =>
    f.rooms.length >= PLAN_LIMITS.roomsPerFloor
      ? f
      : {
          ...f,
          rooms: [
            ...f.rooms,
            {
              id: freeId(
                'room',
                f.rooms.map((r) => r.id),
              ),
              name,
              outline,
            },
          ],
        },
  );
}

export function addItem(plan: FloorPlan, floorId: string, kind: ItemKind, at: PlanPoint): FloorPlan {
  return onFloor(plan, floorId, (f) =>
    f.items.length >= PLAN_LIMITS.itemsPerFloor
      ? f
      : { ...f, items: [...f.items, { kind, at, size: [...ITEM_SIZES[kind]] }] },
  );
}

/**
 * A hotspot at `at`, linked to `link` when given, otherwise to be linked (or written) next: core
 * refuses it until then. Its id is new in the whole plan.
 */
export function addHotspot(plan: FloorPlan, floorId: string, at: PlanPoint, link?: LinkTarget): FloorPlan {
  if (allHotspots(plan).length >= PLAN_LIMITS.hotspots) return plan;
  const id = freeId(
    'spot',
    allHotspots(plan).map((h) => h.id),
  );
  return onFloor(plan, floorId, (f) => ({
    ...f,
    hotspots: [...f.hotspots, link ? { id, at, link } : { id, at }],
  }));
}

/** Where along a wall `p` lies (metres from its start) and how far from it, or null past its ends. */
function along(wall: Floor['walls'][number], p: PlanPoint): { at: number; distance: number } | null {
  const dx = wall.to[0] - wall.from[0];
  const dy = wall.to[1] - wall.from[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return null;
  const t = ((p[0] - wall.from[0]) * dx + (p[1] - wall.from[1]) * dy) / (length * length);
  if (t < 0 || t > 1) return null;
  const distance = Math.hypot(wall.from[0] + dx * t - p[0], wall.from[1] + dy * t - p[1]);
  return { at: t * length, distance };
}

/** How far from a wall, a hotspot or a corner a tap still touches it, metres. */
export const REACH = 0.6;

/** The wall nearest to `p` within {@link REACH}, with where along it `p` falls. */
export function wallAt(floor: Floor, p: PlanPoint): { index: number; at: number } | null {
  let best: { index: number; at: number; distance: number } | null = null;
  for (const [index, wall] of floor.walls.entries()) {
    const hit = along(wall, p);
    if (hit && hit.distance <= REACH && (!best || hit.distance < best.distance)) best = { index, ...hit };
  }
  return best && { index: best.index, at: best.at };
}

/** A door or a window in the wall nearest to `p`, centred where `p` falls, fitted inside the wall. */
export function addOpening(
  plan: FloorPlan,
  floorId: string,
  p: PlanPoint,
  kind: 'door' | 'window',
): FloorPlan {
  const floor = plan.floors.find((f) => f.id === floorId);
  const hit = floor && wallAt(floor, p);
  if (!floor || !hit) return plan;
  const wall = floor.walls[hit.index];
  if (!wall) return plan;
  const length = Math.hypot(wall.to[0] - wall.from[0], wall.to[1] - wall.from[1]);
  const width = Math.min(OPENING_WIDTHS[kind], length);
  const at = Math.min(Math.max(round(hit.at), width / 2), length - width / 2);
  const openings = [...(wall.openings ?? []), { kind, at, width }];
  return onFloor(plan, floorId, (f) => ({
    ...f,
    walls: f.walls.map((w, i) => (i === hit.index ? { ...w, openings } : w)),
  }));
}

/** What a tap at `p` selects: a hotspot first, then furniture, a wall, a room (the smallest). */
export function hitTest(floor: Floor, p: PlanPoint): Selection | null {
  const spot = floor.hotspots.findIndex((h) => Math.hypot(h.at[0] - p[0], h.at[1] - p[1]) <= REACH);
  if (spot >= 0) return { kind: 'hotspot', index: spot };
  const item = floor.items.findIndex((it) => {
    const turn = ((it.turn ?? 0) * Math.PI) / 180;
    const dx = p[0] - it.at[0];
    const dy = p[1] - it.at[1];
    const x = dx * Math.cos(turn) + dy * Math.sin(turn);
    const y = -dx * Math.sin(turn) + dy * Math.cos(turn);
    return Math.abs(x) <= it.size[0] / 2 + 0.1 && Math.abs(y) <= it.size[1] / 2 + 0.1;
  });
  if (item >= 0) return { kind: 'item', index: item };
  const wall = wallAt(floor, p);
  if (wall) return { kind: 'wall', index: wall.index };
  const area = (o: readonly PlanPoint[]) =>
    Math.abs(
      o.reduce((s, a, i) => s + a[0] * (o[(i + 1) % o.length]?.[1] ?? 0), 0) -
        o.reduce((s, a, i) => s + a[1] * (o[(i + 1) % o.length]?.[0] ?? 0), 0),
    ) / 2;
  const rooms = floor.rooms
    .map((r, index) => ({ index, inside: inside(p, r.outline), area: area(r.outline) }))
    .filter((r) => r.inside)
    .sort((a, b) => a.area - b.area);
  return rooms[0] ? { kind: 'room', index: rooms[0].index } : null;
}

const shift = (p: PlanPoint, d: PlanPoint, size: readonly [number, number]): PlanPoint => [
  clamp(p[0] + d[0], size[0]),
  clamp(p[1] + d[1], size[1]),
];

/** The selected thing moved by `d` metres, kept inside the footprint. */
export function moveBy(plan: FloorPlan, floorId: string, sel: Selection, d: PlanPoint): FloorPlan {
  const s = plan.size;
  return onFloor(plan, floorId, (f) => {
    switch (sel.kind) {
      case 'room':
        return {
          ...f,
          rooms: f.rooms.map((r, i) =>
            i === sel.index ? { ...r, outline: r.outline.map((p) => shift(p, d, s)) } : r,
          ),
        };
      case 'wall':
        return {
          ...f,
          walls: f.walls.map((w, i) =>
            i === sel.index ? { ...w, from: shift(w.from, d, s), to: shift(w.to, d, s) } : w,
          ),
        };
      case 'item':
        return {
          ...f,
          items: f.items.map((it, i) => (i === sel.index ? { ...it, at: shift(it.at, d, s) } : it)),
        };
      case 'hotspot':
        return {
          ...f,
          hotspots: f.hotspots.map((h, i) => (i === sel.index ? { ...h, at: shift(h.at, d, s) } : h)),
        };
    }
  });
}

/**
 * The selected thing taken away. A hotspot goes from the guided tour's stops too (the stop stays,
 * without it), so the plan still refers only to what is there.
 */
export function remove(plan: FloorPlan, floorId: string, sel: Selection): FloorPlan {
  const floor = plan.floors.find((f) => f.id === floorId);
  const spotId = sel.kind === 'hotspot' ? floor?.hotspots[sel.index]?.id : undefined;
  const next = onFloor(plan, floorId, (f) => {
    const keep = <T>(list: T[]) => list.filter((_, i) => i !== sel.index);
    switch (sel.kind) {
      case 'room':
        return { ...f, rooms: keep(f.rooms) };
      case 'wall':
        return { ...f, walls: keep(f.walls) };
      case 'item':
        return { ...f, items: keep(f.items) };
      case 'hotspot':
        return { ...f, hotspots: keep(f.hotspots) };
    }
  });
  if (spotId === undefined) return next;
  return {
    ...next,
    tour: next.tour.map(({ hotspot, ...s }) => (hotspot === spotId ? s : { ...s, hotspot })),
  };
}

/** One thing of a floor replaced by `change` of it. */
export function update<K extends keyof Pick<Floor, 'rooms' | 'walls' | 'items' | 'hotspots'>>(
  plan: FloorPlan,
  floorId: string,
  list: K,
  index: number,
  change: (thing: Floor[K][number]) => Floor[K][number],
): FloorPlan {
  return onFloor(plan, floorId, (f) => ({
    ...f,
    [list]: (f[list] as Floor[K][number][]).map((x, i) => (i === index ? change(x) : x)),
  }));
}

/** A new empty floor above the others (`2F`, `3F`…). */
export function addFloor(plan: FloorPlan, name: (n: number) => string): FloorPlan {
  if (plan.floors.length >= PLAN_LIMITS.floors) return plan;
  const n = plan.floors.length + 1;
  const id =
    freeId(
      '',
      plan.floors.map((f) => f.id.replace(/F$/, '')),
    ) + 'F';
  return {
    ...plan,
    floors: [...plan.floors, { id, name: name(n), rooms: [], walls: [], items: [], hotspots: [] }],
  };
}

/**
 * The floor taken away, with the guided tour's stops on it; the start moves to the first floor
 * left. The last floor is never taken away.
 */
export function removeFloor(plan: FloorPlan, floorId: string): FloorPlan {
  const floors = plan.floors.filter((f) => f.id !== floorId);
  const first = floors[0];
  if (!first || floors.length === plan.floors.length) return plan;
  const gone = new Set(plan.floors.find((f) => f.id === floorId)?.hotspots.map((h) => h.id));
  return {
    ...plan,
    floors,
    start: plan.start.floor === floorId ? { ...plan.start, floor: first.id } : plan.start,
    tour: plan.tour
      .filter((s) => s.floor !== floorId)
      .map(({ hotspot, ...s }) => (hotspot === undefined || gone.has(hotspot) ? s : { ...s, hotspot })),
  };
}

/** Where a visit begins: standing at `at`, looking towards the middle of the plan. */
export function setStart(plan: FloorPlan, floorId: string, at: PlanPoint): FloorPlan {
  const look: PlanPoint = [plan.size[0] / 2, plan.size[1] / 2];
  const away = Math.hypot(look[0] - at[0], look[1] - at[1]) < 1 ? [look[0], 0] : look;
  return { ...plan, start: { floor: floorId, at, look: away as PlanPoint } };
}
