import type { Paged } from '../../../../shared';
import type { Author, ClcClass, Title, TitleCard } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';

export interface TitleRow {
  id: number;
  isbn: string | null;
  title: string;
  subtitle: string | null;
  authors: string;
  publisher: string | null;
  year: number | null;
  edition: string | null;
  pages: number | null;
  clc: string | null;
  call_number: string | null;
  summary: string | null;
  tags: string;
  cover: string | null;
  sort_key: string;
  copies_in: number;
  copies_total: number;
  loan_count: number;
  added_at: string;
  updated_at: string;
}

/** The editable fields of a title, as the service hands them to the repo. */
export interface TitleFields {
  isbn: string | null;
  title: string;
  subtitle: string | null;
  authors: Author[];
  publisher: string | null;
  year: number | null;
  edition: string | null;
  pages: number | null;
  clc: ClcClass | null;
  callNumber: string | null;
  summary: string | null;
  tags: string[];
  cover: string | null;
}

export function toCard(r: TitleRow): TitleCard {
  return {
    id: r.id,
    isbn: r.isbn,
    title: r.title,
    subtitle: r.subtitle,
    authors: JSON.parse(r.authors) as Author[],
    publisher: r.publisher,
    year: r.year,
    clc: r.clc as ClcClass | null,
    cover: r.cover,
    copiesIn: r.copies_in,
    copiesTotal: r.copies_total,
    loanCount: r.loan_count,
  };
}

export function toTitle(r: TitleRow): Title {
  return {
    ...toCard(r),
    edition: r.edition,
    pages: r.pages,
    callNumber: r.call_number,
    summary: r.summary,
    tags: JSON.parse(r.tags) as string[],
    addedAt: r.added_at,
    updatedAt: r.updated_at,
  };
}

export function fieldsOf(r: TitleRow): TitleFields {
  const t = toTitle(r);
  return {
    isbn: t.isbn,
    title: t.title,
    subtitle: t.subtitle,
    authors: t.authors,
    publisher: t.publisher,
    year: t.year,
    edition: t.edition,
    pages: t.pages,
    clc: t.clc,
    callNumber: t.callNumber,
    summary: t.summary,
    tags: t.tags,
    cover: t.cover,
  };
}

const params = (f: TitleFields, sortKey: string) => ({
  isbn: f.isbn,
  title: f.title,
  subtitle: f.subtitle,
  authors: JSON.stringify(f.authors),
  publisher: f.publisher,
  year: f.year,
  edition: f.edition,
  pages: f.pages,
  clc: f.clc,
  callNumber: f.callNumber,
  summary: f.summary,
  tags: JSON.stringify(f.tags),
  cover: f.cover,
  sortKey,
});

/** "New" is relative: the newest hundred, however old the collection. */
export const NEW_ARRIVALS = 100;

export type TitleSort = 'pinyin' | 'popular';
const ORDER: Record<TitleSort, string> = {
  pinyin: 't.sort_key, t.id',
  popular: 't.loan_count DESC, t.sort_key, t.id',
};

function paged(rows: TitleRow[], total: number, offset: number, limit: number): Paged<TitleCard> {
  return { rows: rows.map(toCard), total, offset, limit };
}

export function titlesRepo(db: Db) {
  return {
    byId: (id: number) => cached<[number], TitleRow>(db, 'SELECT * FROM titles WHERE id = ?').get(id),
    byIsbn: (isbn: string) => cached<[string], TitleRow>(db, 'SELECT * FROM titles WHERE isbn = ?').get(isbn),
    /** Rows for ids, in the order of the ids (search results keep their rank). */
    byIds(ids: readonly number[]): TitleRow[] {
      if (ids.length === 0) return [];
      const rows = cached<[string], TitleRow>(
        db,
        'SELECT * FROM titles WHERE id IN (SELECT value FROM json_each(?))',
      ).all(JSON.stringify(ids));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    insert(f: TitleFields, sortKey: string, at: string): number {
      return Number(
        cached(
          db,
          `INSERT INTO titles (isbn, title, subtitle, authors, publisher, year, edition, pages, clc,
             call_number, summary, tags, cover, sort_key, added_at, updated_at)
           VALUES (@isbn, @title, @subtitle, @authors, @publisher, @year, @edition, @pages, @clc,
             @callNumber, @summary, @tags, @cover, @sortKey, @at, @at)`,
        ).run({ ...params(f, sortKey), at }).lastInsertRowid,
      );
    },
    update(id: number, f: TitleFields, sortKey: string, at: string): void {
      cached(
        db,
        `UPDATE titles SET isbn = @isbn, title = @title, subtitle = @subtitle, authors = @authors,
           publisher = @publisher, year = @year, edition = @edition, pages = @pages, clc = @clc,
           call_number = @callNumber, summary = @summary, tags = @tags, cover = @cover,
           sort_key = @sortKey, updated_at = @at
         WHERE id = @id`,
      ).run({ ...params(f, sortKey), at, id });
    },

    /** Titles with a copy on the shelf (withdrawn copies do not count). */
    shelfPage(shelfId: number, sort: TitleSort, offset: number, limit: number): Paged<TitleCard> {
      const where = `t.id IN (SELECT title_id FROM copies WHERE shelf_id = ? AND status <> 'withdrawn')`;
      const rows = cached<[number, number, number], TitleRow>(
        db,
        `SELECT t.* FROM titles t WHERE ${where} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`,
      ).all(shelfId, limit, offset);
      const total = cached<[number], number>(db, `SELECT count(*) FROM titles t WHERE ${where}`)
        .pluck()
        .get(shelfId);
      return paged(rows, total ?? 0, offset, limit);
    },
    /** The newest titles on the shelves, at most NEW_ARRIVALS of them. */
    newArrivals(offset: number, limit: number): Paged<TitleCard> {
      const rows = cached<[number, number], TitleRow>(
        db,
        `SELECT * FROM titles WHERE copies_total > 0 ORDER BY added_at DESC, id DESC LIMIT ? OFFSET ?`,
      ).all(Math.max(0, Math.min(limit, NEW_ARRIVALS - offset)), offset);
      const total = cached<[], number>(
        db,
        `SELECT count(*) FROM (SELECT 1 FROM titles WHERE copies_total > 0
           ORDER BY added_at DESC, id DESC LIMIT ${NEW_ARRIVALS})`,
      )
        .pluck()
        .get();
      return paged(rows, total ?? 0, offset, limit);
    },
    popular(offset: number, limit: number): Paged<TitleCard> {
      const rows = cached<[number, number], TitleRow>(
        db,
        `SELECT * FROM titles WHERE loan_count > 0 ORDER BY loan_count DESC, sort_key, id LIMIT ? OFFSET ?`,
      ).all(limit, offset);
      const total = cached<[], number>(db, 'SELECT count(*) FROM titles WHERE loan_count > 0').pluck().get();
      return paged(rows, total ?? 0, offset, limit);
    },
    /** A published reading list's titles (ids in the librarian's order), in that order or sorted. */
    listPage(titleIds: readonly number[], sort: TitleSort | undefined, offset: number, limit: number) {
      const order = sort ? ORDER[sort] : 'l.key';
      const rows = cached<[string, number, number], TitleRow>(
        db,
        `SELECT t.* FROM json_each(?) l JOIN titles t ON t.id = l.value ORDER BY ${order} LIMIT ? OFFSET ?`,
      ).all(JSON.stringify(titleIds), limit, offset);
      const total = cached<[string], number>(
        db,
        'SELECT count(*) FROM json_each(?) l JOIN titles t ON t.id = l.value',
      )
        .pluck()
        .get(JSON.stringify(titleIds));
      return paged(rows, total ?? 0, offset, limit);
    },
  };
}
