// The platform's table files (imports and exports of any area), without zod: the renderer imports these.

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file made for download: the renderer saves it as it is. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/** How a table file was read: its format, and for a CSV the encoding found. */
export type TableFormat = 'csv' | 'xlsx';
export type TableEncoding = 'utf-8' | 'utf-16' | 'gb18030';

/**
 * Why any table file is refused as a whole (`import_unreadable`, in `details.problem`); an area adds
 * its own (a column it cannot do without).
 */
export const TABLE_PROBLEMS = ['empty', 'encoding', 'xls_format', 'xlsx_damaged', 'too_many_rows'] as const;
export type TableProblem = (typeof TABLE_PROBLEMS)[number];
