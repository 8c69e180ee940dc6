import type { Author } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import {
  fold,
  hanTokens,
  initialsOf,
  latinKey,
  suffixKeys,
  syllableReadings,
} from '../../../platform/text/text-fold';

/** Added to a title's id in the search index while none of its copies is in: rowid order is then "available first". */
export const UNAVAILABLE = 2 ** 40;
export const titleIdOf = (rowid: number) => rowid % UNAVAILABLE;

export interface SearchSource {
  id: number;
  title: string;
  subtitle: string | null;
  authors: Author[];
  publisher: string | null;
  tags: string[];
  callNumber: string | null;
  copiesIn: number;
}

/** The FTS5 tables of the index and their columns (see the migration). */
export const SEARCH_TABLES = {
  search_title_han: ['t'],
  search_author_han: ['t'],
  search_other_han: ['t'],
  search_title_latin: ['p', 'i'],
  search_author_latin: ['p', 'i'],
  search_other_latin: ['p'],
} as const;
export type SearchTable = keyof typeof SEARCH_TABLES;

export interface SearchDocument {
  rowid: number;
  /** Per table, its column values: Han text one token per character or digit; Latin text as suffix keys. */
  rows: Record<SearchTable, string[]>;
  /** Exact-match keys of the title: its folded text, full pinyin and initials. */
  keys: string[];
}

const hanText = (s: string | null) => (s ? hanTokens(fold(s)).join(' ') : '');

/** Authors, publishers and tags repeat across titles: their pinyin is worked out once. */
const readingCache = new Map<string, string[][]>();
function readingsOf(s: string): string[][] {
  let r = readingCache.get(s);
  if (!r) {
    if (readingCache.size >= 20_000) readingCache.clear();
    r = syllableReadings(fold(s));
    readingCache.set(s, r);
  }
  return r;
}

class LatinKeys {
  readonly pinyin = new Set<string>();
  readonly initials = new Set<string>();
  add(s: string | null, exact?: Set<string>): this {
    if (!s) return this;
    for (const reading of readingsOf(s)) {
      for (const k of suffixKeys(reading)) this.pinyin.add(k);
      for (const k of suffixKeys(initialsOf(reading))) this.initials.add(k);
      if (exact && reading.length > 0) {
        exact.add(reading.join(''));
        exact.add(initialsOf(reading).join(''));
      }
    }
    return this;
  }
}

const words = (...sets: Set<string>[]) => sets.flatMap((s) => [...s]).join(' ');

/** What the index holds for one title; pure, so the benchmark can build the same index. */
export function searchDocument(src: SearchSource): SearchDocument {
  const exact = new Set<string>([hanTokens(fold(src.title)).join('')]);
  const title = new LatinKeys().add(src.title, exact).add(src.subtitle);
  const author = new LatinKeys();
  for (const a of src.authors) author.add(a.name);
  const other = new LatinKeys().add(src.publisher);
  for (const tag of src.tags) other.add(tag);
  const call = src.callNumber ? latinKey(fold(src.callNumber)) : '';
  exact.delete('');
  return {
    rowid: src.id + (src.copiesIn > 0 ? 0 : UNAVAILABLE),
    rows: {
      search_title_han: [[hanText(src.title), hanText(src.subtitle)].join(' ').trim()],
      search_author_han: [src.authors.map((a) => hanText(a.name)).join(' ')],
      search_other_han: [
        [hanText(src.publisher), ...src.tags.map(hanText), hanText(src.callNumber)].join(' ').trim(),
      ],
      search_title_latin: [words(title.pinyin), words(title.initials)],
      search_author_latin: [words(author.pinyin), words(author.initials)],
      search_other_latin: [[words(other.pinyin, other.initials), call].join(' ').trim()],
    },
    keys: [...exact],
  };
}

interface SourceRow {
  id: number;
  title: string;
  subtitle: string | null;
  authors: string;
  publisher: string | null;
  tags: string;
  call_number: string | null;
  copies_in: number;
}

const toSource = (r: SourceRow): SearchSource => ({
  id: r.id,
  title: r.title,
  subtitle: r.subtitle,
  authors: JSON.parse(r.authors) as Author[],
  publisher: r.publisher,
  tags: JSON.parse(r.tags) as string[],
  callNumber: r.call_number,
  copiesIn: r.copies_in,
});

const SOURCE_SQL = `SELECT id, title, subtitle, authors, publisher, tags, call_number, copies_in FROM titles`;
const TABLES = Object.keys(SEARCH_TABLES) as SearchTable[];

type Writer = ReturnType<typeof makeWriter>;
// Prepared once per database handle: an import indexes thousands of titles in one transaction.
const writers = new WeakMap<Db, Writer>();

function writer(db: Db): Writer {
  let w = writers.get(db);
  if (!w) writers.set(db, (w = makeWriter(db)));
  return w;
}

function makeWriter(db: Db) {
  const del = TABLES.map((t) => db.prepare(`DELETE FROM ${t} WHERE rowid IN (?, ?)`));
  const ins = TABLES.map((t) => {
    const cols = SEARCH_TABLES[t];
    return db.prepare(
      `INSERT INTO ${t} (rowid, ${cols.join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`,
    );
  });
  const delKeys = db.prepare('DELETE FROM title_keys WHERE title_id = ?');
  const insKey = db.prepare('INSERT OR IGNORE INTO title_keys (key, title_id) VALUES (?, ?)');
  const source = db.prepare<[number], SourceRow>(`${SOURCE_SQL} WHERE id = ?`);
  return {
    source: (id: number) => source.get(id),
    remove(id: number) {
      for (const d of del) d.run(id, id + UNAVAILABLE);
      delKeys.run(id);
    },
    add(src: SearchSource) {
      const doc = searchDocument(src);
      TABLES.forEach((t, i) => {
        const values = doc.rows[t];
        // An empty document adds nothing to an FTS table but a row: leave it out.
        if (values.some((v) => v !== '')) ins[i]?.run(doc.rowid, ...values);
      });
      for (const k of doc.keys) insKey.run(k, src.id);
    },
  };
}

/**
 * (Re)indexes titles after they were added or edited, inside the write's transaction. The index is
 * contentless, so nothing else keeps it up to date: every writer of titles calls this.
 */
export function indexTitles(db: Db, ids: Iterable<number>): void {
  const w = writer(db);
  for (const id of ids) {
    w.remove(id);
    const row = w.source(id);
    if (row) w.add(toSource(row));
  }
}

/** Rebuilds the whole index (seed, benchmark); the caller holds a transaction. */
export function buildSearchIndex(db: Db): void {
  for (const t of [...TABLES, 'title_keys']) db.exec(`DELETE FROM ${t}`);
  const w = writer(db);
  for (const row of db.prepare<[], SourceRow>(SOURCE_SQL).all()) w.add(toSource(row));
}

/**
 * Moves titles between "available" and "none in" in the index after their copies changed (a
 * checkout, a return, a withdrawal). Cheap when nothing changed: one lookup per title.
 */
export function refreshAvailability(db: Db, titleIds: Iterable<number>): void {
  const get = db.prepare<[number], { copies_in: number }>('SELECT copies_in FROM titles WHERE id = ?');
  const has = db.prepare<[number], { rowid: number }>('SELECT rowid FROM search_title_han WHERE rowid = ?');
  const stale: number[] = [];
  for (const id of new Set(titleIds)) {
    const row = get.get(id);
    if (row && !has.get(id + (row.copies_in > 0 ? 0 : UNAVAILABLE))) stale.push(id);
  }
  if (stale.length > 0) indexTitles(db, stale);
}
