import type { ImportReport } from '../../../../shared/library-office.api';
import type { Ctx } from '../../../context';
import { longWrite } from '../../../db/long-write';
import { prepareTitle } from '../../library/search/search-index';
import { audit } from '../../../platform/audit/audit.repo';
import { readTableRows, type TableFile } from '../../../platform/tables/read-table';
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

/**
 * Reads and checks the whole file, and works out every title's pinyin and search document, before
 * writing; then writes everything in ONE transaction on a connection of its own (`longWrite`).
 * Every step goes a slice of rows at a time and yields between slices, so the kiosk and the desk
 * are answered meanwhile: they read the catalogue as it was until the import commits, and their
 * writes wait for it. The report's changes are all in, or none is: a failure on any row (a full
 * disk, a bug) rolls back the whole file and is answered as that error, with nothing kept.
 */
export async function importCatalogue(ctx: Ctx, file: TableFile): Promise<ImportReport> {
  const { summary, rows } = await readTableRows<CatalogueField, CatalogueRow>(
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
  const report = await longWrite(ctx.db, async (db): Promise<ImportReport> => {
    const wctx = { ...ctx, db };
    const changes = await applyCatalogue(wctx, rows);
    const result: ImportReport = {
      ...summary,
      ...changes,
      skipped: byRow(changes.skipped),
      warnings: byRow(changes.warnings),
    };
    audit(wctx, { action: 'catalogue.import', entity: 'catalogue', after: audited(file.fileName, result) });
    return result;
  });
  ctx.app.emit('data.changed', { domain: 'library' });
  return report;
}

/** The roster's import, written as the catalogue's is (see {@link importCatalogue}). */
export async function importBorrowers(ctx: Ctx, file: TableFile): Promise<ImportReport> {
  const { summary, rows } = await readTableRows<BorrowerField, BorrowerRow>(
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
  const report = await longWrite(ctx.db, async (db): Promise<ImportReport> => {
    const wctx = { ...ctx, db };
    const changes = await applyBorrowers(wctx, rows);
    const result: ImportReport = {
      ...summary,
      added: changes.added,
      updated: changes.updated,
      copiesAdded: 0,
      newBarcodes: [],
      shelvesCreated: [],
      skipped: byRow(changes.skipped),
      warnings: byRow(changes.warnings),
    };
    audit(wctx, { action: 'borrowers.import', entity: 'borrowers', after: audited(file.fileName, result) });
    return result;
  });
  ctx.app.emit('data.changed', { domain: 'library' });
  return report;
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
