import Database from 'better-sqlite3';
import type { ImportReport } from '../../../../shared/library-office.api';
import { openTestCore, type TestCore } from '../../../testing';
import type { TitleRow } from '../../library/catalogue/titles.repo';

/** Test support: a signed-in core with no demo content, and files as a librarian would bring them. */
export async function openOffice(): Promise<TestCore> {
  const t = await openTestCore();
  await t.signIn();
  return t;
}

export const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

export function importCatalogue(
  t: TestCore,
  fileName: string,
  bytes: Buffer | string,
): Promise<ImportReport> {
  return t.ok('catalogue.import', { fileName, contentBase64: b64(bytes) });
}

export function importBorrowers(
  t: TestCore,
  fileName: string,
  bytes: Buffer | string,
): Promise<ImportReport> {
  return t.ok('borrowers.import', { fileName, contentBase64: b64(bytes) });
}

/** UTF-8 with the BOM Excel writes for "CSV UTF-8". */
export const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

/** Reads the database through a separate read-only connection, as an outside observer would. */
export function query<R>(t: TestCore, sql: string, ...params: unknown[]): R[] {
  const db = new Database(t.dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as R[];
  } finally {
    db.close();
  }
}

/** A title as stored, without what the database assigns (id, counts, dates), and its copies. */
export type TitleSnapshot = Pick<
  TitleRow,
  | 'isbn'
  | 'title'
  | 'subtitle'
  | 'authors'
  | 'publisher'
  | 'year'
  | 'edition'
  | 'pages'
  | 'clc'
  | 'call_number'
  | 'summary'
  | 'tags'
> & { copies: string | null };

/** Titles with their copies (barcode, status, shelf): equal snapshots are equal catalogues. */
export function catalogueSnapshot(t: TestCore): TitleSnapshot[] {
  return query<TitleSnapshot>(
    t,
    `SELECT t.isbn, t.title, t.subtitle, t.authors, t.publisher, t.year, t.edition, t.pages, t.clc,
       t.call_number, t.summary, t.tags,
       (SELECT group_concat(barcode || ':' || status || ':' || coalesce(shelf, '-'), ',')
          FROM (SELECT c.barcode, c.status, s.name AS shelf FROM copies c LEFT JOIN shelves s ON s.id = c.shelf_id
                WHERE c.title_id = t.id ORDER BY c.barcode)) AS copies
     FROM titles t ORDER BY t.title, t.isbn`,
  );
}
