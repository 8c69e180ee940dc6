import type { ImportIssue } from '../../../../shared/library-office.api';
import {
  changeCopyStatus,
  changeTitle,
  insertCopy,
  insertNewTitleCopies,
  insertTitle,
  titleFields,
} from '../../library/catalogue/catalogue.service';
import { copiesRepo } from '../../library/catalogue/copies.repo';
import { fieldsOf, titlesRepo, type TitleFields, type TitleRow } from '../../library/catalogue/titles.repo';
import type { LendingCtx } from '../../library/lending/holds.service';
import type { prepareTitle } from '../../library/search/search-index';
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
 * yielding between slices. The caller holds the transaction (see `longWrite`): any failure leaves
 * the catalogue as it was.
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

    const key = identity(r);
    const existing = findTitle(r, key);
    const fresh = !existing;
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
      if (Object.keys(patch).length > 0) changeTitle(ctx, { id: existing.id, ...patch });
      if (!createdIds.has(titleId) && (Object.keys(patch).length > 0 || copiesWanted > 0))
        updatedIds.add(titleId);
    } else {
      const f = fieldsOfRecord(r);
      // It has a copy in as soon as this row adds an available one (a new title has no holds).
      const available = copiesWanted > 0 && r.copyStatus === 'available';
      titleId = insertTitle(ctx, f, prepared ?? undefined, available).id;
      createdIds.add(titleId);
    }
    // Rows further down that look the same (one row per copy, no ISBN) join the title this row went to.
    byIdentity.set(key, titleId);

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
    if (fresh) {
      insertNewTitleCopies(ctx, titleId, made, shelf, r.copyStatus);
    } else {
      for (const barcode of made) {
        insertCopy(ctx, { titleId, barcode, shelfId, note: null });
        if (r.copyStatus !== 'available') changeCopyStatus(ctx, barcode, r.copyStatus);
      }
    }
    out.newBarcodes.push(...made);
    out.copiesAdded += made.length;
  };

  await inSlices(rows, applyRow);
  out.added = createdIds.size;
  out.updated = updatedIds.size;
  out.shelvesCreated = shelves.created;
  return out;
}
