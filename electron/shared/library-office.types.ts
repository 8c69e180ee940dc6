// The back office's plain values, without zod: the renderer imports these.
import { TABLE_PROBLEMS } from './tables.types';

/**
 * Why a row was skipped or warned about. Keys, not sentences: the renderer words each in the
 * user's language from `params` (e.g. `{ barcode }`, `{ value }`, `{ firstRow }`).
 */
export const IMPORT_REASONS = [
  // catalogue rows
  'title_missing',
  'barcode_invalid',
  'barcode_duplicate_in_file',
  'barcode_exists',
  'copies_invalid',
  'isbn_invalid',
  'isbn_excel_number',
  'isbn_other_title',
  'year_invalid',
  'pages_invalid',
  'clc_invalid',
  'shelf_created',
  'shelf_invalid',
  'tags_dropped',
  'text_truncated',
  // borrower rows
  'card_missing',
  'card_invalid',
  'card_duplicate_in_file',
  'name_missing',
  'phone_invalid',
  'type_unknown',
] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

export interface ImportIssue {
  /** The row as the librarian sees it in the spreadsheet (the header is row 1 when it is the first row). */
  row: number;
  reason: ImportReason;
  params?: Record<string, string | number>;
}

/**
 * Why a whole file was refused (`import_unreadable`, in `details.problem`): what any table file can
 * suffer, and the columns the reading room's imports cannot do without.
 */
export const IMPORT_PROBLEMS = [
  ...TABLE_PROBLEMS,
  'no_title_column',
  'no_card_column',
  'no_name_column',
] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];
