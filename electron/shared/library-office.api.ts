import { z } from 'zod';
import { method } from './contract';
import { code, isoDate, type BorrowerType, type ClcClass, type CopyStatus } from './library.api';
import type { ImportIssue } from './library-office.types';
import { EXPORT_FORMATS, type ExportFile, type TableEncoding, type TableFormat } from './tables.types';
import { page, type Paged } from './platform.api';

export * from './library-office.types';

/**
 * The reading room's back office (librarian): imports with a report, exports, overdue and due-soon
 * lists with reminder slips, barcode labels, stocktake and statistics.
 */

// ---- imports ----

export interface ImportReport {
  format: TableFormat;
  /** How a CSV was decoded (null for XLSX). */
  encoding: TableEncoding | null;
  /** The spreadsheet row of the header. */
  headerRow: number;
  /** Recognised columns: field → the header as written in the file. */
  columns: Record<string, string>;
  /** Headers not recognised, left out of the import. */
  ignoredColumns: string[];
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Titles (or borrowers) created. */
  added: number;
  /** Titles (or borrowers) already there that the import changed. */
  updated: number;
  copiesAdded: number;
  /** Every barcode the import created, in row order (given in the file or generated): for labels. */
  newBarcodes: string[];
  shelvesCreated: string[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

const importFile = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .min(1)
    .max(70_000_000)
    .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, 'base64'),
});

// ---- exports ----

export const exportFormat = z.enum(EXPORT_FORMATS);

// ---- lending lists and slips ----

export interface LendingLine {
  loanId: number;
  borrower: {
    id: number;
    cardNo: string;
    name: string;
    /** Masked: 138****1234. */
    phone: string | null;
    company: string | null;
    partyBranch: string | null;
  };
  titleId: number;
  title: string;
  barcode: string;
  loanedAt: string;
  dueOn: string;
  /** Days past due today; 0 when not overdue. */
  daysOverdue: number;
  /** Days until due; negative when overdue. */
  daysLeft: number;
}

const reminderKind = z.enum(['overdue', 'dueSoon']);
const dueSoonDays = z.number().int().min(1).max(30).default(3);

export interface ReminderSlip {
  borrower: LendingLine['borrower'];
  loans: { title: string; barcode: string; dueOn: string; daysOverdue: number; daysLeft: number }[];
}

export interface ReminderSlips {
  centreName: string;
  /** Today, local date. */
  printedOn: string;
  kind: z.infer<typeof reminderKind>;
  slips: ReminderSlip[];
}

// ---- labels ----

export interface CopyLabel {
  barcode: string;
  titleId: number;
  title: string;
  callNumber: string | null;
  clc: ClcClass | null;
  shelfName: string | null;
}

const id = z.number().int().positive();
const labelsInput = z.union([
  z.strictObject({ barcodes: z.array(code).min(1).max(2000) }),
  z.strictObject({ titleIds: z.array(id).min(1).max(2000) }),
  z.strictObject({ shelfId: id }),
]);

// ---- stocktake ----

export interface StocktakeCopy {
  barcode: string;
  titleId: number;
  title: string;
  callNumber: string | null;
  status: CopyStatus;
  /** The shelf the catalogue has it on (for a misplaced copy: where it belongs). */
  shelfId: number | null;
  shelfName: string | null;
}

export interface StocktakeOnLoan extends StocktakeCopy {
  dueOn: string | null;
  borrower: { cardNo: string; name: string } | null;
}

export interface StocktakeResult {
  shelf: { id: number; name: string };
  /** Distinct barcodes scanned. */
  scanned: number;
  /** Copies the catalogue has on this shelf, available: what should be found. */
  expected: number;
  /** Scanned and on this shelf (with its status: a `lost` copy found again shows here). */
  found: StocktakeCopy[];
  /** On this shelf in the catalogue, available, not scanned. */
  missing: StocktakeCopy[];
  /** Scanned here but catalogued on another shelf (or none). */
  misplaced: StocktakeCopy[];
  /** Scanned but recorded on loan: a return was missed. */
  onLoan: StocktakeOnLoan[];
  /** Scanned text that is no copy's barcode. */
  unknown: string[];
}

// ---- statistics ----

export interface StatsGroup {
  /** null: the field is empty on the borrower (or the copy has no shelf). */
  name: string | null;
  loans: number;
  readers: number;
}

export interface StatsSummary {
  from: string;
  to: string;
  totals: { loans: number; activeReaders: number; titlesLent: number; renewals: number };
  /** Every month of the range, zero-filled, `YYYY-MM`. */
  months: { month: string; loans: number; readers: number }[];
  topTitles: { titleId: number; title: string; loans: number }[];
  byCompany: StatsGroup[];
  byBranch: StatsGroup[];
  byType: { type: BorrowerType; loans: number; readers: number }[];
  /** By the shelf the copy stands on now. */
  byShelf: (StatsGroup & { shelfId: number | null })[];
}

const range = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] });

// ---- the methods ----

const librarian = 'librarian' as const;

export const libraryOfficeApi = {
  /** Titles and copies from CSV (UTF-8, UTF-16 or GB18030) or XLSX; all or nothing. */
  'catalogue.import': method<ImportReport>()({
    writes: { domain: 'library' },
    role: librarian,
    input: importFile,
    limit: 'import',
  }),
  /** Borrowers by card number: new cards are added, known ones updated. */
  'borrowers.import': method<ImportReport>()({
    writes: { domain: 'library' },
    role: librarian,
    input: importFile,
    limit: 'import',
  }),

  /** One row per copy (a title without copies has one row with 复本数 0); imports back as it is. */
  'catalogue.export': method<ExportFile>()({ role: librarian, input: z.object({ format: exportFormat }) }),
  /**
   * Names, cards and party branches leave the machine with these two: only an admin makes them,
   * and each is in the audit log (what was exported, not its content). A declared write without a
   * domain, so the record and the file stand or fall together; nothing else changes.
   */
  'borrowers.export': method<ExportFile>()({
    role: 'admin',
    writes: { audit: true },
    input: z.object({ format: exportFormat }),
  }),
  /** Loans made in the range (local dates), or every open loan with `openOnly`. */
  'loans.export': method<ExportFile>()({
    role: 'admin',
    writes: { audit: true },
    input: z.object({
      format: exportFormat,
      from: isoDate.optional(),
      to: isoDate.optional(),
      openOnly: z.boolean().default(false),
    }),
  }),

  /** Open loans past due, the longest overdue first. */
  'lending.overdue': method<Paged<LendingLine>>()({ role: librarian, input: page }),
  /** Open loans due from today to `days` ahead, soonest first. */
  'lending.dueSoon': method<Paged<LendingLine>>()({
    role: librarian,
    input: page.extend({ days: dueSoonDays }),
  }),
  /** One slip per borrower, for the overdue or due-soon list (or the borrowers given). */
  'lending.reminderSlips': method<ReminderSlips>()({
    role: librarian,
    input: z.object({
      kind: reminderKind,
      days: dueSoonDays,
      borrowerIds: z.array(id).min(1).max(500).optional(),
    }),
  }),

  /** What a Code 128 label shows; `unknown` lists barcodes not in the catalogue. Withdrawn copies are left out. */
  'copies.labels': method<{ centreName: string; labels: CopyLabel[]; unknown: string[] }>()({
    role: librarian,
    input: labelsInput,
  }),

  /** Stateless: the client sends everything scanned on the shelf. */
  'stocktake.check': method<StocktakeResult>()({
    role: librarian,
    input: z.object({ shelfId: id, barcodes: z.array(z.string().max(64)).max(10_000) }),
  }),

  'stats.summary': method<StatsSummary>()({
    role: librarian,
    input: range.and(z.object({ top: z.number().int().min(1).max(100).default(10) })),
  }),
  'stats.export': method<ExportFile>()({
    role: librarian,
    input: range.and(z.object({ format: exportFormat, top: z.number().int().min(1).max(100).default(20) })),
  }),
};
