import type { ImportIssue } from '../../../../shared/library-office.api';
import {
  addCopy,
  insertNewTitleCopies,
  insertTitle,
  setCopyStatus,
  titleFields,
  updateTitle,
} from '../../library/catalogue/catalogue.service';
import { copiesRepo } from '../../library/catalogue/copies.repo';
import { fieldsOf, titlesRepo, type TitleFields, type TitleRow } from '../../library/catalogue/titles.repo';
import type { LendingCtx } from '../../library/lending/holds.service';
import {
  indexNewTitle,
  prepareTitle,
  refreshAvailability,
  type SearchDocument,
} from '../../library/search/search-index';
import { inSlices } from '../../../platform/work/slices';
import { barcodeGenerator } from './barcode-generator';
import type { CatalogueRecord, ImportOutcome } from './catalogue-rows';
import { shelfResolver } from './shelf-resolver';
import { AMBIGUOUS, identity, identityIndex, squash } from './title-identity';

export interface CatalogueChanges {
  added: number;
  updated: number;
  copiesAdded: number;
  newBarcodes: string[];
  shelvesCreated: string[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** A row read from the file, with its title's sort key and search document made beforehand. */
export interface CatalogueRow {
  outcome: ImportOutcome<CatalogueRecord>;
  prepared: ReturnType<typeof prepareTitle> | null;
}

type Fillable = Exclude<keyof TitleFields, 'title' | 'isbn' | 'cover'>;
const FILLABLE: Fillable[] = [
  'subtitle',
  'authors',
  'publisher',
  'year',
  'edition',
  'pages',
  'clc',
  'callNumber',
  'summary',
  'tags',
];
const isEmpty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);

/**
 * The fields a title is missing and the row has. An import never overwrites what the catalogue
 * holds: a librarian's corrections in the title editor outlive a re-import of an old spreadsheet.
 */
function missingFields(row: TitleRow, r: CatalogueRecord): Partial<TitleFields> {
  const have = fieldsOf(row);
  const patch: Partial<Record<Fillable, unknown>> = {};
  for (const k of FILLABLE) if (isEmpty(have[k]) && !isEmpty(r[k])) patch[k] = r[k];
  return patch as Partial<TitleFields>;
}

const fieldsOfRecord = (r: CatalogueRecord): TitleFields =>
  titleFields({
    isbn: r.isbn,
    title: r.title,
    subtitle: r.subtitle,
    authors: r.authors,
    publisher: r.publisher,
    year: r.year,
    edition: r.edition,
    pages: r.pages,
    clc: r.clc,
    callNumber: r.callNumber,
    summary: r.summary,
    tags: r.tags,
  });

/**
 * Writes the checked rows into the catalogue through the catalogue service's own steps (so the
 * search index, sort keys, copy counters, holds and audit stay right), a slice of rows at a time,
 * yielding between slices, inside the import's one long transaction (`longTwoPhase`): any failure
 * leaves the catalogue as it was. The titles it creates are indexed for search after the rows.
 */
export async function applyCatalogue(
  ctx: LendingCtx,
  rows: readonly CatalogueRow[],
): Promise<CatalogueChanges> {
  const out: CatalogueChanges = {
    added: 0,
    updated: 0,
    copiesAdded: 0,
    newBarcodes: [],
    shelvesCreated: [],
    skipped: [],
    warnings: [],
  };
  const titles = titlesRepo(ctx.db);
  const copies = copiesRepo(ctx.db);
  const shelves = shelfResolver(ctx);
  const reserved = new Set(rows.flatMap((r) => r.outcome.record?.barcodes ?? []));
  const barcodes = barcodeGenerator(ctx.db, reserved);
  const firstRowOf = new Map<string, number>();
  const createdIds = new Set<number>();
  const updatedIds = new Set<number>();
  /** The search documents of the titles this import created, until they are indexed at the end. */
  const unindexed = new Map<number, SearchDocument>();
  const byIdentity = await identityIndex(ctx.db);

  const findTitle = (r: CatalogueRecord, key: string): TitleRow | undefined => {
    if (r.isbn) return titles.byIsbn(r.isbn);
    const known = byIdentity.get(key);
    return known === undefined || known === AMBIGUOUS ? undefined : titles.byId(known);
  };

  const applyRow = ({ outcome: o, prepared }: CatalogueRow) => {
    out.warnings.push(...o.warnings);
    if (o.skipped) out.skipped.push(o.skipped);
    const r = o.record;
    if (!r) return;

    const refused: ImportIssue[] = [];
    const accepted: string[] = [];
    for (const b of r.barcodes) {
      // Only barcodes this import added are remembered: one the catalogue held before is reported as such.
      const first = firstRowOf.get(b);
      if (first !== undefined) {
        refused.push({
          row: r.row,
          reason: 'barcode_duplicate_in_file',
          params: { barcode: b, firstRow: first },
        });
      } else if (copies.byBarcode(b))
        refused.push({ row: r.row, reason: 'barcode_exists', params: { barcode: b } });
      else {
        firstRowOf.set(b, r.row);
        accepted.push(b);
      }
    }
    const toGenerate = r.copies - r.barcodes.length;
    const copiesWanted = accepted.length + toGenerate;
    if (copiesWanted === 0 && refused.length > 0) {
      const [first, ...rest] = refused;
      if (first) out.skipped.push(first);
      out.warnings.push(...rest);
      return;
    }
    out.warnings.push(...refused);

    let shelf: { id: number; name: string } | null = null;
    if (r.shelf) {
      const { created, ...found } = shelves.resolve(r.shelf);
      shelf = found;
      if (created) out.warnings.push({ row: r.row, reason: 'shelf_created', params: { shelf: r.shelf } });
    }
    const shelfId = shelf?.id ?? null;
    const given = [...accepted, ...Array.from({ length: toGenerate }, () => '')];
    const made = given.map((b) => {
      const barcode = b || barcodes.next();
      barcodes.added(barcode);
      return barcode;
    });

    const key = identity(r);
    const existing = findTitle(r, key);
    let titleId: number;
    if (existing) {
      titleId = existing.id;
      if (r.isbn && squash(existing.title) !== squash(r.title)) {
        out.warnings.push({
          row: r.row,
          reason: 'isbn_other_title',
          params: { isbn: r.isbn, title: existing.title },
        });
      }
      const patch = missingFields(existing, r);
      if (Object.keys(patch).length > 0) {
        // Indexed as it now reads, with the copies it has so far: its document made earlier is stale.
        updateTitle(ctx, { id: titleId, ...patch });
        unindexed.delete(titleId);
      }
      if (createdIds.has(titleId)) {
        insertNewTitleCopies(ctx, titleId, made, shelf, r.copyStatus);
      } else {
        if (Object.keys(patch).length > 0 || copiesWanted > 0) updatedIds.add(titleId);
        for (const barcode of made) {
          addCopy(ctx, { titleId, barcode, shelfId, note: null });
          if (r.copyStatus !== 'available') setCopyStatus(ctx, barcode, r.copyStatus);
        }
      }
    } else {
      const f = fieldsOfRecord(r);
      const { sortKey, document } = prepared ?? prepareTitle(f);
      titleId = insertTitle(ctx, f, sortKey, { barcodes: made, shelfId, status: r.copyStatus }).id;
      createdIds.add(titleId);
      unindexed.set(titleId, document);
    }
    // Rows further down that look the same (one row per copy, no ISBN) join the title this row went to.
    byIdentity.set(key, titleId);
    out.newBarcodes.push(...made);
    out.copiesAdded += made.length;
  };

  await inSlices(rows, applyRow);
  // FTS5 writes out what it holds in memory at every statement savepoint, which each insert with a
  // trigger opens (a title, a copy): indexed row by row, every title would be a segment of its own,
  // merged again and again. All of them together, after the rows, it writes large segments.
  await inSlices(unindexed, ([id, document]) => indexNewTitle(ctx.db, id, document));
  // New titles re-indexed on the way (a row filled a field in) may have had copies added since.
  refreshAvailability(
    ctx.db,
    [...createdIds].filter((id) => !unindexed.has(id)),
  );
  out.added = createdIds.size;
  out.updated = updatedIds.size;
  out.shelvesCreated = shelves.created;
  return out;
}
