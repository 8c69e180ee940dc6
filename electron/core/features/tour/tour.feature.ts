import { tourApi, TOUR_PLAN_ID } from '../../../shared/tour.api';
import { tourErrors } from '../../../shared/tour.errors';
import { tourSettings } from '../../../shared/tour.settings';
import type { Feature } from '../../context';
import { keptPayloads } from '../../platform/publishing/publishing.read';
import { publishAsIs } from '../../platform/publishing/publishing.service';
import { DEMO_PLAN } from './demo/demo-plan';
import { m001Tour } from './migrations/001-tour';
import { tourHandlers } from './tour.handlers';
import { draftPlan, storeDraft, tourPlanKind, zh } from './tour.kind';

/**
 * 3D 导览: the centre drawn from its floor plan, whose hotspots lead into the other areas through
 * links. Core keeps the plan (a draft and its published versions); the renderer draws it.
 */
export const tourFeature: Feature = {
  id: 'tour',
  area: true,
  api: tourApi,
  errors: tourErrors,
  settings: tourSettings,
  migrations: [m001Tour],
  handlers: tourHandlers,
  contentKinds: [tourPlanKind],
  // The draft's photos and model, and those of every version kept for rollback (a model once,
  // however many versions hold it: it is one use, the centre's model).
  mediaRefs: (db) => {
    const plans = [draftPlan(db), ...keptPayloads(db, tourPlanKind)].filter((p) => p !== null);
    const models = new Map(plans.flatMap((p) => (p.model ? [[p.model.media, zh(p.name)] as const] : [])));
    return [
      ...[...models].map(([media, label]) => ({ media, label, kind: 'model' })),
      ...plans.flatMap((plan) =>
        plan.floors.flatMap((f) =>
          f.hotspots.flatMap((h) =>
            (h.info?.photos ?? []).map((media) => ({ media, label: h.id, kind: 'info' })),
          ),
        ),
      ),
    ];
  },
  seed: (db, now) => {
    storeDraft(db, DEMO_PLAN, now);
    publishAsIs(db, tourPlanKind, TOUR_PLAN_ID, now);
  },
};
