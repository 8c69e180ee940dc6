import type { ImportReport } from '../../../../shared/library-office.api';
import type { WriteCtx } from '../../../context';
import { prepareTitle } from '../../library/search/search-index';
import { readTableRows, type TableFile, type tableSummary } from '../../../platform/tables/read-table';
import { unreadable } from '../../../platform/tables/table-error';
import { pinyinSortKey } from '../../../platform/text/text-fold';
import { applyBorrowers, type BorrowerRow } from './borrower-apply';
import { readBorrowerRow, type BorrowerField } from './borrower-rows';
import { applyCatalogue, type CatalogueRow } from './catalogue-apply';
import { readCatalogueRow, type CatalogueField } from './catalogue-rows';
import { BORROWER_HEADERS, CATALOGUE_HEADERS } from './headers';

/**
 * A reading room holds a few thousand books, a district library's whole catalogue a hundred
 * thousand or two; more rows than this is the wrong file (and near the 50 MB request limit).
 */
export const MAX_IMPORT_ROWS = 200_000;

const byRow = <T extends { row: number }>(issues: T[]) => issues.sort((a, b) => a.row - b.row);

/** What an import's first phase made of the file: its summary and every row, read and checked. */
interface Read<R> {
  summary: ReturnType<typeof tableSummary>;
  rows: R[];
}

/*
 * An import is a long declared write in two phases (`longTwoPhase`), both on the long write's
 * worker thread. First the whole file is read and checked, and every title's pinyin and search
 * document made; then everything is written in ONE transaction on a connection of its own.
 * The kiosk and the desk are answered meanwhile: they read the catalogue as it was until the
 * import commits, and their writes wait for it. The report's changes are all in, or none is: a
 * failure on any row (a full disk, a bug) rolls back the whole file.
 */

export function prepareCatalogueImport(file: TableFile): Promise<Read<CatalogueRow>> {
  return readTableRows<CatalogueField, CatalogueRow>(
    file,
    {
      headers: CATALOGUE_HEADERS,
      required: 'title',
      missing: () => unreadable('no_title_column', 'No column names the title (书名, 题名, title…)'),
      maxRows: MAX_IMPORT_ROWS,
    },
    (header, r) => {
      const outcome = readCatalogueRow(header, r);
      return { outcome, prepared: outcome.record && prepareTitle(outcome.record) };
    },
  );
}

export async function applyCatalogueImport(
  file: TableFile,
  ctx: WriteCtx,
  read: Read<CatalogueRow>,
): Promise<ImportReport> {
  const changes = await applyCatalogue(ctx, read.rows);
  const result: ImportReport = {
    ...read.summary,
    ...changes,
    skipped: byRow(changes.skipped),
    warnings: byRow(changes.warnings),
  };
  ctx.audit({ entity: 'catalogue', after: audited(file.fileName, result) });
  return result;
}

export function prepareBorrowerImport(file: TableFile): Promise<Read<BorrowerRow>> {
  return readTableRows<BorrowerField, BorrowerRow>(
    file,
    {
      headers: BORROWER_HEADERS,
      required: 'name',
      missing: () => unreadable('no_name_column', 'No column names the borrower (姓名, name…)'),
      check: (header) =>
        header.index.cardNo === undefined
          ? unreadable('no_card_column', 'No column holds the card number (借书证号, 卡号, card…)')
          : null,
      maxRows: MAX_IMPORT_ROWS,
    },
    (header, r) => {
      const outcome = readBorrowerRow(header, r);
      return { outcome, sortKey: outcome.record && pinyinSortKey(outcome.record.name) };
    },
  );
}

export async function applyBorrowerImport(
  file: TableFile,
  ctx: WriteCtx,
  read: Read<BorrowerRow>,
): Promise<ImportReport> {
  const changes = await applyBorrowers(ctx, read.rows);
  const result: ImportReport = {
    ...read.summary,
    added: changes.added,
    updated: changes.updated,
    copiesAdded: 0,
    newBarcodes: [],
    shelvesCreated: [],
    skipped: byRow(changes.skipped),
    warnings: byRow(changes.warnings),
  };
  ctx.audit({ entity: 'borrowers', after: audited(file.fileName, result) });
  return result;
}

/** What the audit keeps of an import: the counts, not the rows. */
function audited(fileName: string, r: ImportReport) {
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
