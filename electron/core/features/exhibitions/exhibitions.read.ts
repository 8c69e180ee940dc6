import {
  HIGHLIGHTS_MAX,
  type Exhibit,
  type Exhibition,
  type ExhibitionCard,
  type ExhibitHighlight,
  type ExhibitHit,
  type TimelineItem,
} from '../../../shared/exhibitions.types';
import type { MediaInfo } from '../../../shared/media.types';
import type { LinkTarget, Paged, ResolvedLink } from '../../../shared/platform.api';
import type { Ctx } from '../../context';
import { DomainError } from '../../errors';
import {
  liveVersion,
  liveVersions,
  parsePayload,
  waitingSubmission,
} from '../../platform/publishing/publishing.read';
import { draftPayload, exhibitionKind } from './content/exhibition.kind';
import type { ExhibitionPayload, ExhibitPayload } from './content/payload';
import { searchExhibits } from './search/exhibit-search';

type Reader = Pick<Ctx, 'db' | 'app'>;

export const exhibitionNotFound = (id: number) =>
  new DomainError('exhibition_not_found', 'No such exhibition', { id });

const exhibitsOf = (p: ExhibitionPayload) => p.sections.flatMap((s) => s.exhibits);

/**
 * Links as visitors follow them: each target's title now, `null` when it is gone. A link to an
 * exhibit of the same exhibition takes its title from the version being read, so a draft's preview
 * and a reviewer's view show links between exhibits that are not published yet.
 */
function resolveLinks(ctx: Reader, targets: LinkTarget[], own: ReadonlyMap<string, string>): ResolvedLink[] {
  return targets.map((t) => ({
    ...t,
    title:
      (t.area === 'exhibitions' && t.kind === 'exhibit' ? own.get(t.id) : undefined) ??
      ctx.app.registry.links.get(t.area)?.[t.kind]?.(ctx.db, t.id, ctx.app.now())?.title ??
      null,
  }));
}

/** `own`: the 简体 titles of the exhibits of the version read (none needed for a published one). */
function toExhibit(ctx: Reader, x: ExhibitPayload, own: ReadonlyMap<string, string> = new Map()): Exhibit {
  return { ...x, links: resolveLinks(ctx, x.links, own) };
}

function yearsOf(p: ExhibitionPayload): [string, string] | null {
  const dates = exhibitsOf(p).flatMap((x) => (x.date ? [x.date] : []));
  if (dates.length === 0) return null;
  const from = dates.map((d) => d.from).sort()[0] ?? '';
  const to =
    dates
      .map((d) => d.to)
      .sort()
      .at(-1) ?? '';
  return [from.slice(0, 4), to.slice(0, 4)];
}

function toCard(id: number, p: ExhibitionPayload): ExhibitionCard {
  return {
    id,
    uid: p.uid,
    title: p.title,
    subtitle: p.subtitle,
    cover: p.cover,
    exhibitCount: exhibitsOf(p).length,
    years: yearsOf(p),
  };
}

export function toExhibition(ctx: Reader, id: number, p: ExhibitionPayload): Exhibition {
  const own = new Map(exhibitsOf(p).map((x) => [x.uid, x.title['zh-CN']]));
  return {
    ...toCard(id, p),
    intro: p.intro,
    sections: p.sections.map((s) => ({ ...s, exhibits: s.exhibits.map((x) => toExhibit(ctx, x, own)) })),
  };
}

const live = (ctx: Reader) =>
  liveVersions(ctx.db, exhibitionKind).sort(
    (a, b) => a.payload.position - b.payload.position || a.contentId - b.contentId,
  );

/** The published exhibitions, in the curator's order. */
export function listExhibitions(ctx: Reader): ExhibitionCard[] {
  return live(ctx).map((v) => toCard(v.contentId, v.payload));
}

export function getExhibition(ctx: Reader, id: number): Exhibition {
  const v = liveVersion(ctx.db, exhibitionKind, id);
  if (!v) throw exhibitionNotFound(id);
  return toExhibition(ctx, id, v.payload);
}

/** The draft as visitors would see it once approved. */
export function previewExhibition(ctx: Reader, id: number): Exhibition {
  const p = draftPayload(ctx.db, id);
  if (!p) throw exhibitionNotFound(id);
  return toExhibition(ctx, id, exhibitionKind.schema.parse(p));
}

/** A submission still waiting for review, as visitors would see it once approved. */
export function submittedExhibition(ctx: Reader, versionId: number): Exhibition {
  const { v } = waitingSubmission(ctx.db, versionId);
  if (v.kind !== exhibitionKind.kind) {
    throw new DomainError('not_found', 'No such submission', { what: 'submission' });
  }
  return toExhibition(ctx, v.content_id, parsePayload(exhibitionKind, v.payload));
}

/** Every dated exhibit of the published exhibitions, oldest first (the less precise first on a tie). */
export function timeline(ctx: Reader): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const v of live(ctx)) {
    for (const x of exhibitsOf(v.payload)) {
      if (!x.date) continue;
      items.push({
        exhibitionId: v.contentId,
        exhibitUid: x.uid,
        type: x.type,
        title: x.title,
        date: x.date,
        thumb: x.media[0]?.media ?? null,
      });
    }
  }
  return items.sort(
    (a, b) =>
      a.date.from.localeCompare(b.date.from) ||
      b.date.to.localeCompare(a.date.to) ||
      a.exhibitionId - b.exhibitionId,
  );
}

/** What the welcome screen can show of an exhibit: a picture, or a video's poster; never a recording. */
function pictureOf(x: ExhibitPayload): MediaInfo | null {
  const media = x.media[0]?.media;
  if (!media) return null;
  return media.kind === 'image' || media.variants.includes('poster') ? media : null;
}

/**
 * The exhibits curators marked for the welcome screen, from what visitors see now (a mark still
 * in review, or taken off in an approved version, is not there): the curator's order of the
 * exhibitions, then of their sections and exhibits, the first {@link HIGHLIGHTS_MAX}.
 */
export function highlights(ctx: Reader): ExhibitHighlight[] {
  const out: ExhibitHighlight[] = [];
  for (const v of live(ctx)) {
    for (const x of exhibitsOf(v.payload)) {
      if (x.highlight !== true) continue;
      out.push({
        exhibitionId: v.contentId,
        exhibitUid: x.uid,
        type: x.type,
        title: x.title,
        caption: x.caption,
        exhibitionTitle: v.payload.title,
        picture: pictureOf(x),
      });
      if (out.length === HIGHLIGHTS_MAX) return out;
    }
  }
  return out;
}

export function search(ctx: Reader, q: string, offset: number, limit: number): Paged<ExhibitHit> {
  const { rows, total } = searchExhibits(ctx.db, q, offset, limit);
  const payloads = new Map<number, ExhibitionPayload | null>();
  const hits: ExhibitHit[] = [];
  for (const r of rows) {
    if (!payloads.has(r.exhibitionId)) {
      payloads.set(r.exhibitionId, liveVersion(ctx.db, exhibitionKind, r.exhibitionId)?.payload ?? null);
    }
    const p = payloads.get(r.exhibitionId);
    const x = p && exhibitsOf(p).find((e) => e.uid === r.exhibitUid);
    if (p && x)
      hits.push({ exhibitionId: r.exhibitionId, exhibitionTitle: p.title, exhibit: toExhibit(ctx, x) });
  }
  return { rows: hits, total, offset, limit };
}
