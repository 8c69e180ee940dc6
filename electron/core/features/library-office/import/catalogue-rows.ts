import type { ImportIssue, ImportReason } from '../../../../shared/library-office.api';
import type { Author, ClcClass } from '../../../../shared/library.api';
import { parseAuthors } from './authors';
import type { SheetRow } from '../../../platform/tables/csv-parse';
import type { HeaderMap } from '../../../platform/tables/headers';
import { clean } from '../../../platform/tables/cells';
import { rowReader, type RowOutcome } from '../../../platform/tables/row-report';
import {
  clcOfCallNumber,
  CODE_PATTERN,
  isExcelNumber,
  normaliseCode,
  parseClc,
  parseCopies,
  parseIsbn,
  parsePages,
  parseTags,
  parseYear,
  splitList,
} from './fields';
import type { CATALOGUE_HEADERS } from './headers';

export type CatalogueField = keyof typeof CATALOGUE_HEADERS;

/** One row of a catalogue sheet, checked and normalised; what it asks the catalogue to hold. */
export interface CatalogueRecord {
  row: number;
  title: string;
  subtitle: string | null;
  authors: Author[];
  publisher: string | null;
  year: number | null;
  edition: string | null;
  pages: number | null;
  isbn: string | null;
  clc: ClcClass | null;
  callNumber: string | null;
  summary: string | null;
  tags: string[];
  /** Barcodes written in the row (valid ones; duplicates are checked against the catalogue later). */
  barcodes: string[];
  /** Copies wanted: at least the barcodes; the rest get generated barcodes. */
  copies: number;
  shelf: string | null;
  /** What the copies are (an exported catalogue lists lost and in-repair copies); on loan counts as available. */
  copyStatus: CopyImportStatus;
}

/** One row read, with the reading room's reasons for skipping or warning. */
export type ImportOutcome<Rec> = RowOutcome<Rec, ImportReason>;

export type CopyImportStatus = 'available' | 'lost' | 'in_repair' | 'withdrawn';

const STATUS_WORDS: [RegExp, CopyImportStatus][] = [
  [/遗失|丢失|lost/i, 'lost'],
  [/修补|修复|维修|repair/i, 'in_repair'],
  [/剔除|注销|下架|withdrawn/i, 'withdrawn'],
];

export function parseCopyStatus(raw: string): CopyImportStatus {
  return STATUS_WORDS.find(([re]) => re.test(raw))?.[1] ?? 'available';
}

/** The limits of the contract's title fields (library.api.ts), so a created title always passes them. */
export const LIMITS = {
  title: 200,
  subtitle: 200,
  publisher: 100,
  edition: 40,
  callNumber: 60,
  summary: 4000,
  tag: 20,
  tags: 20,
  authors: 12,
  authorName: 60,
  nationality: 10,
  shelf: 40,
} as const;

function authorsOf(raw: string, warn: (field: string, max: number) => void): Author[] {
  const all = parseAuthors(clean(raw));
  if (all.length > LIMITS.authors) warn('authors', LIMITS.authors);
  return all.slice(0, LIMITS.authors).map((a) => {
    if (a.name.length > LIMITS.authorName) warn('authors', LIMITS.authorName);
    const nationality = a.nationality && a.nationality.length <= LIMITS.nationality ? a.nationality : null;
    return { ...a, name: a.name.slice(0, LIMITS.authorName), nationality };
  });
}

/**
 * Reads one catalogue row. Only a missing title skips the row here; a bad ISBN, year, page count or
 * class is warned about and left empty, because the book is on the shelf and must be lendable: the
 * librarian corrects the field later in the title editor. Barcodes are skipped one by one.
 */
export function readCatalogueRow(
  map: HeaderMap<CatalogueField>,
  row: SheetRow,
): ImportOutcome<CatalogueRecord> {
  const { raw, text, warn, warnings } = rowReader<CatalogueField, ImportReason>(map, row);
  const title = text('title', LIMITS.title);
  if (title === null)
    return { record: null, skipped: { row: row.row, reason: 'title_missing' }, warnings: [] };

  const isbnRaw = clean(raw('isbn'));
  let isbn: string | null = null;
  if (isbnRaw !== '') {
    const parsed = parseIsbn(isbnRaw);
    if (parsed.ok) isbn = parsed.value;
    else warn(isExcelNumber(isbnRaw) ? 'isbn_excel_number' : 'isbn_invalid', { value: isbnRaw });
  }
  const optional = <T>(
    field: CatalogueField,
    parse: (s: string) => { ok: true; value: T } | { ok: false },
  ) => {
    const v = clean(raw(field));
    if (v === '') return null;
    const parsed = parse(v);
    if (parsed.ok) return parsed.value;
    warn(`${field}_invalid` as ImportIssue['reason'], { value: v });
    return null;
  };
  const year = optional('year', parseYear);
  const pages = optional('pages', parsePages);
  const callNumber = text('callNumber', LIMITS.callNumber);
  const clc = optional('clc', parseClc) ?? (callNumber ? clcOfCallNumber(callNumber) : null);

  const { tags, dropped } = parseTags(clean(raw('tags')), LIMITS.tag, LIMITS.tags);
  if (dropped > 0) warn('tags_dropped', { count: dropped });

  const barcodes: string[] = [];
  for (const b of splitList(normaliseCode(raw('barcode')))) {
    if (CODE_PATTERN.test(b)) barcodes.push(b);
    else warn('barcode_invalid', { barcode: b });
  }
  let copies = Math.max(barcodes.length, 1);
  const copiesRaw = clean(raw('copies'));
  if (copiesRaw !== '') {
    const parsed = parseCopies(copiesRaw);
    if (parsed.ok) copies = Math.max(parsed.value, barcodes.length);
    else warn('copies_invalid', { value: copiesRaw });
  }
  // A row whose only barcodes were invalid asked for those copies, not for generated ones.
  if (barcodes.length === 0 && clean(raw('barcode')) !== '' && copiesRaw === '') {
    return { record: null, skipped: { row: row.row, reason: 'barcode_invalid' }, warnings };
  }

  let shelf = clean(raw('shelf')) || null;
  if (shelf && shelf.length > LIMITS.shelf) {
    warn('shelf_invalid', { value: shelf });
    shelf = null;
  }

  const record: CatalogueRecord = {
    row: row.row,
    title,
    subtitle: text('subtitle', LIMITS.subtitle),
    authors: authorsOf(raw('authors'), (field, max) => warn('text_truncated', { field, max })),
    publisher: text('publisher', LIMITS.publisher),
    year,
    edition: text('edition', LIMITS.edition),
    pages,
    isbn,
    clc,
    callNumber,
    summary: text('summary', LIMITS.summary, true),
    tags,
    barcodes,
    copies,
    shelf,
    copyStatus: parseCopyStatus(clean(raw('status'))),
  };
  return { record, skipped: null, warnings };
}
