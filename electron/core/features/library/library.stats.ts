import type { Counter } from '../../../shared';
import type { MediaRef } from '../../context';
import type { Db } from '../../db/database';

/** The attract screen's counters: readers who ever borrowed, and loans ever made. */
export function libraryCounters(db: Db): Counter[] {
  const row = db
    .prepare<[], { readers: number; loans: number }>(
      'SELECT count(DISTINCT borrower_id) AS readers, count(*) AS loans FROM loans',
    )
    .get();
  return [
    { key: 'library.readers', value: row?.readers ?? 0 },
    { key: 'library.loans', value: row?.loans ?? 0 },
  ];
}

/** Moves whenever {@link libraryVocabulary} may have changed (kept by triggers, the library's migration 2). */
export function libraryVocabularyVersion(db: Db): string {
  const row = db
    .prepare<[], { value: number }>("SELECT value FROM library_meta WHERE key = 'vocabulary_version'")
    .get();
  return String(row?.value ?? 0);
}

/** Titles read per query: each page is one short read, and the input method pauses between them. */
const PAGE = 500;

/**
 * The centre's own words for the input method: titles, authors, shelves, reading lists, companies,
 * party branches. Titles and their authors come a page at a time (by id), so that reading a
 * 100,000-title catalogue never holds core for long; repeats are the input method's to drop.
 */
export function* libraryVocabulary(db: Db): Generator<string> {
  const page = db.prepare<[number, number], { id: number; title: string; author: string | null }>(
    `SELECT t.id, t.title, json_extract(a.value, '$.name') AS author
       FROM (SELECT id, title, authors FROM titles WHERE id > ? ORDER BY id LIMIT ?) t
       LEFT JOIN json_each(t.authors) a
      ORDER BY t.id`,
  );
  let after = 0;
  for (;;) {
    const rows = page.all(after, PAGE);
    let titles = 0;
    for (const row of rows) {
      if (row.id !== after) {
        titles++;
        after = row.id;
        yield row.title;
      }
      if (typeof row.author === 'string') yield row.author;
    }
    if (titles < PAGE) break;
  }
  yield* db
    .prepare<[], unknown>(
      `SELECT name FROM shelves
       UNION SELECT name FROM reading_lists
       UNION SELECT company FROM borrowers WHERE company IS NOT NULL
       UNION SELECT party_branch FROM borrowers WHERE party_branch IS NOT NULL`,
    )
    .pluck()
    .all()
    .filter((w): w is string => typeof w === 'string');
}

/** The cover photos the catalogue uses: each title with one, by its title. */
export function libraryMediaRefs(db: Db): MediaRef[] {
  return db
    .prepare<[], { media: string; label: string }>(
      'SELECT cover AS media, title AS label FROM titles WHERE cover IS NOT NULL',
    )
    .all()
    .map((r) => ({ ...r, kind: 'title' }));
}
