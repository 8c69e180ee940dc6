import type { PresentedField } from '../../../shared/publishing.types';
import { floorPlan, TOUR_PLAN_KIND, type FloorPlan, type PlanText } from '../../../shared/tour.api';
import type { ReadDb, WriteDb } from '../../db/database';
import type { ContentKind } from '../../platform/publishing/content-kind';

/** The draft plan, as stored by `tour.saveDraft` (or the demo). */
export function draftPlan(db: ReadDb): FloorPlan | null {
  const json = db.prepare<[], string>('SELECT plan FROM tour_plans WHERE id = 1').pluck().get();
  return json === undefined ? null : floorPlan.parse(JSON.parse(json));
}

export function storeDraft(db: WriteDb, plan: FloorPlan, at: Date): void {
  db.prepare(
    `INSERT INTO tour_plans (id, plan, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET plan = excluded.plan, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(plan), at.toISOString());
}

/** A plan's text in 简体, as a reviewer and the media list read it. */
export const zh = (t: PlanText) => (typeof t === 'string' ? t : t['zh-CN']);

/** The floor plan in review: a reviewer reads its floors, rooms, hotspots and stops by name. */
export const tourPlanKind: ContentKind<FloorPlan> = {
  kind: TOUR_PLAN_KIND,
  editorRole: 'curator',
  schema: floorPlan,
  snapshot: (db) => draftPlan(db),
  validate: (p) => (p.floors.every((f) => f.rooms.length === 0 && f.walls.length === 0) ? 'emptyPlan' : null),
  title: (p) => zh(p.name),
  present: (p): PresentedField[] => [
    { field: 'name', text: zh(p.name) },
    { field: 'floors', items: p.floors.map((f) => ({ key: f.id, text: zh(f.name) })) },
    {
      field: 'rooms',
      items: p.floors.flatMap((f) =>
        f.rooms.map((r) => ({ key: `${f.id}/${r.id}`, text: `${zh(f.name)} · ${zh(r.name)}` })),
      ),
    },
    {
      field: 'hotspots',
      items: p.floors.flatMap((f) =>
        f.hotspots.map((h) => ({
          key: h.id,
          text: `${zh(f.name)} · ${h.label ? zh(h.label) : `${h.link?.area}/${h.link?.kind}/${h.link?.id}`}`,
        })),
      ),
    },
    { field: 'tour', items: p.tour.map((s, i) => ({ key: String(i), text: zh(s.caption) })) },
    // The model by its file and placement: a new file or a move is a change a reviewer sees.
    ...(p.model
      ? [
          {
            field: 'model',
            text: `${p.model.media.slice(0, 12)} · ×${p.model.scale ?? 1} · (${(p.model.offset ?? [0, 0]).join(', ')}) · ${p.model.turn ?? 0}°`,
          },
        ]
      : []),
  ],
};
