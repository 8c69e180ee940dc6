import { z } from 'zod';
import { method, type Download } from './contract';
import { MEDIA_ID } from './media.types';
import { linkTarget, page, type Paged } from './platform.api';
import {
  EXHIBIT_TYPES,
  PARTY_PERIODS,
  type DeskExhibition,
  type DraftExhibition,
  type Exhibition,
  type ExhibitionCard,
  type ExhibitHit,
  type ExhibitHighlight,
  type ShowPlaylist,
  type ExhibitionStats,
  type FolderImportReport,
  type PackImportReport,
  type TimelineItem,
} from './exhibitions.types';

export * from './exhibitions.types';

const id = z.number().int().positive();
const uid = z.string().uuid();
const mediaId = z.string().regex(MEDIA_ID);

/** A text in 简体 (required), 繁體 (null: derived) and English (null: not written). */
function draftText(max: number) {
  const line = z.string().trim().max(max);
  return z.object({ 'zh-CN': line.min(1), 'zh-TW': line.min(1).nullable(), en: line.min(1).nullable() });
}
const optText = (max: number) => draftText(max).nullable();

const draftExhibit = z.object({
  uid: uid.optional(),
  type: z.enum(EXHIBIT_TYPES),
  title: draftText(80),
  caption: optText(400),
  body: optText(4000),
  date: z.string().trim().min(1).max(30).nullable(),
  place: optText(80),
  people: optText(200),
  credit: optText(200),
  tags: z.array(z.string().trim().min(1).max(20)).max(20),
  media: z.array(z.object({ mediaId, caption: optText(400) })).max(200),
  subtitles: optText(200_000),
  links: z.array(linkTarget).max(20),
  /** Shown on the welcome screen once approved; omitted (a pack or a call from before it): false. */
  highlight: z.boolean().optional(),
});

const draftSection = z.object({
  uid: uid.optional(),
  title: draftText(80),
  intro: optText(2000),
  period: z.enum(PARTY_PERIODS).nullable(),
  exhibits: z.array(draftExhibit).max(500),
});

export const draftExhibition = z.object({
  id: id.optional(),
  title: draftText(60),
  subtitle: optText(120),
  intro: optText(4000),
  coverMediaId: mediaId.nullable(),
  sections: z.array(draftSection).max(50),
});

const curator = 'curator' as const;

/** `?ids=1,2`: the exhibitions a pack holds, in that order (50 at most). */
const packIds = z
  .string()
  .regex(/^[1-9]\d{0,9}(,[1-9]\d{0,9}){0,49}$/, 'ids: exhibition ids separated by commas')
  .transform((s) => [...new Set(s.split(',').map(Number))]);

/** A file name as the folder has it (no path). */
const fileName = z.string().trim().min(1).max(255);

const importFolder = z.object({
  /** The draft the photos go into; none: a new draft exhibition named after the section. */
  exhibitionId: id.optional(),
  /** The new section's title (简体); none: the sheet's file name without its extension. */
  sectionTitle: z.string().trim().min(1).max(80).optional(),
  sheet: z.object({
    fileName,
    contentBase64: z
      .string()
      .min(1)
      .max(70_000_000)
      .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, 'base64'),
  }),
  /** The folder's photos, each uploaded first (`POST /api/media`). */
  files: z
    .array(z.object({ name: fileName, mediaId }))
    .min(1)
    .max(2000),
});

/**
 * 园区历史展: exhibitions of the park's history and of Party history. Visitors read only published
 * versions (through the platform's publishing); curators edit drafts and submit them for review.
 */
export const exhibitionsApi = {
  /** Published exhibitions, in the curator's order. */
  'exhibitions.list': method<ExhibitionCard[]>()({ role: 'visitor', input: z.object({}) }),
  /** The published version of one exhibition, with its sections and exhibits. */
  'exhibitions.get': method<Exhibition>()({ role: 'visitor', input: z.object({ id }) }),
  /** The big-screen show: the exhibitions chosen in settings (published only), and its pace. */
  'exhibitions.show': method<ShowPlaylist>()({ role: 'visitor', input: z.object({}) }),
  /** Every dated exhibit of the published exhibitions, oldest first. */
  'exhibitions.timeline': method<TimelineItem[]>()({ role: 'visitor', input: z.object({}) }),
  /**
   * The exhibits curators chose for the welcome screen, from the published versions only, in the
   * curator's order, 12 at most (`HIGHLIGHTS_MAX`).
   */
  'exhibitions.highlights': method<ExhibitHighlight[]>()({ role: 'visitor', input: z.object({}) }),
  /** Exhibits by Han characters, pinyin or initials (the catalogue's folding), in 简 or 繁. */
  'exhibitions.search': method<Paged<ExhibitHit>>()({
    role: 'visitor',
    input: page.extend({ q: z.string().max(200) }),
  }),

  /** A visitor opened a published exhibition: counted per day (anonymous, not audited). */
  'exhibitions.visited': method<{ ok: true }>()({
    role: 'visitor',
    input: z.object({ id }),
    writes: { audit: false },
  }),
  /** A visitor played a published video or recording: counted per day (anonymous, not audited). */
  'exhibitions.played': method<{ ok: true }>()({
    role: 'visitor',
    input: z.object({ uid }),
    writes: { audit: false },
  }),

  /** Visits and plays over a range of days (inclusive). */
  'exhibitions.stats': method<ExhibitionStats>()({
    role: curator,
    input: z
      .object({ from: z.iso.date(), to: z.iso.date() })
      .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] }),
  }),

  /** Every exhibition's draft with where it stands in review. */
  'exhibitions.drafts': method<DeskExhibition[]>()({ role: curator, input: z.object({}) }),
  /** One draft, in the curator's words, to edit. */
  'exhibitions.draft': method<DraftExhibition & { id: number }>()({ role: curator, input: z.object({ id }) }),
  /** The draft as a visitor would see it, before it is submitted. */
  'exhibitions.preview': method<Exhibition>()({ role: curator, input: z.object({ id }) }),
  /** A submission waiting for review, as visitors would see it once approved (for the reviewer). */
  'exhibitions.submission': method<Exhibition>()({
    role: 'reviewer',
    input: z.object({ versionId: id }),
  }),
  /** Creates (no id) or replaces an exhibition's draft; answers its id. Refused while in review. */
  'exhibitions.save': method<{ id: number }>()({
    role: curator,
    input: draftExhibition,
    writes: { domain: 'exhibitions' },
  }),
  /**
   * A folder of photos (uploaded first) with a caption sheet (XLSX or CSV, GB18030 too): one photo
   * exhibit per row, in a new section of a draft (or of a new draft exhibition). Rows and files that
   * cannot be used are listed with why; a sheet that cannot be read changes nothing.
   */
  'exhibitions.importFolder': method<FolderImportReport>()({
    role: curator,
    input: importFolder,
    limit: 'import',
    writes: { domain: 'exhibitions' },
  }),
  /**
   * A content pack of these exhibitions' drafts with their files (originals): a zip with a
   * versioned `manifest.json`, downloaded from `GET /api/packs/exhibitions?ids=1,2`.
   */
  'exhibitions.exportPack': method<Download>()({
    role: curator,
    input: z.object({ ids: packIds }),
    raw: { verb: 'GET', path: '/api/packs/exhibitions' },
  }),
  /**
   * A content pack sent as the raw body of `POST /api/packs`: its exhibitions become new drafts
   * (never published) with their files, or, when anything of the pack is wrong, nothing is imported.
   */
  'exhibitions.importPack': method<PackImportReport>()({
    role: curator,
    input: z.object({}),
    writes: { domain: 'exhibitions' },
    raw: { verb: 'POST', path: '/api/packs' },
  }),
};
