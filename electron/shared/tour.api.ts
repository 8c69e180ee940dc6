import { z } from 'zod';
import { MEDIA_ID } from './media.types';
import { method } from './contract';
import { linkTarget } from './platform.api';
import type { PublishingStatus } from './publishing.types';
import {
  ITEM_KINDS,
  OPENING_KINDS,
  PLAN_LIMITS as L,
  type FloorPlan,
  type ShownPlan,
  type TourView,
} from './tour.types';

export * from './tour.types';

const text = z.string().trim().min(1).max(L.textLength);
const planText = z.union([
  text,
  z.object({ 'zh-CN': text, 'zh-TW': text.optional(), en: text.optional() }).strict(),
]);
const metres = z.number().finite().min(0).max(L.size);
const point = z.tuple([metres, metres]);
const planId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, - and _');

/** A model's origin may lie off the drawing (a model centred on the building's middle, say). */
const offsetMetres = z.number().finite().min(-L.size).max(L.size);
const planModel = z
  .object({
    media: z.string().regex(MEDIA_ID, 'a media id'),
    scale: z.number().finite().min(0.0001).max(1000).optional(),
    offset: z.tuple([offsetMetres, offsetMetres]).optional(),
    turn: z.number().finite().min(-360).max(360).optional(),
  })
  .strict();

const floor = z
  .object({
    id: planId,
    name: planText,
    rooms: z
      .array(
        z
          .object({ id: planId, name: planText, outline: z.array(point).min(3).max(L.outlinePoints) })
          .strict(),
      )
      .max(L.roomsPerFloor),
    walls: z
      .array(
        z
          .object({
            from: point,
            to: point,
            openings: z
              .array(
                z
                  .object({ kind: z.enum(OPENING_KINDS), at: metres, width: z.number().min(0.5).max(10) })
                  .strict(),
              )
              .max(20)
              .optional(),
          })
          .strict(),
      )
      .max(L.wallsPerFloor),
    items: z
      .array(
        z
          .object({
            kind: z.enum(ITEM_KINDS),
            at: point,
            size: z.tuple([z.number().min(0.1).max(30), z.number().min(0.1).max(30)]),
            turn: z.number().min(-360).max(360).optional(),
          })
          .strict(),
      )
      .max(L.itemsPerFloor),
    hotspots: z
      .array(
        z
          .object({
            id: planId,
            at: point,
            label: planText.optional(),
            link: linkTarget.optional(),
            info: z
              .object({ text: planText, photos: z.array(z.string().max(64)).max(L.infoPhotos).optional() })
              .strict()
              .optional(),
          })
          .strict()
          .refine(
            (h) => (h.link === undefined) !== (h.info === undefined),
            'a link or information, one of them',
          )
          .refine((h) => h.link !== undefined || h.label !== undefined, 'an information point needs a label'),
      )
      .max(L.hotspots),
  })
  .strict();

/**
 * A centre's floor plan (README: "The floor plan"): the shape here, and the references between
 * its parts (floors, hotspots and stops named by id) checked by {@link planProblem}.
 */
export const floorPlan: z.ZodType<FloorPlan> = z
  .object({
    version: z.literal(1),
    name: planText,
    size: z.tuple([z.number().min(2).max(L.size), z.number().min(2).max(L.size)]),
    storey: z.number().min(2).max(10),
    floors: z.array(floor).min(1).max(L.floors),
    start: z.object({ floor: planId, at: point, look: point }).strict(),
    tour: z
      .array(
        z
          .object({ floor: planId, at: point, look: point, hotspot: planId.optional(), caption: planText })
          .strict(),
      )
      .max(L.stops),
    model: planModel.optional(),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const problem = planProblem(plan);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

/** The first thing in a plan that refers to what is not there, or lies outside its footprint. */
export function planProblem(plan: FloorPlan): { message: string; path: (string | number)[] } | null {
  const floors = new Set<string>();
  const hotspots = new Set<string>();
  const [w, d] = plan.size;
  const outside = (p: readonly number[]) => (p[0] ?? 0) > w || (p[1] ?? 0) > d;
  for (const [i, f] of plan.floors.entries()) {
    if (floors.has(f.id)) return { message: `floor ${f.id} twice`, path: ['floors', i, 'id'] };
    floors.add(f.id);
    for (const [j, h] of f.hotspots.entries()) {
      if (hotspots.has(h.id))
        return { message: `hotspot ${h.id} twice`, path: ['floors', i, 'hotspots', j, 'id'] };
      hotspots.add(h.id);
      if (outside(h.at)) return { message: 'outside the plan', path: ['floors', i, 'hotspots', j, 'at'] };
    }
    for (const [j, r] of f.rooms.entries())
      if (r.outline.some(outside)) return { message: 'outside the plan', path: ['floors', i, 'rooms', j] };
    for (const [j, wall] of f.walls.entries())
      if (outside(wall.from) || outside(wall.to))
        return { message: 'outside the plan', path: ['floors', i, 'walls', j] };
  }
  if (hotspots.size > L.hotspots) return { message: `more than ${L.hotspots} hotspots`, path: ['floors'] };
  if (!floors.has(plan.start.floor))
    return { message: `no floor ${plan.start.floor}`, path: ['start', 'floor'] };
  for (const [i, s] of plan.tour.entries()) {
    if (!floors.has(s.floor)) return { message: `no floor ${s.floor}`, path: ['tour', i, 'floor'] };
    if (s.hotspot !== undefined && !hotspots.has(s.hotspot))
      return { message: `no hotspot ${s.hotspot}`, path: ['tour', i, 'hotspot'] };
  }
  return null;
}

/**
 * 3D 导览: the centre's floor plan, drawn as a 3D scene (or a 2D plan), whose hotspots link into the
 * other areas. Visitors read the published plan; curators edit the draft and submit it for review.
 */
export const tourApi = {
  /** The published plan, its texts in every language; null before one is published. */
  'tour.plan': method<TourView | null>()({ role: 'visitor', input: z.object({}) }),
  /** The draft as written, and where it stands in review; null before one is saved. */
  'tour.draft': method<{ plan: FloorPlan; status: PublishingStatus } | null>()({
    role: 'curator',
    input: z.object({}),
  }),
  /**
   * A plan as visitors would get it, its texts in every language (繁體 derived where not written),
   * without saving it: the editor's preview of unsaved work.
   */
  'tour.preview': method<ShownPlan>()({ role: 'curator', input: z.object({ plan: floorPlan }) }),
  /** Saves the draft (refused while a submission waits); submit it through `publishing.submit`. */
  'tour.saveDraft': method<PublishingStatus>()({
    role: 'curator',
    input: z.object({ plan: floorPlan }),
    writes: { domain: 'tour' },
  }),
};
