import type { Parsed } from '../../../../shared';
import type { Author, Copy, SearchResult, Shelf, Title, TitleDetail } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { DomainError } from '../../../errors';
import { mediaRepo } from '../../../platform/media/media.repo';
import { releaseHoldOf, routeToHold, sweepHolds, type LendingCtx } from '../lending/holds.service';
import { holdsRepo } from '../lending/holds.repo';
import { loansRepo } from '../lending/loans.repo';
import { indexNewTitle, indexTitles, prepareTitle, refreshAvailability } from '../search/search-index';
import { searchTitles } from '../search/search.service';
import { pinyinSortKey } from '../../../platform/text/text-fold';
import { copiesRepo, toCopy } from './copies.repo';
import { publishedListsWith } from './reading-lists.service';
import { shelvesRepo } from './shelves.repo';
import { fieldsOf, titlesRepo, toCard, toTitle, type TitleFields } from './titles.repo';

/** What staff can set a copy's status to (on loan and on the hold shelf follow from lending). */
export type SettableStatus = 'available' | 'lost' | 'in_repair' | 'withdrawn';

const ROLE_WORD: Record<Author['role'], string> = {
  author: '著',
  chief_editor: '主编',
  editor: '编',
  compiler: '编著',
  translator: '译',
  illustrator: '绘',
  other: '',
};

/** A statement of responsibility as a catalogue prints it: 〔美〕埃德加·斯诺 著. */
export function authorLine(authors: readonly Author[]): string {
  return authors
    .map(
      (a) =>
        `${a.nationality ? `〔${a.nationality}〕` : ''}${a.name}${ROLE_WORD[a.role] ? ` ${ROLE_WORD[a.role]}` : ''}`,
    )
    .join('；');
}

function duplicateIsbn(db: Db, isbn: string | null, self?: number): void {
  if (isbn === null) return;
  const other = titlesRepo(db).byIsbn(isbn);
  if (other && other.id !== self)
    throw new DomainError('duplicate', 'A title with this ISBN exists', { titleId: other.id });
}

/** A cover must be a picture in the media store (uploaded first, then named by its id). */
function mustCover(db: Db, cover: string | null | undefined): void {
  if (cover === null || cover === undefined) return;
  if (mediaRepo(db).bySha(cover)?.kind !== 'image') {
    throw new DomainError('not_found', 'No such picture in the media store', { what: 'cover' });
  }
}

export function createTitle(ctx: LendingCtx, input: Parsed<'titles.create'>): Title {
  const f = titleFields(input);
  const prepared = prepareTitle(f);
  const title = insertTitle(ctx, f, prepared.sortKey);
  indexNewTitle(ctx.db, title.id, prepared.document);
  return title;
}

export function titleFields(input: Parsed<'titles.create'>): TitleFields {
  return {
    isbn: input.isbn ?? null,
    title: input.title,
    subtitle: input.subtitle ?? null,
    authors: input.authors ?? [],
    publisher: input.publisher ?? null,
    year: input.year ?? null,
    edition: input.edition ?? null,
    pages: input.pages ?? null,
    clc: input.clc ?? null,
    callNumber: input.callNumber ?? null,
    summary: input.summary ?? null,
    tags: input.tags ?? [],
    cover: input.cover ?? null,
  };
}

/** Copies a title is given as it is created (an import's row); the caller checked the barcodes and shelf. */
export interface FirstCopies {
  barcodes: readonly string[];
  shelfId: number | null;
  status: SettableStatus;
}

/**
 * Adds a title, with its first copies if any: checked, written and audited, with the sort key made
 * by {@link prepareTitle}. Its audit entry names the copies (an import of 100,000 rows writes one
 * entry per title, not one more per copy). It is not in the search index yet: the caller adds it
 * with `indexNewTitle` (an import does so once all its rows are in, all its new titles together).
 */
export function insertTitle(ctx: LendingCtx, f: TitleFields, sortKey: string, copies?: FirstCopies): Title {
  duplicateIsbn(ctx.db, f.isbn);
  mustCover(ctx.db, f.cover);
  const at = ctx.now().toISOString();
  const id = titlesRepo(ctx.db).insert(f, sortKey, at);
  if (copies) {
    const repo = copiesRepo(ctx.db);
    for (const barcode of copies.barcodes) {
      const copyId = repo.insert({ titleId: id, barcode, shelfId: copies.shelfId, note: null, at });
      if (copies.status !== 'available') repo.setStatus(copyId, copies.status, at);
    }
  }
  const title = toTitle(mustTitle(ctx.db, id));
  const after = copies
    ? { ...title, copies: copies.barcodes, copyStatus: copies.status, shelfId: copies.shelfId }
    : title;
  ctx.audit({ action: 'titles.create', entity: 'title', entityId: id, after });
  return title;
}

export function updateTitle(ctx: LendingCtx, input: Parsed<'titles.update'>): Title {
  const row = mustTitle(ctx.db, input.id);
  const before = fieldsOf(row);
  const pick = <K extends keyof TitleFields>(k: K, v: TitleFields[K] | undefined): TitleFields[K] =>
    v === undefined ? before[k] : v;
  const f: TitleFields = {
    isbn: pick('isbn', input.isbn),
    title: pick('title', input.title),
    subtitle: pick('subtitle', input.subtitle),
    authors: pick('authors', input.authors),
    publisher: pick('publisher', input.publisher),
    year: pick('year', input.year),
    edition: pick('edition', input.edition),
    pages: pick('pages', input.pages),
    clc: pick('clc', input.clc),
    callNumber: pick('callNumber', input.callNumber),
    summary: pick('summary', input.summary),
    tags: pick('tags', input.tags),
    cover: pick('cover', input.cover),
  };
  duplicateIsbn(ctx.db, f.isbn, input.id);
  mustCover(ctx.db, input.cover);
  titlesRepo(ctx.db).update(input.id, f, pinyinSortKey(f.title), ctx.now().toISOString());
  indexTitles(ctx.db, [input.id]);
  ctx.audit({ action: 'titles.update', entity: 'title', entityId: input.id, before, after: f });
  return toTitle(mustTitle(ctx.db, input.id));
}

export function mustTitle(db: Db, id: number) {
  const row = titlesRepo(db).byId(id);
  if (!row) throw new DomainError('not_found', 'No such title', { what: 'title' });
  return row;
}

export function mustShelf(db: Db, id: number): Shelf {
  const shelf = shelvesRepo(db).get(id);
  if (!shelf) throw new DomainError('not_found', 'No such shelf', { what: 'shelf' });
  return shelf;
}

export function mustCopy(db: Db, barcode: string) {
  const row = copiesRepo(db).byBarcode(barcode);
  if (!row) throw new DomainError('not_found', 'No copy with this barcode', { what: 'copy' });
  return row;
}

const copyView = (db: Db, id: number): Copy => {
  const row = copiesRepo(db).view(id);
  if (!row) throw new Error(`Copy ${id} vanished`);
  return toCopy(row);
};

export function addCopy(ctx: LendingCtx, input: Parsed<'copies.add'>): Copy {
  mustTitle(ctx.db, input.titleId);
  if (input.shelfId !== null) mustShelf(ctx.db, input.shelfId);
  const copies = copiesRepo(ctx.db);
  const barcode = input.barcode ?? copies.nextBarcode();
  if (copies.byBarcode(barcode)) throw new DomainError('duplicate', 'This barcode is taken', { barcode });
  const at = ctx.now().toISOString();
  const id = copies.insert({
    titleId: input.titleId,
    barcode,
    shelfId: input.shelfId,
    note: input.note ?? null,
    at,
  });
  sweepHolds(ctx);
  routeToHold(ctx, id, input.titleId);
  refreshAvailability(ctx.db, [input.titleId]);
  const copy = copyView(ctx.db, id);
  ctx.audit({ action: 'copies.add', entity: 'copy', entityId: id, after: copy });
  return copy;
}

/**
 * Adds copies to a title that {@link insertTitle} created in this same call: such a title has no
 * holds and no loans, and is not in the search index yet, so what is left is the copies
 * themselves (their counts follow by trigger) and their audit, as `copies.add` and then
 * `copies.setStatus` would write it. The caller has checked the barcodes and the shelf.
 */
export function insertNewTitleCopies(
  ctx: LendingCtx,
  titleId: number,
  barcodes: readonly string[],
  shelf: { id: number; name: string } | null,
  status: SettableStatus,
): void {
  const repo = copiesRepo(ctx.db);
  const at = ctx.now().toISOString();
  for (const barcode of barcodes) {
    const id = repo.insert({ titleId, barcode, shelfId: shelf?.id ?? null, note: null, at });
    // The copy as `copies.add` reads it back: nothing else can have touched it yet.
    const added = toCopy({
      id,
      title_id: titleId,
      barcode,
      shelf_id: shelf?.id ?? null,
      status: 'available',
      note: null,
      added_at: at,
      withdrawn_at: null,
      shelf_name: shelf?.name ?? null,
      due_on: null,
    });
    ctx.audit({ action: 'copies.add', entity: 'copy', entityId: id, after: added });
    if (status === 'available') continue;
    repo.setStatus(id, status, at);
    ctx.audit({
      action: status === 'withdrawn' ? 'copies.withdraw' : 'copies.setStatus',
      entity: 'copy',
      entityId: id,
      before: added,
      after: { ...added, status },
    });
  }
}

export function moveCopies(ctx: LendingCtx, barcodes: readonly string[], shelfId: number): { moved: number } {
  mustShelf(ctx.db, shelfId);
  const copies = copiesRepo(ctx.db);
  const rows = [...new Set(barcodes)].map((b) => mustCopy(ctx.db, b));
  for (const r of rows) copies.setShelf(r.id, shelfId);
  ctx.audit({
    action: 'copies.move',
    entity: 'copy',
    before: rows.map((r) => ({ barcode: r.barcode, shelfId: r.shelf_id })),
    after: { shelfId, barcodes: rows.map((r) => r.barcode) },
  });
  return { moved: rows.length };
}

/**
 * Takes a copy out of circulation (withdrawn, lost, in repair) or back in (available). An open loan
 * must be returned first, except when the borrower lost the book: then the loan closes as lost.
 */
export function setCopyStatus(
  ctx: LendingCtx,
  barcode: string,
  status: SettableStatus,
  note?: string | null,
): Copy {
  sweepHolds(ctx);
  const row = mustCopy(ctx.db, barcode);
  const before = copyView(ctx.db, row.id);
  const copies = copiesRepo(ctx.db);
  const at = ctx.now().toISOString();
  if (row.status === status) return before;
  if (row.status === 'withdrawn')
    throw new DomainError('conflict', 'A withdrawn copy stays withdrawn', { status: row.status });
  if (row.status === 'on_loan') {
    if (status !== 'lost')
      throw new DomainError('copy_on_loan', 'Return the copy first', { status: row.status });
    const open = loansRepo(ctx.db).openByCopy(row.id);
    if (open) loansRepo(ctx.db).close(open.id, at, 'lost');
    if (note !== undefined) copies.setStatus(row.id, 'lost', at, note);
  } else if (row.status === 'on_hold_shelf') {
    if (status === 'available')
      throw new DomainError('conflict', 'Cancel the hold to put this copy back', { status: row.status });
    releaseHoldOf(ctx, row.id);
    copies.setStatus(row.id, status, at, note);
  } else {
    copies.setStatus(row.id, status, at, note);
    if (status === 'available') routeToHold(ctx, row.id, row.title_id);
  }
  refreshAvailability(ctx.db, [row.title_id]);
  const after = copyView(ctx.db, row.id);
  ctx.audit({
    action: status === 'withdrawn' ? 'copies.withdraw' : 'copies.setStatus',
    entity: 'copy',
    entityId: row.id,
    before,
    after,
  });
  return after;
}

export function titleDetail(db: Db, id: number): TitleDetail {
  const row = mustTitle(db, id);
  const title = toTitle(row);
  const shelf = copiesRepo(db).shelfOf(id) ?? null;
  const firstDueBack = loansRepo(db).firstDue(id);
  const lines = [
    `《${title.title}》${title.subtitle ? ` ${title.subtitle}` : ''}`,
    authorLine(title.authors),
    [title.publisher, title.year].filter((x) => x !== null).join(' '),
    title.isbn ? `ISBN ${title.isbn}` : '',
    title.callNumber ? `索书号 ${title.callNumber}` : '',
    shelf ? `馆藏 ${shelf.name}` : '',
  ];
  return {
    ...title,
    availability: {
      copiesIn: row.copies_in,
      copiesTotal: row.copies_total,
      firstDueBack,
      shelf,
      holdsWaiting: holdsRepo(db).waitingCount(id),
    },
    copies: copiesRepo(db).forTitle(id).map(toCopy),
    readingLists: publishedListsWith(db, id),
    qr: lines.filter((l) => l !== '').join('\n'),
  };
}

export function search(db: Db, q: string, offset: number, limit: number): SearchResult {
  const ranked = searchTitles(db, q, offset, limit);
  const rows = titlesRepo(db).byIds(ranked.hits.map((h) => h.id));
  const reasons = new Map(ranked.hits.map((h) => [h.id, h.reason]));
  return {
    rows: rows.map((r) => ({ ...toCard(r), reason: reasons.get(r.id) ?? 'other' })),
    total: ranked.total,
    capped: ranked.capped,
    offset,
    limit,
    folded: ranked.folded,
  };
}
