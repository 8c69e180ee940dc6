import type { Author } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import {
  fold,
  hanTokens,
  initialsOf,
  latinKey,
  suffixKeys,
  pinyinSortKey,
  syllableReadings,
} from '../../../platform/text/text-fold';
import { cached } from '../../../platform/sql/statements';

/** Added to a title's id in the search index while none of its copies is in: rowid order is then "available first". */
export const UNAVAILABLE = 2 ** 40;
export const titleIdOf = (rowid: number) => rowid % UNAVAILABLE;

/** The text of a title the index is made from. */
export interface SearchText {
  title: string;
  subtitle: string | null;
  authors: Author[];
  publisher: string | null;
  tags: string[];
  callNumber: string | null;
}

export interface SearchSource extends SearchText {
  id: number;
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

/** What the index holds for one title, wherever its row goes (see {@link UNAVAILABLE}). */
export interface SearchDocument {
  /** Per table, its column values: Han text one token per character or digit; Latin text as suffix keys. */
  rows: Record<SearchTable, string[]>;
  /** Exact-match keys of the title: its folded text, full pinyin and initials. */
  keys: string[];
}

const hanText = (s: string | null) => (s ? hanTokens(fold(s)).join(' ') : '');

/**
 * Authors, publishers and tags repeat across titles: their pinyin is worked out once. Titles and
 * subtitles hardly repeat, so they are read directly and never crowd the cache.
 */
const readingCache = new Map<string, string[][]>();
function repeatedReadings(s: string): string[][] {
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
  add(s: string | null, readings = s ? repeatedReadings(s) : [], exact?: Set<string>): this {
    for (const reading of readings) {
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

/**
 * What the index holds for one title, and the title's sort key, its pinyin read once for both.
 * Pure, so an import makes them before its transaction.
 */
export function prepareTitle(src: SearchText): { sortKey: string; document: SearchDocument } {
  const titleReadings = syllableReadings(fold(src.title));
  const subtitleReadings = src.subtitle ? syllableReadings(fold(src.subtitle)) : [];
  const exact = new Set<string>([hanTokens(fold(src.title)).join('')]);
  const title = new LatinKeys().add(src.title, titleReadings, exact).add(src.subtitle, subtitleReadings);
  const author = new LatinKeys();
  for (const a of src.authors) author.add(a.name);
  const other = new LatinKeys().add(src.publisher);
  for (const tag of src.tags) other.add(tag);
  const call = src.callNumber ? latinKey(fold(src.callNumber)) : '';
  exact.delete('');
  const document: SearchDocument = {
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
  return { sortKey: pinyinSortKey(src.title, titleReadings), document };
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
    add(id: number, available: boolean, doc: SearchDocument) {
      const rowid = id + (available ? 0 : UNAVAILABLE);
      TABLES.forEach((t, i) => {
        const values = doc.rows[t];
        // An empty document adds nothing to an FTS table but a row: leave it out.
        if (values.some((v) => v !== '')) ins[i]?.run(rowid, ...values);
      });
      for (const k of doc.keys) insKey.run(k, id);
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
    if (row) addSource(w, toSource(row));
  }
}

const addSource = (w: Writer, src: SearchSource) =>
  w.add(src.id, src.copiesIn > 0, prepareTitle(src).document);

/**
 * Indexes a title just created, from the document made beforehand with {@link prepareTitle} (an
 * import makes its documents before its transaction, and indexes its new titles once all their
 * copies are in); its row goes where its copies in put it.
 */
export function indexNewTitle(db: Db, id: number, document: SearchDocument): void {
  const row = cached<[number], { copies_in: number }>(db, 'SELECT copies_in FROM titles WHERE id = ?').get(
    id,
  );
  writer(db).add(id, (row?.copies_in ?? 0) > 0, document);
}

/** Rebuilds the whole index (seed, benchmark); the caller holds a transaction. */
export function buildSearchIndex(db: Db): void {
  for (const t of [...TABLES, 'title_keys']) db.exec(`DELETE FROM ${t}`);
  const w = writer(db);
  for (const row of db.prepare<[], SourceRow>(SOURCE_SQL).all()) addSource(w, toSource(row));
}

/**
 * Moves titles between "available" and "none in" in the index after their copies changed (a
 * checkout, a return, a withdrawal). Cheap when nothing changed: one lookup per title.
 */
export function refreshAvailability(db: Db, titleIds: Iterable<number>): void {
  const get = cached<[number], { copies_in: number }>(db, 'SELECT copies_in FROM titles WHERE id = ?');
  const has = cached<[number], { rowid: number }>(db, 'SELECT rowid FROM search_title_han WHERE rowid = ?');
  const stale: number[] = [];
  for (const id of new Set(titleIds)) {
    const row = get.get(id);
    if (row && !has.get(id + (row.copies_in > 0 ? 0 : UNAVAILABLE))) stale.push(id);
  }
  if (stale.length > 0) indexTitles(db, stale);
}
