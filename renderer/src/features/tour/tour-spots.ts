import type { LinkState, LinkTarget, ResolvedLink } from '../../../../electron/shared/platform.api';
import type { ShownText } from '../../../../electron/shared/shown-text';
import {
  hotspotKind,
  type HotspotKind,
  type PlanPoint,
  type ShownPlan,
} from '../../../../electron/shared/tour.types';

/** A hotspot as the tour shows it: where, what it is, its name and, for a room, how it stands now. */
export interface TourSpot {
  id: string;
  /** Its number on the canvas, the plan and in the list (1, 2, …, in the plan's order). */
  n: number;
  floor: string;
  at: PlanPoint;
  kind: HotspotKind;
  /** The plan's own name for it, in every language. */
  label: ShownText | null;
  /** The title of what it links to (in 简体, as the other area names it); null: gone or not linked. */
  title: string | null;
  link: LinkTarget | null;
  /** A linked hotspot whose target is gone: listed, but it opens nothing. */
  gone: boolean;
  state: LinkState | null;
  info: { text: ShownText; photos: string[] } | null;
}

/** Colours of a hotspot by how its room stands; anything that is not a room has its kind's own. */
export type SpotTone = 'free' | 'busy' | 'closed' | HotspotKind;

export function toneOf(spot: Pick<TourSpot, 'kind' | 'state'>): SpotTone {
  return spot.kind === 'room' && spot.state ? spot.state.now : spot.kind;
}

export const linkKey = (l: LinkTarget) => `${l.area}/${l.kind}/${l.id}`;

/**
 * Every hotspot of the plan, floor by floor, joined with what its links resolved to. Before the
 * links have been resolved (`resolved` undefined), linked hotspots are listed without titles.
 */
export function tourSpots(plan: ShownPlan, resolved: readonly ResolvedLink[] | undefined): TourSpot[] {
  const byKey = new Map((resolved ?? []).map((r) => [linkKey(r), r]));
  let n = 0;
  return plan.floors.flatMap((floor) =>
    floor.hotspots.map((h) => {
      const r = h.link ? byKey.get(linkKey(h.link)) : undefined;
      return {
        id: h.id,
        n: ++n,
        floor: floor.id,
        at: h.at,
        kind: hotspotKind(h),
        label: h.label ?? null,
        title: r?.title ?? null,
        link: h.link ?? null,
        gone: resolved !== undefined && h.link !== undefined && !r?.title,
        state: r?.state ?? null,
        info: h.info ? { text: h.info.text, photos: h.info.photos ?? [] } : null,
      };
    }),
  );
}

/** Every link the plan's hotspots make, each once (for `links.resolve`). */
export function planLinks(plan: ShownPlan): LinkTarget[] {
  const seen = new Map<string, LinkTarget>();
  for (const h of plan.floors.flatMap((f) => f.hotspots)) if (h.link) seen.set(linkKey(h.link), h.link);
  return [...seen.values()];
}
