import type { AuthorRole, BorrowerType, ClcClass } from '../../../../shared/library.api';

/** Shelves of the demo centre, in the order a visitor walks them. */
export const DEMO_SHELF_CODES = [
  'dangshi',
  'period-1',
  'period-2',
  'period-3',
  'period-4',
  'red-classics',
  'party-building',
  'park-industry',
] as const;
export type DemoShelfCode = (typeof DEMO_SHELF_CODES)[number];

export interface DemoShelf {
  code: DemoShelfCode;
  /** The name on the shelf and in the catalogue (Simplified). */
  name: string;
  nameZhTw: string;
  nameEn: string;
  description: string;
  descriptionZhTw: string;
  descriptionEn: string;
}

/**
 * One statement of responsibility, as a catalogue prints it: `〔美〕埃德加·斯诺 著`.
 * Corporate bodies (中共中央, 本书编写组) are authors too; nationality is left out for Chinese authors.
 */
export interface DemoAuthor {
  name: string;
  role: AuthorRole;
  /** The bracketed prefix without brackets: 美 for 〔美〕, 苏 for 〔苏〕. */
  nationality?: string;
}

/**
 * A real book. Anything not known for certain is left out rather than guessed: `year` is null when the
 * edition's year is unsure, and `isbn` is present only when the exact edition's ISBN-13 is known.
 */
export interface DemoTitle {
  title: string;
  subtitle?: string;
  /** 第一卷, 上卷…: with the subtitle, what tells apart records sharing a title. */
  volume?: string;
  authors: readonly DemoAuthor[];
  publisher: string;
  year: number | null;
  edition?: string;
  isbn?: string;
  clc: ClcClass;
  /** 索书号: class number / author or accession number. */
  callNumber: string;
  summary: string;
  tags: readonly string[];
  shelf: DemoShelfCode;
}

/**
 * How a reading list points at a title: its exact title, plus the subtitle or volume that tells it apart
 * when several records share the title (长征 by 王树增 and by Salisbury; 习近平谈治国理政, 第一卷…).
 */
export interface DemoTitleRef {
  title: string;
  subtitle?: string;
  volume?: string;
}

export interface DemoReadingList {
  code: string;
  name: string;
  description: string;
  titles: readonly DemoTitleRef[];
}

export interface DemoBranch {
  code: string;
  name: string;
}

export interface DemoCompany {
  code: string;
  name: string;
  /** What a visitor calls it at the desk. */
  shortName: string;
  branches: readonly DemoBranch[];
}

export interface DemoBorrower {
  cardNo: string;
  name: string;
  /** 1xx-xxxx-xxxx: patterned digits (170-0000-00nn, 199-0000-00nn), plainly made up. */
  phone: string;
  type: BorrowerType;
  /** Exact company name from companies.ts; null for residents of the neighbourhood. */
  company: string | null;
  /** Exact branch name from companies.ts; null when the borrower is not a party member. */
  partyBranch: string | null;
}
