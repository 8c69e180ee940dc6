import type { ImportReport } from '../../../../shared/library-office.api';
import type { WriteCtx } from '../../../context';
import { applyBorrowers } from './borrower-apply';
import { readBorrowerRow, type BorrowerField, type BorrowerRecord } from './borrower-rows';
import { applyCatalogue } from './catalogue-apply';
import {
  readCatalogueRow,
  type CatalogueField,
  type CatalogueRecord,
  type RowOutcome,
} from './catalogue-rows';
import { BORROWER_HEADERS, CATALOGUE_HEADERS, findHeader, type HeaderMap } from './headers';
import { unreadable } from './import-error';
import { readSheet, type Sheet } from './sheet-read';

/** A real reading room holds a few thousand books; more rows than this is the wrong file. */
export const MAX_IMPORT_ROWS = 10_000;

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

async function open(file: ImportFile): Promise<Sheet> {
  const sheet = await readSheet(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  if (sheet.rows.length === 0) throw unreadable('empty', 'The file holds no rows');
  return sheet;
}

function dataRows(sheet: Sheet, header: HeaderMap<string>) {
  const rows = sheet.rows.filter((r) => r.row > header.headerRow);
  if (rows.length > MAX_IMPORT_ROWS) {
    throw unreadable('too_many_rows', `More than ${MAX_IMPORT_ROWS} rows`, { max: MAX_IMPORT_ROWS });
  }
  return rows;
}

function baseReport(sheet: Sheet, header: HeaderMap<string>, rows: number) {
  return {
    format: sheet.format,
    encoding: sheet.encoding,
    headerRow: header.headerRow,
    columns: header.columns as Record<string, string>,
    ignoredColumns: header.ignored,
    rows,
  };
}

const byRow = <T extends { row: number }>(issues: T[]) => issues.sort((a, b) => a.row - b.row);

interface Read<F extends string, R> {
  sheet: Sheet;
  header: HeaderMap<F>;
  rows: number;
  outcomes: RowOutcome<R>[];
}

/**
 * An import is a declared write in two phases: the file is read first (the XLSX parser is
 * asynchronous), then everything is written in the dispatcher's one synchronous transaction: the
 * report's changes are all in, or none is.
 */
export async function prepareCatalogueImport(file: ImportFile) {
  const sheet = await open(file);
  const header = findHeader<CatalogueField>(CATALOGUE_HEADERS, sheet.rows, 'title');
  if (!header) throw unreadable('no_title_column', 'No column names the title (书名, 题名, title…)');
  const rows = dataRows(sheet, header);
  return { sheet, header, rows: rows.length, outcomes: rows.map((r) => readCatalogueRow(header, r)) };
}

export function applyCatalogueImport(
  file: ImportFile,
  ctx: WriteCtx,
  read: Read<CatalogueField, CatalogueRecord>,
): ImportReport {
  const changes = applyCatalogue(ctx, read.outcomes);
  const result: ImportReport = {
    ...baseReport(read.sheet, read.header, read.rows),
    ...changes,
    skipped: byRow(changes.skipped),
    warnings: byRow(changes.warnings),
  };
  ctx.audit({ entity: 'catalogue', after: summary(file.fileName, result) });
  return result;
}

export async function prepareBorrowerImport(file: ImportFile) {
  const sheet = await open(file);
  const header = findHeader<BorrowerField>(BORROWER_HEADERS, sheet.rows, 'name');
  if (!header) throw unreadable('no_name_column', 'No column names the borrower (姓名, name…)');
  if (header.index.cardNo === undefined) {
    throw unreadable('no_card_column', 'No column holds the card number (借书证号, 卡号, card…)');
  }
  const rows = dataRows(sheet, header);
  return { sheet, header, rows: rows.length, outcomes: rows.map((r) => readBorrowerRow(header, r)) };
}

export function applyBorrowerImport(
  file: ImportFile,
  ctx: WriteCtx,
  read: Read<BorrowerField, BorrowerRecord>,
): ImportReport {
  const changes = applyBorrowers(ctx, read.outcomes);
  const result: ImportReport = {
    ...baseReport(read.sheet, read.header, read.rows),
    added: changes.added,
    updated: changes.updated,
    copiesAdded: 0,
    newBarcodes: [],
    shelvesCreated: [],
    skipped: byRow(changes.skipped),
    warnings: byRow(changes.warnings),
  };
  ctx.audit({ entity: 'borrowers', after: summary(file.fileName, result) });
  return result;
}

/** What the audit keeps of an import: the counts, not the rows. */
function summary(fileName: string, r: ImportReport) {
  return {
    fileName,
    format: r.format,
    encoding: r.encoding,
    rows: r.rows,
    added: r.added,
    updated: r.updated,
    copiesAdded: r.copiesAdded,
    shelvesCreated: r.shelvesCreated,
    skipped: r.skipped.length,
    warnings: r.warnings.length,
  };
}
