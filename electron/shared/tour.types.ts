// No zod here: the renderer imports these values and types (the schema is in tour.api.ts).
import type { LinkTarget } from './platform.api';
import type { ShownText } from './shown-text';

/** The content kind of the centre's floor plan in review before publish (one plan, content id 1). */
export const TOUR_PLAN_KIND = 'tour.plan';
export const TOUR_PLAN_ID = 1;

/** A point on a floor, in metres from the plan's top-left corner: x to the right, y down the page. */
export type PlanPoint = [x: number, y: number];

/**
 * A text of the plan as a centre writes it: 简体 alone, or each language (繁體 derived when not
 * given, English shown as 简体 with a note when missing).
 */
export type PlanText = string | { 'zh-CN': string; 'zh-TW'?: string; en?: string };

/** Furniture the scene draws: each a simple shape of its own, placed and turned on the floor. */
export const ITEM_KINDS = ['shelf', 'exhibitWall', 'screen', 'desk', 'seating', 'table', 'lectern'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const OPENING_KINDS = ['door', 'window'] as const;

/** The plan's limits, which keep any plan cheap to draw on a kiosk's software renderer. */
export const PLAN_LIMITS = {
  floors: 6,
  size: 200,
  roomsPerFloor: 60,
  outlinePoints: 40,
  wallsPerFloor: 400,
  itemsPerFloor: 400,
  hotspots: 100,
  stops: 30,
  infoPhotos: 12,
  textLength: 400,
} as const;

/** A plan whose texts are `T`: {@link PlanText} as written, {@link ShownText} as visitors get it. */
export interface FloorPlanOf<T> {
  version: 1;
  name: T;
  /** Every floor's footprint: width and depth in metres. */
  size: [width: number, depth: number];
  /** Wall height (and the height between floors), metres. */
  storey: number;
  floors: PlanFloorOf<T>[];
  /** Where a visit begins: the floor, the spot, and a point it looks towards. */
  start: { floor: string; at: PlanPoint; look: PlanPoint };
  /** The guided tour's stops, in order. */
  tour: TourStopOf<T>[];
  /**
   * The centre's own 3D model, drawn instead of the walls and furniture (README: "glTF import").
   * The floors, rooms, walls and hotspots stay the plan's: the 2D plan, the minimap and the
   * hotspots are placed by them, the model is placed on them.
   */
  model?: PlanModel;
}

/**
 * A 3D model of the whole building (a stored media file of kind `model`, binary glTF 2.0) and how
 * it lies on the plan. glTF's +X is the plan's x, its +Z the plan's y (down the page), its +Y up,
 * in metres: the model's origin is put at `offset` on the plan, turned clockwise by `turn`
 * degrees (seen from above), scaled by `scale`. Floor n (from 0) stands at n × `storey`.
 */
export interface PlanModel {
  /** The model's media id. */
  media: string;
  /** 1 by default (a model drawn in centimetres: 0.01). */
  scale?: number;
  /** Where the model's origin lies on the plan, metres; [0, 0] by default. */
  offset?: PlanPoint;
  /** Degrees clockwise, seen from above; 0 by default. */
  turn?: number;
}

export interface PlanFloorOf<T> {
  /** Unique in the plan (`1F`); hotspots and stops name their floor by it. */
  id: string;
  name: T;
  rooms: { id: string; name: T; outline: PlanPoint[] }[];
  /** Straight walls; `openings` are doors and windows, `at` metres from `from` to the opening's middle. */
  walls: {
    from: PlanPoint;
    to: PlanPoint;
    openings?: { kind: 'door' | 'window'; at: number; width: number }[];
  }[];
  /** Furniture: its middle, its width × depth in metres, turned clockwise by `turn` degrees. */
  items: { kind: ItemKind; at: PlanPoint; size: [number, number]; turn?: number }[];
  hotspots: PlanHotspotOf<T>[];
}

/**
 * A spot a visitor taps: a link to another area's content (a room, a shelf, an exhibition), or an
 * information point with its own text and photos (media ids).
 */
export interface PlanHotspotOf<T> {
  /** Unique in the plan. */
  id: string;
  at: PlanPoint;
  /** Its name; a linked hotspot without one takes the title of what it links to. */
  label?: T;
  link?: LinkTarget;
  info?: { text: T; photos?: string[] };
}

export interface TourStopOf<T> {
  floor: string;
  at: PlanPoint;
  look: PlanPoint;
  /** The hotspot this stop presents, opened from the caption. */
  hotspot?: string;
  caption: T;
}

export type FloorPlan = FloorPlanOf<PlanText>;
export type ShownPlan = FloorPlanOf<ShownText>;
export type ShownFloor = PlanFloorOf<ShownText>;
export type ShownHotspot = PlanHotspotOf<ShownText>;
export type ShownStop = TourStopOf<ShownText>;

/** What a hotspot is to a visitor, from what it links to. */
export type HotspotKind = 'room' | 'shelf' | 'exhibition' | 'info' | 'link';

export function hotspotKind(h: { link?: LinkTarget }): HotspotKind {
  if (!h.link) return 'info';
  if (h.link.area === 'venues' && h.link.kind === 'room') return 'room';
  if (h.link.area === 'library' && h.link.kind === 'shelf') return 'shelf';
  if (h.link.area === 'exhibitions') return 'exhibition';
  return 'link';
}

/** The published plan as visitors get it. */
export interface TourView {
  plan: ShownPlan;
  /** The published version's number (a new one redraws the scene). */
  version: number;
  /** Slower frames than this (p95, ms) at the lowest quality give up 3D (`tour.slowFrameMs`). */
  slowFrameMs: number;
}
