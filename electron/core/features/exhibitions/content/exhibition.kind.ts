import { EXHIBITION_KIND, type DraftExhibit, type DraftText } from '../../../../shared/exhibitions.types';
import type { MediaInfo } from '../../../../shared/media.types';
import type { Db } from '../../../db/database';
import { mediaRepo, toMediaInfo } from '../../../platform/media/media.repo';
import type { ContentKind } from '../../../platform/publishing/content-kind';
import { liveVersion } from '../../../platform/publishing/publishing.read';
import { exhibitionsRepo } from '../exhibitions.repo';
import { reindexExhibition } from '../search/exhibit-search';
import { parseExhibitDate } from './exhibit-date';
import { exhibitionPayload, type ExhibitionPayload, type ExhibitPayload } from './payload';
import { shown } from '../../../platform/text/shown';
import { shownOrNull, traditionalCues } from './texts';
import { parseVtt } from '../../../../shared/webvtt';

function mediaOf(db: Db, id: string): MediaInfo | null {
  const row = mediaRepo(db).bySha(id);
  return row ? toMediaInfo(row) : null;
}

/** Subtitles as cues per language; the save checked every source, so parsing cannot fail here. */
export function cuesOf(src: DraftText | null): ExhibitPayload['subtitles'] {
  if (src === null) return null;
  const zhCN = parseVtt(src['zh-CN']);
  return {
    'zh-CN': zhCN,
    'zh-TW': src['zh-TW'] === null ? traditionalCues(zhCN) : parseVtt(src['zh-TW']),
    en: src.en === null ? null : parseVtt(src.en),
  };
}

function exhibitPayload(db: Db, x: DraftExhibit): ExhibitPayload {
  return {
    uid: x.uid ?? '',
    type: x.type,
    title: shown(x.title),
    caption: shownOrNull(x.caption),
    body: shownOrNull(x.body),
    date: x.date === null ? null : parseExhibitDate(x.date),
    place: shownOrNull(x.place),
    people: shownOrNull(x.people),
    credit: shownOrNull(x.credit),
    tags: x.tags,
    // A file in use cannot be deleted (see mediaRefs): one missing here would be a bug, left out.
    media: x.media.flatMap((m) => {
      const media = mediaOf(db, m.mediaId);
      return media ? [{ media, caption: shownOrNull(m.caption) }] : [];
    }),
    subtitles: cuesOf(x.subtitles),
    links: x.links.map((l) => ({ area: l.area, kind: l.kind, id: l.id })),
    ...(x.highlight === true ? { highlight: true as const } : {}),
  };
}

/** The draft as the payload a version would hold (what `exhibitions.preview` shows too). */
export function draftPayload(db: Db, id: number): ExhibitionPayload | null {
  const d = exhibitionsRepo(db).draft(id);
  if (!d) return null;
  return {
    uid: d.uid,
    position: d.position,
    title: shown(d.title),
    subtitle: shownOrNull(d.subtitle),
    intro: shownOrNull(d.intro),
    cover: d.coverMediaId === null ? null : mediaOf(db, d.coverMediaId),
    sections: d.sections.map((s) => ({
      uid: s.uid ?? '',
      title: shown(s.title),
      intro: shownOrNull(s.intro),
      period: s.period,
      exhibits: s.exhibits.map((x) => exhibitPayload(db, x)),
    })),
  };
}

const exhibitsOf = (p: ExhibitionPayload) => p.sections.flatMap((s) => s.exhibits);

/** An exhibition in review before visitors see it; curators edit it, reviewers decide. */
export const exhibitionKind: ContentKind<ExhibitionPayload> = {
  kind: EXHIBITION_KIND,
  editorRole: 'curator',
  schema: exhibitionPayload,
  snapshot: draftPayload,
  validate(p) {
    const exhibits = exhibitsOf(p);
    if (exhibits.length === 0) return 'noExhibits';
    if (exhibits.some((x) => x.type !== 'text' && x.media.length === 0)) return 'exhibitWithoutMedia';
    return null;
  },
  title: (p) => p.title['zh-CN'],
  present: (p) => [
    { field: 'title', text: p.title['zh-CN'] },
    { field: 'subtitle', text: p.subtitle?.['zh-CN'] ?? null },
    { field: 'intro', text: p.intro?.['zh-CN'] ?? null },
    { field: 'cover', text: p.cover?.id ?? null },
    { field: 'sections', items: p.sections.map((s) => ({ key: s.uid, text: s.title['zh-CN'] })) },
    {
      field: 'exhibits',
      items: exhibitsOf(p).map((x) => ({
        key: x.uid,
        text: [x.date?.text, x.title['zh-CN'], x.caption?.['zh-CN']].filter(Boolean).join(' · '),
      })),
    },
    // The welcome screen's picks, so a reviewer sees a mark added or taken off like any other change.
    {
      field: 'highlights',
      items: exhibitsOf(p)
        .filter((x) => x.highlight === true)
        .map((x) => ({ key: x.uid, text: x.title['zh-CN'] })),
    },
  ],
  liveChanged(db, id) {
    reindexExhibition(db, id, liveVersion(db, exhibitionKind, id)?.payload ?? null);
  },
};
