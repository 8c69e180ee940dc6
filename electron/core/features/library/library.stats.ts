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

/** The centre's own words for the input method: titles, authors, shelves, companies, party branches. */
/** Moves whenever {@link libraryVocabulary} may have changed (kept by triggers, migration 3). */
export function libraryVocabularyVersion(db: Db): string {
  const row = db
    .prepare<[], { value: number }>("SELECT value FROM library_meta WHERE key = 'vocabulary_version'")
    .get();
  return String(row?.value ?? 0);
}

export function libraryVocabulary(db: Db): string[] {
  const words = db
    .prepare<[], string>(
      `SELECT title FROM titles
       UNION SELECT json_extract(a.value, '$.name') FROM titles, json_each(titles.authors) a
       UNION SELECT name FROM shelves
       UNION SELECT name FROM reading_lists
       UNION SELECT company FROM borrowers WHERE company IS NOT NULL
       UNION SELECT party_branch FROM borrowers WHERE party_branch IS NOT NULL`,
    )
    .pluck()
    .all();
  return words.filter((w): w is string => typeof w === 'string' && w.trim() !== '');
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
