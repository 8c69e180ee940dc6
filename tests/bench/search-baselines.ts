import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import { openDatabase, type Db } from '../../electron/core/db/database';
import { fold, initialsOf, syllableReadings } from '../../electron/core/platform/text/text-fold';

export interface PlainTitle {
  id: number;
  title: string;
  authors: string;
}

/** What a search without the app's index would answer from: the first page and a count up to 200. */
const WANT = 201;
/** FTS5's trigram tokenizer indexes three characters at a time: a shorter query has no trigram. */
export const TRIGRAM_MIN = 3;

/**
 * The query as both baselines see it: folded as the app folds it (Traditional to Simplified,
 * full-width, case), spaces out (`dang shi` → `dangshi`).
 */
export const baselineKey = (q: string) => fold(q).replace(/\s+/g, '');

export interface BaselineQueries {
  like(q: string): number[];
  /** null: the query is too short for trigrams. */
  trigram(q: string): number[] | null;
  likeFinds(q: string, id: number): boolean;
  trigramFinds(q: string, id: number): boolean;
}

export interface Baselines extends BaselineQueries {
  /** Bytes of the trigram index (its FTS5 shadow tables) and of the plain table it indexes. */
  trigramBytes: number;
  plainBytes: number;
  buildMs: number;
  /** The same queries on a connection opened now, with an empty page cache; close it after use. */
  cold(): BaselineQueries & { close(): void };
  close(): void;
}

const pinyinOf = new Map<string, { py: string; ini: string }>();
/** Every reading the app's index knows (contextual and character by character), without spaces. */
function readings(folded: string): { py: string; ini: string } {
  let r = pinyinOf.get(folded);
  if (!r) {
    const all = syllableReadings(folded);
    r = { py: all.map((s) => s.join('')).join(' '), ini: all.map((s) => initialsOf(s).join('')).join(' ') };
    pinyinOf.set(folded, r);
  }
  return r;
}

function fill(db: Db, titles: readonly PlainTitle[]): void {
  db.exec(`
    CREATE TABLE plain (id INTEGER PRIMARY KEY, title TEXT, authors TEXT, py TEXT, ini TEXT);
    CREATE VIRTUAL TABLE tri USING fts5(title, authors, py, ini, tokenize = 'trigram',
      content = 'plain', content_rowid = 'id');
  `);
  const insert = db.prepare('INSERT INTO plain (id, title, authors, py, ini) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const t of titles) {
      const names = (JSON.parse(t.authors) as { name: string }[]).map((a) => fold(a.name));
      const title = fold(t.title);
      const parts = [title, ...names].map(readings);
      insert.run(
        t.id,
        title,
        names.join(' '),
        parts.map((p) => p.py).join(' '),
        parts.map((p) => p.ini).join(' '),
      );
    }
    db.exec(`INSERT INTO tri (tri) VALUES ('rebuild')`);
  })();
}

function bytesOf(db: Db, where: string): number {
  return (
    db.prepare<[], number>(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE ${where}`).pluck().get() ?? 0
  );
}

const phrase = (key: string) => `"${key.replace(/"/g, '""')}"`;

/** The baselines' statements on one connection. */
function queriesOn(db: Db): BaselineQueries {
  const where = 'title LIKE @k OR authors LIKE @k OR py LIKE @k OR ini LIKE @k';
  const like = db
    .prepare<[{ k: string }], number>(`SELECT id FROM plain WHERE ${where} LIMIT ${WANT}`)
    .pluck();
  const likeOne = db.prepare<[{ k: string; id: number }], number>(
    `SELECT 1 FROM plain WHERE id = @id AND (${where})`,
  );
  const tri = db.prepare<[string], number>(`SELECT rowid FROM tri WHERE tri MATCH ? LIMIT ${WANT}`).pluck();
  const triOne = db.prepare<[string, number], number>('SELECT 1 FROM tri WHERE tri MATCH ? AND rowid = ?');
  const short = (key: string) => [...key].length < TRIGRAM_MIN;
  const run = <P extends unknown[]>(st: Statement<P, number>, ...p: P) => st.all(...p);
  return {
    like: (q) => run(like, { k: `%${baselineKey(q)}%` }),
    trigram: (q) => (short(baselineKey(q)) ? null : run(tri, phrase(baselineKey(q)))),
    likeFinds: (q, id) => likeOne.get({ k: `%${baselineKey(q)}%`, id }) !== undefined,
    trigramFinds: (q, id) => !short(baselineKey(q)) && triOne.get(phrase(baselineKey(q)), id) !== undefined,
  };
}

/**
 * The two ways to search without the app's index, over the same titles, in a database of their own
 * in the same folder: a `LIKE '%q%'` scan and FTS5's trigram tokenizer. Both see the titles, the
 * authors and the same pinyin and initials the app's index holds, folded as the app folds them
 * (Traditional to Simplified, full-width, case), so they can answer the same kinds of query.
 */
export function openBaselines(dir: string, titles: readonly PlainTitle[]): Baselines {
  const file = path.join(dir, 'baselines.sqlite');
  const db = openDatabase(file);
  const t0 = performance.now();
  fill(db, titles);
  const buildMs = performance.now() - t0;
  return {
    trigramBytes: bytesOf(db, "name LIKE 'tri\\_%' ESCAPE '\\'"),
    plainBytes: bytesOf(db, "name = 'plain'"),
    buildMs,
    ...queriesOn(db),
    cold: () => {
      const fresh = openDatabase(file, { readonly: true });
      return { ...queriesOn(fresh), close: () => fresh.close() };
    },
    close: () => db.close(),
  };
}
