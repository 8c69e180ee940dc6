import type { TableEncoding, TableFormat } from '../../../shared/tables.types';
import type { DomainError } from '../../errors';
import type { SheetRow } from './csv-parse';
import { findHeader, type HeaderMap } from './headers';
import { readSheet } from './sheet-read';
import { unreadable } from './table-error';
import { fromBase64 } from './text-decode';
import { mapInSlices } from '../work/slices';

/** A file as the API receives it for an import. */
export interface TableFile {
  fileName: string;
  contentBase64: string;
}

/** A table file read and its header recognised: the data rows below the header, with their row numbers. */
export interface Table<F extends string> {
  format: TableFormat;
  encoding: TableEncoding | null;
  header: HeaderMap<F>;
  rows: SheetRow[];
}

export interface TableSpec<F extends string> {
  /** Each field and the headers that name it (folded by `headerKey`). */
  headers: Record<F, readonly string[]>;
  /** The field whose column marks the header row; a file without one is refused with `missing()`. */
  required: F;
  missing: () => DomainError;
  /** Another column the import cannot do without: the error to refuse the file with, or null. */
  check?: (header: HeaderMap<F>) => DomainError | null;
  /** More data rows than this is the wrong file (`too_many_rows`). */
  maxRows: number;
}

/**
 * Reads an imported file (CSV in any of its encodings, or XLSX) and finds its header: the generic
 * part of every import. Throws `import_unreadable` with the problem when the file cannot be used.
 */
export async function readTable<F extends string>(file: TableFile, spec: TableSpec<F>): Promise<Table<F>> {
  const sheet = await readSheet(file.fileName, await fromBase64(file.contentBase64));
  if (sheet.rows.length === 0) throw unreadable('empty', 'The file holds no rows');
  const header = findHeader(spec.headers, sheet.rows, spec.required);
  if (!header) throw spec.missing();
  const refused = spec.check?.(header);
  if (refused) throw refused;
  const rows = sheet.rows.filter((r) => r.row > header.headerRow);
  if (rows.length > spec.maxRows) {
    throw unreadable('too_many_rows', `More than ${spec.maxRows} rows`, { max: spec.maxRows });
  }
  return { format: sheet.format, encoding: sheet.encoding, header, rows };
}

/** What a report says of the file itself: how it was read, its header, the columns used and not. */
export function tableSummary<F extends string>(table: Table<F>) {
  return {
    format: table.format,
    encoding: table.encoding,
    headerRow: table.header.headerRow,
    columns: table.header.columns as Record<string, string>,
    ignoredColumns: table.header.ignored,
    rows: table.rows.length,
  };
}

/**
 * Reads an imported file and each of its data rows with `read` (a slice of rows at a time): what an
 * import works from. Only the rows as `read` made them are kept; the file's cells are let go.
 */
export async function readTableRows<F extends string, R>(
  file: TableFile,
  spec: TableSpec<F>,
  read: (header: HeaderMap<F>, row: SheetRow) => R,
): Promise<{ summary: ReturnType<typeof tableSummary>; rows: R[] }> {
  const table = await readTable(file, spec);
  const rows = await mapInSlices(table.rows, (row) => read(table.header, row));
  return { summary: tableSummary(table), rows };
}
