import type {
  DraftExhibit,
  DraftExhibition,
  DraftSection,
  DraftText,
  ExhibitType,
  PartyPeriod,
} from '../../../../shared/exhibitions.types';
import type { SceneSpec } from './scenes';

// What the generator answers: the drafts as a curator would write them, with file names (in the
// build's folder) where the media ids go once the files are uploaded.

export interface DemoMediaFile {
  /** A file name in the build's folder. */
  file: string;
  caption: DraftText | null;
}

export type DemoExhibit = Omit<DraftExhibit, 'media'> & { media: DemoMediaFile[] };

export type DemoSection = Omit<DraftSection, 'exhibits'> & { exhibits: DemoExhibit[] };

export type DemoExhibition = Omit<DraftExhibition, 'id' | 'coverMediaId' | 'sections'> & {
  coverFile: string;
  sections: DemoSection[];
};

export interface DemoExhibitionsBuild {
  /** The folder the files were written to. */
  dir: string;
  exhibitions: DemoExhibition[];
  /** Every file written, by name: the pictures, the video and its subtitles, the two caption sheets. */
  files: string[];
  /** The caption sheet's two forms (same rows): XLSX and a GB18030 CSV. */
  captionSheets: { xlsx: string; csv: string };
}

// The data as written in the data files: short, with a picture's drawing beside its file name.

/** 简体 and, where written, English (繁體 is derived at save). */
export type Words = readonly [zh: string, en: string | null];

export interface DemoPicture {
  file: string;
  scene: SceneSpec;
  caption?: Words;
}

export interface DemoExhibitSource {
  uid: string;
  type: ExhibitType;
  title: Words;
  caption?: Words;
  body?: Words;
  /** As a curator types it: "1992-05", "1994", "2008-10-18", "约1990年代". */
  date: string | null;
  place?: Words;
  people?: Words;
  credit?: Words;
  tags: readonly string[];
  pictures: readonly DemoPicture[];
  /** On the welcome screen's rotation. */
  highlight?: true;
}

export interface DemoSectionSource {
  uid: string;
  title: Words;
  intro?: Words;
  period?: PartyPeriod;
  exhibits: readonly DemoExhibitSource[];
}

export interface DemoExhibitionSource {
  title: Words;
  subtitle?: Words;
  intro?: Words;
  /** The file of one of its pictures. */
  coverFile: string;
  sections: readonly DemoSectionSource[];
}
