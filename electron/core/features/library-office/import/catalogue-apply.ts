import type { Parsed } from '../../../../shared';
import type { ImportIssue } from '../../../../shared/library-office.api';
import { addCopy, createTitle, setCopyStatus, updateTitle } from '../../library/catalogue/catalogue.service';
import { copiesRepo } from '../../library/catalogue/copies.repo';
import { fieldsOf, titlesRepo, type TitleFields, type TitleRow } from '../../library/catalogue/titles.repo';
import type { LendingCtx } from '../../library/lending/holds.service';
import type { Db } from '../../../db/database';
import { barcodeGenerator } from './barcode-generator';
import type { CatalogueRecord, ImportOutcome } from './catalogue-rows';
import { shelfResolver } from './shelf-resolver';

export interface CatalogueChanges {
  added: number;
  updated: number;
  copiesAdded: number;
  newBarcodes: string[];
  shelvesCreated: string[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

const squash = (s: string | null) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');

/** What tells a book without ISBN apart: the same title, authors, publisher, year and edition is the same book. */
function identity(
  t: Pick<TitleFields, 'title' | 'subtitle' | 'authors' | 'publisher' | 'year' | 'edition'>,
): string {
  return [t.title, t.subtitle, t.authors.map((a) => a.name).join('|'), t.publisher, t.year, t.edition]
    .map((v) => squash(v === null ? null : String(v)))
    .join('\u0001');
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

/** Two catalogue titles that look the same: a row like them cannot tell which it means, so it makes its own. */
const AMBIGUOUS = -1;

/** Every title by its identity, read once: the titles table has no index on the title to look one up by. */
function identityIndex(db: Db): Map<string, number> {
  const index = new Map<string, number>();
  for (const row of db.prepare<[], TitleRow>('SELECT * FROM titles').iterate()) {
    const key = identity(fieldsOf(row));
    index.set(key, index.has(key) ? AMBIGUOUS : row.id);
  }
  return index;
}

function titleInput(r: CatalogueRecord): Parsed<'titles.create'> {
  return {
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
  };
}

/**
 * Writes the checked rows into the catalogue through the catalogue service (so the search index,
 * sort keys, copy counters, holds and audit stay right). The caller holds the transaction: any
 * failure leaves the catalogue as it was.
 */
export function applyCatalogue(
  ctx: LendingCtx,
  outcomes: readonly ImportOutcome<CatalogueRecord>[],
): CatalogueChanges {
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
  const reserved = new Set(outcomes.flatMap((o) => o.record?.barcodes ?? []));
  const nextBarcode = barcodeGenerator(ctx.db, reserved);
  const firstRowOf = new Map<string, number>();
  const createdIds = new Set<number>();
  const updatedIds = new Set<number>();
  const byIdentity = identityIndex(ctx.db);

  const findTitle = (r: CatalogueRecord): TitleRow | undefined => {
    if (r.isbn) return titles.byIsbn(r.isbn);
    const known = byIdentity.get(identity(r));
    return known === undefined || known === AMBIGUOUS ? undefined : titles.byId(known);
  };

  for (const o of outcomes) {
    out.warnings.push(...o.warnings);
    if (o.skipped) out.skipped.push(o.skipped);
    const r = o.record;
    if (!r) continue;

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
      continue;
    }
    out.warnings.push(...refused);

    const existing = findTitle(r);
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
      if (Object.keys(patch).length > 0) updateTitle(ctx, { id: existing.id, ...patch });
      if (!createdIds.has(titleId) && (Object.keys(patch).length > 0 || copiesWanted > 0))
        updatedIds.add(titleId);
    } else {
      titleId = createTitle(ctx, titleInput(r)).id;
      createdIds.add(titleId);
    }
    // Rows further down that look the same (one row per copy, no ISBN) join the title this row went to.
    byIdentity.set(identity(r), titleId);

    let shelfId: number | null = null;
    if (r.shelf) {
      const shelf = shelves.resolve(r.shelf);
      shelfId = shelf.id;
      if (shelf.created)
        out.warnings.push({ row: r.row, reason: 'shelf_created', params: { shelf: r.shelf } });
    }
    const barcodes = [...accepted, ...Array.from({ length: toGenerate }, () => '')];
    for (const given of barcodes) {
      const barcode = given || nextBarcode();
      addCopy(ctx, { titleId, barcode, shelfId, note: null });
      if (r.copyStatus !== 'available') setCopyStatus(ctx, barcode, r.copyStatus);
      out.newBarcodes.push(barcode);
      out.copiesAdded++;
    }
  }
  out.added = createdIds.size;
  out.updated = updatedIds.size;
  out.shelvesCreated = shelves.created;
  return out;
}
