import type { ShownText } from '../../../shared/shown-text';
import { TOUR_PLAN_ID, type FloorPlan, type PlanText, type ShownPlan } from '../../../shared/tour.api';
import type { Handlers } from '../../context';
import { DomainError } from '../../errors';
import { mediaRepo } from '../../platform/media/media.repo';
import { readSettings } from '../../platform/settings/settings.repo';
import { liveVersion, statusesOf } from '../../platform/publishing/publishing.read';
import { draftChanged } from '../../platform/publishing/publishing.service';
import { shown } from '../../platform/text/shown';
import { draftPlan, storeDraft, tourPlanKind } from './tour.kind';

function shownText(t: PlanText): ShownText {
  return typeof t === 'string'
    ? shown({ 'zh-CN': t, 'zh-TW': null, en: null })
    : shown({ 'zh-CN': t['zh-CN'], 'zh-TW': t['zh-TW'] ?? null, en: t.en ?? null });
}

/** The plan with every text in the three languages (繁體 derived where not written). */
export function shownPlan(p: FloorPlan): ShownPlan {
  return {
    ...p,
    name: shownText(p.name),
    floors: p.floors.map((f) => ({
      ...f,
      name: shownText(f.name),
      rooms: f.rooms.map((r) => ({ ...r, name: shownText(r.name) })),
      hotspots: f.hotspots.map(({ label, info, ...h }) => ({
        ...h,
        ...(label === undefined ? {} : { label: shownText(label) }),
        ...(info === undefined ? {} : { info: { ...info, text: shownText(info.text) } }),
      })),
    })),
    tour: p.tour.map((s) => ({ ...s, caption: shownText(s.caption) })),
  };
}

const counts = (p: FloorPlan) => ({
  floors: p.floors.length,
  rooms: p.floors.reduce((n, f) => n + f.rooms.length, 0),
  hotspots: p.floors.reduce((n, f) => n + f.hotspots.length, 0),
  stops: p.tour.length,
});

export const tourHandlers: Pick<Handlers, 'tour.plan' | 'tour.draft' | 'tour.preview' | 'tour.saveDraft'> = {
  'tour.plan': (_input, ctx) => {
    const live = liveVersion(ctx.db, tourPlanKind, TOUR_PLAN_ID);
    if (!live) return null;
    const slowFrameMs = readSettings(ctx.db)['tour.slowFrameMs'];
    return { plan: shownPlan(live.payload), version: live.version, slowFrameMs };
  },
  'tour.draft': (_input, ctx) => {
    const plan = draftPlan(ctx.db);
    const status = statusesOf(ctx.db, tourPlanKind.kind).get(TOUR_PLAN_ID);
    return plan && status ? { plan, status } : null;
  },
  'tour.preview': ({ plan }) => shownPlan(plan),
  'tour.saveDraft': ({ plan }, ctx) => {
    for (const mediaId of plan.floors.flatMap((f) => f.hotspots.flatMap((h) => h.info?.photos ?? [])))
      if (mediaRepo(ctx.db).bySha(mediaId)?.kind !== 'image')
        throw new DomainError('tour_photo_invalid', 'Not a picture in the media store', { mediaId });
    if (plan.model && mediaRepo(ctx.db).bySha(plan.model.media)?.kind !== 'model')
      throw new DomainError('tour_model_invalid', 'Not a 3D model in the media store', {
        mediaId: plan.model.media,
      });
    const before = draftPlan(ctx.db);
    storeDraft(ctx.db, plan, ctx.now());
    ctx.audit({
      entity: 'tourPlan',
      entityId: TOUR_PLAN_ID,
      before: before && counts(before),
      after: counts(plan),
    });
    return draftChanged(ctx, tourPlanKind, TOUR_PLAN_ID);
  },
};
