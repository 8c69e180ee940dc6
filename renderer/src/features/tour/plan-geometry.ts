import type { PlanPoint, ShownFloor } from '../../../../electron/shared/tour.types';

/** How high a door is, and where a window's sill and top are, in metres above the floor. */
export const DOOR_HEIGHT = 2.2;
export const SILL_HEIGHT = 0.9;

/** A piece of wall to draw: from `a` to `b` along the wall, between heights `bottom` and `top`. */
export interface WallPiece {
  a: PlanPoint;
  b: PlanPoint;
  bottom: number;
  top: number;
}

const lerp = (a: PlanPoint, b: PlanPoint, t: number): PlanPoint => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/**
 * A wall cut by its doors and windows: full-height pieces between the openings, the lintel above
 * each opening and the parapet below each window. Openings that overlap or run past the wall's
 * ends are clipped to it.
 */
export function wallPieces(wall: ShownFloor['walls'][number], height: number): WallPiece[] {
  const length = Math.hypot(wall.to[0] - wall.from[0], wall.to[1] - wall.from[1]);
  if (length === 0) return [];
  const at = (m: number) => lerp(wall.from, wall.to, m / length);
  const openings = [...(wall.openings ?? [])].sort((p, q) => p.at - q.at);
  const pieces: WallPiece[] = [];
  let done = 0;
  for (const o of openings) {
    const start = Math.max(done, o.at - o.width / 2);
    const end = Math.min(length, o.at + o.width / 2);
    if (end <= start) continue;
    if (start > done) pieces.push({ a: at(done), b: at(start), bottom: 0, top: height });
    const lintel = Math.min(DOOR_HEIGHT, height);
    if (lintel < height) pieces.push({ a: at(start), b: at(end), bottom: lintel, top: height });
    if (o.kind === 'window') pieces.push({ a: at(start), b: at(end), bottom: 0, top: SILL_HEIGHT });
    done = end;
  }
  if (done < length) pieces.push({ a: at(done), b: at(length), bottom: 0, top: height });
  return pieces;
}

/** The middle of a room's outline (its vertices' mean: rooms are drawn as simple shapes). */
export function centreOf(outline: readonly PlanPoint[]): PlanPoint {
  const n = Math.max(outline.length, 1);
  return [outline.reduce((s, p) => s + p[0], 0) / n, outline.reduce((s, p) => s + p[1], 0) / n];
}

/** Whether `p` lies inside the outline (even–odd rule). */
export function inside(p: PlanPoint, outline: readonly PlanPoint[]): boolean {
  let within = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [xi, yi] = outline[i] ?? [0, 0];
    const [xj, yj] = outline[j] ?? [0, 0];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

/** The compass heading (degrees clockwise from up the page) of looking from `from` to `to`. */
export function headingOf(from: PlanPoint, to: PlanPoint): number {
  return (Math.atan2(to[0] - from[0], -(to[1] - from[1])) * 180) / Math.PI;
}

/**
 * Where to stand to look at a spot: up to `distance` metres from it towards the middle of the
 * room it is in (or of the whole plan), so a shelf or a wall is seen from the room.
 */
export function viewpointOf(
  at: PlanPoint,
  rooms: readonly { outline: readonly PlanPoint[] }[],
  size: readonly [number, number],
  distance = 3,
): PlanPoint {
  const room = rooms.find((r) => inside(at, r.outline));
  const [cx, cy] = room ? centreOf(room.outline) : [size[0] / 2, size[1] / 2];
  const dx = cx - at[0];
  const dy = cy - at[1];
  const length = Math.hypot(dx, dy);
  if (length < 0.01) return [at[0], Math.min(at[1] + distance, size[1] - 0.5)];
  const step = Math.min(distance, length);
  return [at[0] + (dx / length) * step, at[1] + (dy / length) * step];
}
