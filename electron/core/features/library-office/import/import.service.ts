import type { ImportReport } from '../../../../shared/library-office.api';
import type { Ctx } from '../../../context';
import { audit } from '../../../platform/audit/audit.repo';
import { applyBorrowers } from './borrower-apply';
import { readBorrowerRow, type BorrowerField } from './borrower-rows';
import { applyCatalogue } from './catalogue-apply';
import { readCatalogueRow, type CatalogueField } from './catalogue-rows';
import { BORROWER_HEADERS, CATALOGUE_HEADERS, findHeader, type HeaderMap } from './headers';
import { unreadable } from './import-error';
import { readSheet, type Sheet } from './sheet-read';

/** A real reading room holds a few thousand books; more rows than this is the wrong file. */
export const MAX_IMPORT_ROWS = 10_000;

interface ImportFile {
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

/**
 * Reads the whole file first (the XLSX parser is asynchronous), then writes everything in one
 * synchronous transaction: the report's changes are all in, or none is.
 */
export async function importCatalogue(ctx: Ctx, file: ImportFile): Promise<ImportReport> {
  const sheet = await open(file);
  const header = findHeader<CatalogueField>(CATALOGUE_HEADERS, sheet.rows, 'title');
  if (!header) throw unreadable('no_title_column', 'No column names the title (书名, 题名, title…)');
  const rows = dataRows(sheet, header);
  const outcomes = rows.map((r) => readCatalogueRow(header, r));
  const report = ctx.db.transaction((): ImportReport => {
    const changes = applyCatalogue(ctx, outcomes);
    const result: ImportReport = {
      ...baseReport(sheet, header, rows.length),
      ...changes,
      skipped: byRow(changes.skipped),
      warnings: byRow(changes.warnings),
    };
    audit(ctx, { action: 'catalogue.import', entity: 'catalogue', after: summary(file.fileName, result) });
    return result;
  })();
  ctx.app.emit('data.changed', { domain: 'library' });
  return report;
}

export async function importBorrowers(ctx: Ctx, file: ImportFile): Promise<ImportReport> {
  const sheet = await open(file);
  const header = findHeader<BorrowerField>(BORROWER_HEADERS, sheet.rows, 'name');
  if (!header) throw unreadable('no_name_column', 'No column names the borrower (姓名, name…)');
  if (header.index.cardNo === undefined) {
    throw unreadable('no_card_column', 'No column holds the card number (借书证号, 卡号, card…)');
  }
  const rows = dataRows(sheet, header);
  const outcomes = rows.map((r) => readBorrowerRow(header, r));
  const report = ctx.db.transaction((): ImportReport => {
    const changes = applyBorrowers(ctx, outcomes);
    const result: ImportReport = {
      ...baseReport(sheet, header, rows.length),
      added: changes.added,
      updated: changes.updated,
      copiesAdded: 0,
      newBarcodes: [],
      shelvesCreated: [],
      skipped: byRow(changes.skipped),
      warnings: byRow(changes.warnings),
    };
    audit(ctx, { action: 'borrowers.import', entity: 'borrowers', after: summary(file.fileName, result) });
    return result;
  })();
  ctx.app.emit('data.changed', { domain: 'library' });
  return report;
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
