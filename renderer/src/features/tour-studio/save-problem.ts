import type { FloorPlan } from '../../../../electron/shared/tour.types';
import type { Selection } from './plan-edit';

/** Where in the plan a refused save points: the floor to show, the thing to select, what it is. */
export interface PlanProblem {
  floorId: string | null;
  selection: Selection | null;
  /** What the message names: a thing of a floor, the start, the guided tour, or the plan itself. */
  subject: Selection['kind'] | 'start' | 'tour' | 'plan';
}

const LISTS = { rooms: 'room', walls: 'wall', items: 'item', hotspots: 'hotspot' } as const;

/**
 * The thing an input issue's path names (`plan.floors.0.hotspots.3.info.text` → the fourth hotspot
 * of the first floor), so the editor opens it where the curator can put it right.
 */
export function problemAt(plan: FloorPlan, path: readonly (string | number)[]): PlanProblem {
  const [first, ...rest] = path[0] === 'plan' ? path.slice(1) : path;
  if (first === 'start' || first === 'tour')
    return { floorId: first === 'start' ? plan.start.floor : null, selection: null, subject: first };
  if (first !== 'floors') return { floorId: null, selection: null, subject: 'plan' };
  const [fi, list, index] = rest;
  const floor = typeof fi === 'number' ? plan.floors[fi] : undefined;
  const kind = typeof list === 'string' ? LISTS[list as keyof typeof LISTS] : undefined;
  if (!floor) return { floorId: null, selection: null, subject: 'plan' };
  if (!kind || typeof index !== 'number') return { floorId: floor.id, selection: null, subject: 'plan' };
  return { floorId: floor.id, selection: { kind, index }, subject: kind };
}

/**
 * The first hotspot that cannot be saved yet (a link not chosen, an information point without its
 * name or text), found before asking core, with its floor.
 */
export function unfinishedHotspot(plan: FloorPlan): PlanProblem | null {
  for (const floor of plan.floors)
    for (const [index, h] of floor.hotspots.entries()) {
      const text = (t: typeof h.label) =>
        t === undefined ? '' : (typeof t === 'string' ? t : t['zh-CN']).trim();
      const done = h.link !== undefined || (text(h.label) !== '' && text(h.info?.text) !== '');
      if (!done) return { floorId: floor.id, selection: { kind: 'hotspot', index }, subject: 'hotspot' };
    }
  return null;
}
