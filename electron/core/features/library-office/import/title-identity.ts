import type { Author } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { yieldToLoop } from '../../../platform/work/slices';
import type { TitleRow } from '../../library/catalogue/titles.repo';

/** Case, width, spaces and punctuation do not tell two titles apart. */
export const squash = (s: string | null) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');

interface IdentityFields {
  title: string;
  subtitle: string | null;
  authors: readonly Pick<Author, 'name'>[];
  publisher: string | null;
  year: number | null;
  edition: string | null;
}

/** What tells a book without ISBN apart: the same title, authors, publisher, year and edition is the same book. */
export function identity(t: IdentityFields): string {
  return [t.title, t.subtitle, t.authors.map((a) => a.name).join('|'), t.publisher, t.year, t.edition]
    .map((v) => squash(v === null ? null : String(v)))
    .join('\u0001');
}

/** Two catalogue titles that look the same: a row like them cannot tell which it means, so it makes its own. */
export const AMBIGUOUS = -1;

type IdentityRow = Pick<TitleRow, 'id' | 'title' | 'subtitle' | 'authors' | 'publisher' | 'year' | 'edition'>;

const PAGE = 2000;

/**
 * Every title by its identity: the titles table has no index to look one up by. Read a page at a
 * time, yielding between pages, so a catalogue of 100,000 titles does not hold the event loop.
 */
export async function identityIndex(db: Db): Promise<Map<string, number>> {
  const index = new Map<string, number>();
  const page = db.prepare<[number, number], IdentityRow>(
    `SELECT id, title, subtitle, authors, publisher, year, edition FROM titles
     WHERE id > ? ORDER BY id LIMIT ?`,
  );
  for (let after = 0; ; await yieldToLoop()) {
    const rows = page.all(after, PAGE);
    for (const row of rows) {
      const key = identity({ ...row, authors: JSON.parse(row.authors) as Author[] });
      index.set(key, index.has(key) ? AMBIGUOUS : row.id);
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return index;
    after = last.id;
  }
}
