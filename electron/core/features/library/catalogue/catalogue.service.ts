import type { Parsed } from '../../../../shared';
import type { Author, Copy, SearchResult, Title, TitleDetail } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { DomainError } from '../../../errors';
import { audit } from '../../../platform/audit/audit.repo';
import { releaseHoldOf, routeToHold, sweepHolds, type LendingCtx } from '../lending/holds.service';
import { holdsRepo } from '../lending/holds.repo';
import { loansRepo } from '../lending/loans.repo';
import { indexNewTitle, indexTitles, prepareTitle, refreshAvailability } from '../search/search-index';
import { searchTitles } from '../search/search.service';
import { pinyinSortKey } from '../../../platform/text/text-fold';
import { copiesRepo, toCopy } from './copies.repo';
import { readingListsRepo, shelvesRepo } from './shelves.repo';
import { fieldsOf, titlesRepo, toCard, toTitle, type TitleFields } from './titles.repo';

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

export function createTitle(ctx: LendingCtx, input: Parsed<'titles.create'>): Title {
  const f = titleFields(input);
  return ctx.db.transaction(() => insertTitle(ctx, f))();
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

/**
 * Adds a title: checked, written, indexed and audited; the caller holds the transaction. An import
 * gives the sort key and search document it made beforehand, and says whether the copies it is
 * about to add will have one in (so the index row goes where it belongs at once).
 */
export function insertTitle(
  ctx: LendingCtx,
  f: TitleFields,
  prepared = prepareTitle(f),
  available = false,
): Title {
  duplicateIsbn(ctx.db, f.isbn);
  const id = titlesRepo(ctx.db).insert(f, prepared.sortKey, ctx.now().toISOString());
  indexNewTitle(ctx.db, id, available, prepared.document);
  const title = toTitle(mustTitle(ctx.db, id));
  audit(ctx, { action: 'titles.create', entity: 'title', entityId: id, after: title });
  return title;
}

export function updateTitle(ctx: LendingCtx, input: Parsed<'titles.update'>): Title {
  return ctx.db.transaction(() => changeTitle(ctx, input))();
}

/** Changes a title's fields; the caller holds the transaction. */
export function changeTitle(ctx: LendingCtx, input: Parsed<'titles.update'>): Title {
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
  titlesRepo(ctx.db).update(input.id, f, pinyinSortKey(f.title), ctx.now().toISOString());
  indexTitles(ctx.db, [input.id]);
  audit(ctx, { action: 'titles.update', entity: 'title', entityId: input.id, before, after: f });
  return toTitle(mustTitle(ctx.db, input.id));
}

export function mustTitle(db: Db, id: number) {
  const row = titlesRepo(db).byId(id);
  if (!row) throw new DomainError('not_found', 'No such title', { what: 'title' });
  return row;
}

function mustShelf(db: Db, id: number | null): void {
  if (id !== null && !shelvesRepo(db).exists(id))
    throw new DomainError('not_found', 'No such shelf', { what: 'shelf' });
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
  return ctx.db.transaction(() => insertCopy(ctx, input))();
}

/** Adds a copy (to the hold shelf when its title has a waiting hold); the caller holds the transaction. */
export function insertCopy(ctx: LendingCtx, input: Parsed<'copies.add'>): Copy {
  mustTitle(ctx.db, input.titleId);
  mustShelf(ctx.db, input.shelfId);
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
  audit(ctx, { action: 'copies.add', entity: 'copy', entityId: id, after: copy });
  return copy;
}

/**
 * Adds copies to a title that {@link insertTitle} created in this same transaction, told whether
 * they are in (`available`): such a title has no holds and no loans, and its index row is already
 * where these copies put it, so what is left is the copies themselves (their counts follow by
 * trigger) and their audit, as `copies.add` and then `copies.setStatus` would write it. The
 * caller holds the transaction and has checked the barcodes and the shelf.
 */
export function insertNewTitleCopies(
  ctx: LendingCtx,
  titleId: number,
  barcodes: readonly string[],
  shelf: { id: number; name: string } | null,
  status: 'available' | 'lost' | 'in_repair' | 'withdrawn',
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
    audit(ctx, { action: 'copies.add', entity: 'copy', entityId: id, after: added });
    if (status === 'available') continue;
    repo.setStatus(id, status, at);
    audit(ctx, {
      action: status === 'withdrawn' ? 'copies.withdraw' : 'copies.setStatus',
      entity: 'copy',
      entityId: id,
      before: added,
      after: { ...added, status },
    });
  }
}

export function moveCopies(ctx: LendingCtx, barcodes: readonly string[], shelfId: number): { moved: number } {
  return ctx.db.transaction(() => {
    mustShelf(ctx.db, shelfId);
    const copies = copiesRepo(ctx.db);
    const rows = [...new Set(barcodes)].map((b) => mustCopy(ctx.db, b));
    for (const r of rows) copies.setShelf(r.id, shelfId);
    audit(ctx, {
      action: 'copies.move',
      entity: 'copy',
      before: rows.map((r) => ({ barcode: r.barcode, shelfId: r.shelf_id })),
      after: { shelfId, barcodes: rows.map((r) => r.barcode) },
    });
    return { moved: rows.length };
  })();
}

/**
 * Takes a copy out of circulation (withdrawn, lost, in repair) or back in (available). An open loan
 * must be returned first, except when the borrower lost the book: then the loan closes as lost.
 */
export function setCopyStatus(
  ctx: LendingCtx,
  barcode: string,
  status: 'available' | 'lost' | 'in_repair' | 'withdrawn',
  note?: string | null,
): Copy {
  return ctx.db.transaction(() => changeCopyStatus(ctx, barcode, status, note))();
}

/** {@link setCopyStatus} inside the caller's transaction. */
export function changeCopyStatus(
  ctx: LendingCtx,
  barcode: string,
  status: 'available' | 'lost' | 'in_repair' | 'withdrawn',
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
  audit(ctx, {
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
    readingLists: readingListsRepo(db).forTitle(id),
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
