import type {
  DraftExhibit,
  DraftExhibition,
  DraftSection,
  DraftText,
  ExhibitType,
  PartyPeriod,
} from '../../../../electron/shared/exhibitions.types';
import type { LinkTarget } from '../../../../electron/shared/platform.api';

// The curator's editor as plain data: what the form holds (every text a string, so a field can be
// empty while typing), how it becomes the draft `exhibitions.save` takes and back, moves in lists,
// and which field a refusal belongs to. No React here, so all of it is tested in jsdom.

export const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text being typed: 简体, 繁體 ('' means derive it at save) and English ('' means not written). */
export type FormText = Record<Lang, string>;

export interface FormMedia {
  mediaId: string;
  caption: FormText;
}

export interface FormExhibit {
  /** The form's own key (for React and dragging): the uid once saved, else made here. */
  key: string;
  uid?: string;
  type: ExhibitType;
  title: FormText;
  caption: FormText;
  body: FormText;
  date: string;
  place: FormText;
  people: FormText;
  credit: FormText;
  /** As typed: separated by commas, 、 or ，. */
  tags: string;
  media: FormMedia[];
  /**
   * WebVTT source per language, as picked from a file or pasted: 简体 needed when any is given,
   * 繁體 '' derived from it, English '' none. Sent only for a video or a recording.
   */
  subtitles: FormText;
  /** To a book, a room or another exhibit, in the curator's order (at most {@link LINKS_MAX}). */
  links: LinkTarget[];
  /** On the welcome screen's rotation once approved. */
  highlight: boolean;
}

export interface FormSection {
  key: string;
  uid?: string;
  title: FormText;
  intro: FormText;
  period: PartyPeriod | null;
  exhibits: FormExhibit[];
}

export interface ExhibitionForm {
  id?: number;
  title: FormText;
  subtitle: FormText;
  intro: FormText;
  coverMediaId: string | null;
  sections: FormSection[];
}

/** How many links an exhibit may have (`exhibitions.save` takes no more). */
export const LINKS_MAX = 20;

/** The exhibit types that play, and so may have subtitles. */
export const PLAYABLE: ReadonlySet<ExhibitType> = new Set(['video', 'audio']);

const newKey = () => `new-${crypto.randomUUID()}`;

export const emptyText = (): FormText => ({ 'zh-CN': '', 'zh-TW': '', en: '' });

export function textOf(text: DraftText | null): FormText {
  return text === null
    ? emptyText()
    : { 'zh-CN': text['zh-CN'], 'zh-TW': text['zh-TW'] ?? '', en: text.en ?? '' };
}

/** An optional text: null when nothing is typed in any language; 繁 and English null when empty. */
export function draftTextOf(text: FormText): DraftText | null {
  const t = (lang: Lang) => text[lang].trim();
  if (t('zh-CN') === '' && t('zh-TW') === '' && t('en') === '') return null;
  return { 'zh-CN': t('zh-CN'), 'zh-TW': t('zh-TW') || null, en: t('en') || null };
}

/** A required text: always there, even empty (the check below names it first). */
function requiredOf(text: FormText): DraftText {
  return draftTextOf(text) ?? { 'zh-CN': '', 'zh-TW': null, en: null };
}

export function emptyExhibit(type: ExhibitType = 'photo'): FormExhibit {
  return {
    key: newKey(),
    type,
    title: emptyText(),
    caption: emptyText(),
    body: emptyText(),
    date: '',
    place: emptyText(),
    people: emptyText(),
    credit: emptyText(),
    tags: '',
    media: [],
    subtitles: emptyText(),
    links: [],
    highlight: false,
  };
}

export function emptySection(): FormSection {
  return { key: newKey(), title: emptyText(), intro: emptyText(), period: null, exhibits: [] };
}

export function emptyForm(): ExhibitionForm {
  return {
    title: emptyText(),
    subtitle: emptyText(),
    intro: emptyText(),
    coverMediaId: null,
    sections: [],
  };
}

export function splitTags(typed: string): string[] {
  const seen = new Set<string>();
  for (const tag of typed.split(/[,，、;；]/)) {
    const t = tag.trim();
    if (t !== '') seen.add(t);
  }
  return [...seen];
}

function exhibitForm(x: DraftExhibit): FormExhibit {
  return {
    key: x.uid ?? newKey(),
    ...(x.uid === undefined ? {} : { uid: x.uid }),
    type: x.type,
    title: textOf(x.title),
    caption: textOf(x.caption),
    body: textOf(x.body),
    date: x.date ?? '',
    place: textOf(x.place),
    people: textOf(x.people),
    credit: textOf(x.credit),
    tags: x.tags.join('、'),
    media: x.media.map((m) => ({ mediaId: m.mediaId, caption: textOf(m.caption) })),
    subtitles: textOf(x.subtitles),
    links: x.links.map((l) => ({ area: l.area, kind: l.kind, id: l.id })),
    highlight: x.highlight ?? false,
  };
}

function sectionForm(s: DraftSection): FormSection {
  return {
    key: s.uid ?? newKey(),
    ...(s.uid === undefined ? {} : { uid: s.uid }),
    title: textOf(s.title),
    intro: textOf(s.intro),
    period: s.period,
    exhibits: s.exhibits.map(exhibitForm),
  };
}

/** A saved draft as the form shows it. */
export function formOf(draft: DraftExhibition): ExhibitionForm {
  return {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    title: textOf(draft.title),
    subtitle: textOf(draft.subtitle),
    intro: textOf(draft.intro),
    coverMediaId: draft.coverMediaId,
    sections: draft.sections.map(sectionForm),
  };
}

/** The form as `exhibitions.save` takes it: trimmed, empty optional texts as null, tags split. */
export function draftOf(form: ExhibitionForm): DraftExhibition {
  return {
    ...(form.id === undefined ? {} : { id: form.id }),
    title: requiredOf(form.title),
    subtitle: draftTextOf(form.subtitle),
    intro: draftTextOf(form.intro),
    coverMediaId: form.coverMediaId,
    sections: form.sections.map((s) => ({
      ...(s.uid === undefined ? {} : { uid: s.uid }),
      title: requiredOf(s.title),
      intro: draftTextOf(s.intro),
      period: s.period,
      exhibits: s.exhibits.map((x) => ({
        ...(x.uid === undefined ? {} : { uid: x.uid }),
        type: x.type,
        title: requiredOf(x.title),
        caption: draftTextOf(x.caption),
        body: draftTextOf(x.body),
        date: x.date.trim() || null,
        place: draftTextOf(x.place),
        people: draftTextOf(x.people),
        credit: draftTextOf(x.credit),
        tags: splitTags(x.tags),
        media: x.media.map((m) => ({ mediaId: m.mediaId, caption: draftTextOf(m.caption) })),
        subtitles: PLAYABLE.has(x.type) ? draftTextOf(x.subtitles) : null,
        links: x.links,
        highlight: x.highlight,
      })),
    })),
  };
}

/** Whether two link targets lead to the same thing. */
export function sameLink(a: LinkTarget, b: LinkTarget): boolean {
  return a.area === b.area && a.kind === b.kind && a.id === b.id;
}

/** The exhibit's links with `target` added at the end; the same links when it is there already or full. */
export function withLink(links: readonly LinkTarget[], target: LinkTarget): LinkTarget[] {
  if (links.length >= LINKS_MAX || links.some((l) => sameLink(l, target))) return [...links];
  return [...links, target];
}

/** A link to a book of the reading room (a title of the catalogue). */
export const bookLink = (titleId: number): LinkTarget => ({
  area: 'library',
  kind: 'title',
  id: String(titleId),
});

/** A link to a room of the centre (venue booking). */
export const roomLink = (venueId: number): LinkTarget => ({
  area: 'venues',
  kind: 'room',
  id: String(venueId),
});

/** A link to an exhibit, by its uid. */
export const exhibitLink = (uid: string): LinkTarget => ({ area: 'exhibitions', kind: 'exhibit', id: uid });

/**
 * The exhibits of the form an exhibit may link to: every saved one (a new exhibit has no uid to
 * link by until it is saved) but itself, with its 简体 title.
 */
export function linkableExhibits(form: ExhibitionForm, self: string): { uid: string; title: string }[] {
  const found: { uid: string; title: string }[] = [];
  for (const s of form.sections) {
    for (const x of s.exhibits) {
      if (x.uid === undefined || x.key === self) continue;
      found.push({ uid: x.uid, title: x.title['zh-CN'].trim() });
    }
  }
  return found;
}

/** `list` with the item at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

/** Moves by keys, as a drag ends: the dragged item takes the place of the one it was dropped on. */
export function moveByKey<T extends { key: string }>(list: readonly T[], from: string, to: string): T[] {
  return move(
    list,
    list.findIndex((x) => x.key === from),
    list.findIndex((x) => x.key === to),
  );
}

/** Where a field is, as the save's issues name it: `title`, `sections.0.exhibits.2.date`. */
export type FieldPath = string;

/** The 简体 texts left empty that must be there, each by its path (`sections.0.title`). */
export function missingRequired(form: ExhibitionForm): FieldPath[] {
  const missing: FieldPath[] = [];
  if (form.title['zh-CN'].trim() === '') missing.push('title');
  form.sections.forEach((s, i) => {
    if (s.title['zh-CN'].trim() === '') missing.push(`sections.${i}.title`);
    s.exhibits.forEach((x, j) => {
      if (x.title['zh-CN'].trim() === '') missing.push(`sections.${i}.exhibits.${j}.title`);
      // Subtitles in 繁體 or English need the 简体 ones they go with.
      const sub = x.subtitles;
      if (
        PLAYABLE.has(x.type) &&
        sub['zh-CN'].trim() === '' &&
        (sub['zh-TW'].trim() !== '' || sub.en.trim() !== '')
      )
        missing.push(`sections.${i}.exhibits.${j}.subtitles.zh-CN`);
    });
  });
  return missing;
}

/** An input issue's path as a field path: the text's language is kept (`title.en`). */
export function pathOf(path: readonly (string | number)[]): FieldPath {
  return path.map(String).join('.');
}

/**
 * The field a refusal of the core belongs to, found by the exhibit it names (its 简体 title, as
 * the core says it) and what the refusal is about; null when it is about the whole exhibition.
 */
export function fieldOfRefusal(
  form: ExhibitionForm,
  code: string,
  details: Record<string, unknown>,
): FieldPath | null {
  if (
    (code === 'exhibit_media_missing' || code === 'exhibit_media_wrong_kind') &&
    details.mediaId !== undefined &&
    details.mediaId === form.coverMediaId
  )
    return 'coverMediaId';
  const suffix: Record<string, string> = {
    exhibit_date_unreadable: 'date',
    exhibit_media_missing: 'media',
    exhibit_media_wrong_kind: 'media',
    subtitles_unreadable: 'subtitles',
    subtitles_not_playable: 'subtitles',
  };
  const part = suffix[code];
  if (part === undefined || typeof details.exhibit !== 'string') return null;
  const name = details.exhibit.trim();
  for (const [i, s] of form.sections.entries()) {
    for (const [j, x] of s.exhibits.entries()) {
      if (x.title['zh-CN'].trim() !== name) continue;
      if (part === 'date' && typeof details.date === 'string' && x.date.trim() !== details.date) continue;
      if (part === 'media' && typeof details.mediaId === 'string') {
        if (!x.media.some((m) => m.mediaId === details.mediaId)) continue;
      }
      if (part === 'subtitles' && typeof details.language === 'string')
        return `sections.${i}.exhibits.${j}.subtitles.${details.language}`;
      return `sections.${i}.exhibits.${j}.${part}`;
    }
  }
  return null;
}

/** Whether a problem at `path` lies inside the part of the form at `prefix` (to open that part). */
export function within(path: FieldPath, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}
