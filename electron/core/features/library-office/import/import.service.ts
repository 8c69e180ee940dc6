import type { ImportReport } from '../../../../shared/library-office.api';
import type { Ctx } from '../../../context';
import { audit } from '../../../platform/audit/audit.repo';
import { readTable, tableSummary, type TableFile } from '../../../platform/tables/read-table';
import { unreadable } from '../../../platform/tables/table-error';
import { applyBorrowers } from './borrower-apply';
import { readBorrowerRow, type BorrowerField } from './borrower-rows';
import { applyCatalogue } from './catalogue-apply';
import { readCatalogueRow, type CatalogueField } from './catalogue-rows';
import { BORROWER_HEADERS, CATALOGUE_HEADERS } from './headers';

/** A real reading room holds a few thousand books; more rows than this is the wrong file. */
export const MAX_IMPORT_ROWS = 10_000;

const byRow = <T extends { row: number }>(issues: T[]) => issues.sort((a, b) => a.row - b.row);

/**
 * Reads the whole file first (the XLSX parser is asynchronous), then writes everything in one
 * synchronous transaction: the report's changes are all in, or none is.
 */
export async function importCatalogue(ctx: Ctx, file: TableFile): Promise<ImportReport> {
  const table = await readTable<CatalogueField>(file, {
    headers: CATALOGUE_HEADERS,
    required: 'title',
    missing: () => unreadable('no_title_column', 'No column names the title (书名, 题名, title…)'),
    maxRows: MAX_IMPORT_ROWS,
  });
  const outcomes = table.rows.map((r) => readCatalogueRow(table.header, r));
  const report = ctx.db.transaction((): ImportReport => {
    const changes = applyCatalogue(ctx, outcomes);
    const result: ImportReport = {
      ...tableSummary(table),
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

export async function importBorrowers(ctx: Ctx, file: TableFile): Promise<ImportReport> {
  const table = await readTable<BorrowerField>(file, {
    headers: BORROWER_HEADERS,
    required: 'name',
    missing: () => unreadable('no_name_column', 'No column names the borrower (姓名, name…)'),
    check: (header) =>
      header.index.cardNo === undefined
        ? unreadable('no_card_column', 'No column holds the card number (借书证号, 卡号, card…)')
        : null,
    maxRows: MAX_IMPORT_ROWS,
  });
  const outcomes = table.rows.map((r) => readBorrowerRow(table.header, r));
  const report = ctx.db.transaction((): ImportReport => {
    const changes = applyBorrowers(ctx, outcomes);
    const result: ImportReport = {
      ...tableSummary(table),
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
