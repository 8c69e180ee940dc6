// No zod here: the renderer imports these values and types.
import type { MediaInfo } from './media.types';
import type { LinkTarget, ResolvedLink } from './platform.api';
import type { PublishingStatus } from './publishing.types';
import type { DraftText, ShownText } from './shown-text';

export type { DraftText, ShownText } from './shown-text';

/** The content kind of an exhibition in review before publish. */
export const EXHIBITION_KIND = 'exhibitions.exhibition';

/** What an exhibit is. A photo set holds several pictures; a text panel none. */
export const EXHIBIT_TYPES = ['photoSet', 'photo', 'video', 'audio', 'document', 'text'] as const;
export type ExhibitType = (typeof EXHIBIT_TYPES)[number];

/** The four periods of Party history, for sections that follow them (their names are texts). */
export const PARTY_PERIODS = ['revolution', 'construction', 'reform', 'newEra'] as const;
export type PartyPeriod = (typeof PARTY_PERIODS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'decade'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A date as precise as known. `text` is what the curator typed ("1994", "1994-05", "1994-05-12",
 * "1990s", "约1994年", "约1990年代"); `from`/`to` (YYYY-MM-DD) bound it for sorting and the timeline.
 */
export interface ExhibitDate {
  text: string;
  precision: DatePrecision;
  approximate: boolean;
  from: string;
  to: string;
}

/** One subtitle line of a video or recording: the transcript is the same lines, in order. */
export interface Cue {
  startS: number;
  endS: number;
  text: string;
}

/** One picture (or the video / recording) of an exhibit, with its own caption where it has one. */
export interface ExhibitMedia {
  media: MediaInfo;
  caption: ShownText | null;
}

/** An exhibit as visitors see it (from the published version only). */
export interface Exhibit {
  uid: string;
  type: ExhibitType;
  title: ShownText;
  caption: ShownText | null;
  body: ShownText | null;
  date: ExhibitDate | null;
  place: ShownText | null;
  people: ShownText | null;
  credit: ShownText | null;
  tags: string[];
  media: ExhibitMedia[];
  /** Subtitles per language (WebVTT given by the curator, 繁 derived); null when there are none. */
  subtitles: { 'zh-CN': Cue[]; 'zh-TW': Cue[]; en: Cue[] | null } | null;
  /** To a book, a room, another exhibit: resolved now, `title: null` when it is gone. */
  links: ResolvedLink[];
}

export interface ExhibitionSection {
  uid: string;
  title: ShownText;
  intro: ShownText | null;
  /** Set when the section is one of the four periods of Party history. */
  period: PartyPeriod | null;
  exhibits: Exhibit[];
}

/** A line of the visitors' exhibitions list. */
export interface ExhibitionCard {
  id: number;
  uid: string;
  title: ShownText;
  subtitle: ShownText | null;
  cover: MediaInfo | null;
  exhibitCount: number;
  /** The span of its dated exhibits, e.g. ["1992", "2026"], or null. */
  years: [string, string] | null;
}

/** An exhibition as visitors see it: the published version. */
export interface Exhibition extends ExhibitionCard {
  intro: ShownText | null;
  sections: ExhibitionSection[];
}

/** What the big-screen show runs by itself: the exhibitions chosen in settings, published versions. */
export interface ShowPlaylist {
  exhibitions: Exhibition[];
  /** How long a photo stays on screen. */
  photoSeconds: number;
}

/** One exhibit on the park's timeline (every published exhibition's dated exhibits). */
export interface TimelineItem {
  exhibitionId: number;
  exhibitUid: string;
  type: ExhibitType;
  title: ShownText;
  date: ExhibitDate;
  thumb: MediaInfo | null;
}

/** How many highlights the welcome screen rotates at most (the first in the curator's order). */
export const HIGHLIGHTS_MAX = 12;

/** An exhibit a curator chose for the welcome screen (`exhibitions.highlights`), as published. */
export interface ExhibitHighlight {
  exhibitionId: number;
  exhibitUid: string;
  type: ExhibitType;
  title: ShownText;
  caption: ShownText | null;
  exhibitionTitle: ShownText;
  /** Its first picture (a photo, or a video's file with its poster); null for a recording or a text panel. */
  picture: MediaInfo | null;
}

/** A search hit: an exhibit and where it is shown. */
export interface ExhibitHit {
  exhibitionId: number;
  exhibitionTitle: ShownText;
  exhibit: Exhibit;
}

// The curator's side: drafts, in the curator's words.

export interface DraftExhibitMedia {
  mediaId: string;
  caption: DraftText | null;
}

export interface DraftExhibit {
  /** Omitted for a new exhibit; kept across saves, versions and packs. */
  uid?: string;
  type: ExhibitType;
  title: DraftText;
  caption: DraftText | null;
  body: DraftText | null;
  /** As typed; refused when it cannot be read as a date (`exhibit_date_unreadable`). */
  date: string | null;
  place: DraftText | null;
  people: DraftText | null;
  credit: DraftText | null;
  tags: string[];
  media: DraftExhibitMedia[];
  /** WebVTT source per language; 繁 null means derive it. */
  subtitles: DraftText | null;
  links: LinkTarget[];
  /**
   * Shown on the welcome screen's rotation once a reviewer approves the version that says so.
   * Omitted: false (drafts, packs and imports from before it existed); `exhibitions.draft` always says.
   */
  highlight?: boolean;
}

export interface DraftSection {
  uid?: string;
  title: DraftText;
  intro: DraftText | null;
  period: PartyPeriod | null;
  exhibits: DraftExhibit[];
}

export interface DraftExhibition {
  /** Omitted to create a new exhibition. */
  id?: number;
  title: DraftText;
  subtitle: DraftText | null;
  intro: DraftText | null;
  coverMediaId: string | null;
  sections: DraftSection[];
}

/** A line of the curator's list: the draft's title and where it stands in review. */
export interface DeskExhibition {
  id: number;
  uid: string;
  title: DraftText;
  exhibitCount: number;
  updatedAt: string;
  publishing: PublishingStatus;
}

/** Visitors' use of the exhibitions over a range of days, for the statistics screen. */
export interface ExhibitionStats {
  from: string;
  to: string;
  totals: { visits: number; plays: number };
  /** Visits per exhibition, most first; `title` null when it is no longer on show. */
  exhibitions: { id: number; title: ShownText | null; visits: number }[];
  /** Plays per video or recording, most first, with the exhibition it is in (null: no longer on show). */
  recordings: {
    uid: string;
    exhibitionId: number | null;
    exhibitionTitle: ShownText | null;
    title: ShownText | null;
    plays: number;
  }[];
  /** The days of the range with any visit or play, oldest first (`YYYY-MM-DD`). */
  days: { day: string; visits: number; plays: number }[];
}

// ---- content packs and folder imports ----

/** The zip a content pack is: `manifest.json` of this format, and `media/<sha256>` for each file. */
export const PACK_FORMAT = 'hongyi.exhibitions-pack';
/** The newest manifest version this build reads (and the one it writes). */
export const PACK_VERSION = 1;

/** What a pack's import kept of a uid: a section or exhibit whose uid is already used here gets a new one. */
export interface PackRenamed {
  what: 'exhibition' | 'section' | 'exhibit';
  uid: string;
  newUid: string;
}

/** Why an import left something of a pack out (the rest is imported): a key the screen words. */
export const PACK_ITEM_REFUSALS = ['link_not_portable'] as const;
export type PackItemRefusal = (typeof PACK_ITEM_REFUSALS)[number];

/** `POST /api/packs`: the exhibitions made from a pack, every one a draft waiting to be submitted. */
export interface PackImportReport {
  exhibitions: { id: number; uid: string; title: string; sections: number; exhibits: number }[];
  /** Files of the pack: stored now, or already in the media store. */
  media: { added: number; known: number };
  renamed: PackRenamed[];
  /** What was left out: a link to a book, a room or an exhibition of the centre it came from. */
  refused: { exhibit: string; reason: PackItemRefusal; target: string }[];
}

/**
 * Why a row of a caption sheet, or a file of the folder, was not added: keys the screen words.
 * A row names a file of the folder; a photo becomes a photo exhibit, a video or a recording a video
 * or audio exhibit (the demo's testimony is a row too). `media_missing`: the file named was not
 * stored (its upload failed: an unreadable picture is refused there). `not_in_sheet`: a file the
 * sheet has no row for is not added, as the sheet decides what is shown and with which caption;
 * the curator adds a row and imports again, or adds it by hand.
 */
export const FOLDER_REFUSALS = [
  'no_file_name',
  'unknown_file',
  'media_missing',
  'date_unreadable',
  'duplicate_row',
  'not_in_sheet',
] as const;
export type FolderRefusal = (typeof FOLDER_REFUSALS)[number];

/** What `exhibitions.importFolder` did: the photos added, and each row or file refused, with why. */
export interface FolderImportReport {
  exhibitionId: number;
  created: boolean;
  sectionUid: string;
  added: number;
  /** `row` as the spreadsheet shows it (null for a photo with no row); `file` as named. */
  refused: { row: number | null; file: string | null; reason: FolderRefusal }[];
  sheet: { format: string; encoding: string | null; rows: number };
}
