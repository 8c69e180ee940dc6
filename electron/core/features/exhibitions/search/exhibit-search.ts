import type { ShownText } from '../../../../shared/exhibitions.types';
import type { Db, WriteDb } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';
import {
  fold,
  hanTokens,
  hasHan,
  initialsOf,
  latinKey,
  suffixKeys,
  syllableReadings,
} from '../../../platform/text/text-fold';
import type { ExhibitionPayload, ExhibitPayload } from '../content/payload';

/**
 * The search index of live exhibits, made with the reading room's folding (platform/text): Han
 * text one token per character, so any substring is a phrase; pinyin and initials as suffix keys,
 * so `dangshi`, `dang shi`, `ds` find 党史; 繁體 folds to 简体 on both sides. It holds only what
 * visitors see: an exhibition's rows are rebuilt whenever its live version changes.
 */

const han = (s: string | null | undefined) => (s ? hanTokens(fold(s)).join(' ') : '');
/** Both scripts, in case the curator's own 繁體 says it in other words. */
const hanOf = (t: ShownText | null) => (t ? [han(t['zh-CN']), han(t['zh-TW']), han(t.en)].join(' ') : '');

function latinOf(texts: (string | null | undefined)[]): { p: string; i: string } {
  const p = new Set<string>();
  const i = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const reading of syllableReadings(fold(text))) {
      for (const k of suffixKeys(reading)) p.add(k);
      for (const k of suffixKeys(initialsOf(reading))) i.add(k);
    }
  }
  return { p: [...p].join(' '), i: [...i].join(' ') };
}

interface SearchDocument {
  /** Han tokens of the title; of everything else. */
  t: string;
  r: string;
  /** Pinyin and initials keys of the title; of the other short texts. */
  title: { p: string; i: string };
  rest: { p: string; i: string };
}

const squeeze = (parts: string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();

function documentOf(x: ExhibitPayload): SearchDocument {
  const short = [x.caption, x.place, x.people, x.credit];
  const rest = [
    ...short.map(hanOf),
    hanOf(x.body),
    ...x.tags.map(han),
    han(x.date?.text),
    ...x.media.map((m) => hanOf(m.caption)),
  ];
  return {
    t: squeeze([hanOf(x.title)]),
    r: squeeze(rest),
    title: latinOf([x.title['zh-CN'], x.title.en]),
    // The long text is found by its characters; its pinyin would only add noise to short queries.
    rest: latinOf([...short.flatMap((t) => (t ? [t['zh-CN'], t.en] : [])), ...x.tags, x.date?.text]),
  };
}

/** Drops an exhibition's rows and, when it has a live version, indexes its exhibits again. */
export function reindexExhibition(db: WriteDb, exhibitionId: number, live: ExhibitionPayload | null): void {
  const rowids = db
    .prepare<[number], number>('SELECT rowid FROM exhibit_search_rows WHERE exhibition_id = ?')
    .pluck()
    .all(exhibitionId);
  for (const rowid of rowids) {
    db.prepare('DELETE FROM exhibit_search_han WHERE rowid = ?').run(rowid);
    db.prepare('DELETE FROM exhibit_search_latin WHERE rowid = ?').run(rowid);
  }
  db.prepare('DELETE FROM exhibit_search_rows WHERE exhibition_id = ?').run(exhibitionId);
  if (!live) return;
  const addRow = db.prepare(
    'INSERT INTO exhibit_search_rows (exhibition_id, exhibit_uid, type, title, ord) VALUES (?, ?, ?, ?, ?)',
  );
  const addHan = db.prepare('INSERT INTO exhibit_search_han (rowid, t, r) VALUES (?, ?, ?)');
  const addLatin = db.prepare(
    'INSERT INTO exhibit_search_latin (rowid, tp, ti, p, i) VALUES (?, ?, ?, ?, ?)',
  );
  let ord = 0;
  for (const section of live.sections) {
    for (const x of section.exhibits) {
      const rowid = Number(
        addRow.run(exhibitionId, x.uid, x.type, x.title['zh-CN'], live.position * 100_000 + ord++)
          .lastInsertRowid,
      );
      const doc = documentOf(x);
      addHan.run(rowid, doc.t, doc.r);
      addLatin.run(rowid, doc.title.p, doc.title.i, doc.rest.p, doc.rest.i);
    }
  }
}

export interface SearchRow {
  exhibitionId: number;
  exhibitUid: string;
}

/** The query as the index reads it: a phrase of Han tokens, or a prefix of pinyin / initials keys. */
interface Match {
  table: 'exhibit_search_han' | 'exhibit_search_latin';
  expr: string;
  /** The same, in the title's columns only. */
  inTitle: string;
}

function matchOf(q: string): Match | null {
  const folded = fold(q).trim().replace(/\s+/g, ' ');
  const tokens = hanTokens(folded);
  if (tokens.length === 0) return null;
  if (hasHan(folded) || /^[\d\s\p{P}]+$/u.test(folded)) {
    const expr = `"${tokens.join(' ')}"`;
    return { table: 'exhibit_search_han', expr, inTitle: `{t} : ${expr}` };
  }
  const key = latinKey(folded);
  if (key === '') return null;
  const expr = `"${key}"*`;
  return { table: 'exhibit_search_latin', expr, inTitle: `{tp ti} : ${expr}` };
}

/**
 * Live exhibits matching a query, those found by their title first, each group in the exhibitions'
 * order: a page of them and how many in all.
 */
export function searchExhibits(
  db: Db,
  q: string,
  offset: number,
  limit: number,
): { rows: SearchRow[]; total: number } {
  const m = matchOf(q);
  if (!m) return { rows: [], total: 0 };
  const hits = `SELECT rowid FROM ${m.table} WHERE ${m.table} MATCH ?`;
  const total = cached<[string], number>(db, `SELECT count(*) FROM (${hits})`).pluck().get(m.expr) ?? 0;
  const rows = cached<[string, string, number, number], SearchRow>(
    db,
    `SELECT r.exhibition_id AS exhibitionId, r.exhibit_uid AS exhibitUid
       FROM exhibit_search_rows r WHERE r.rowid IN (${hits})
      ORDER BY r.rowid IN (${hits}) DESC, r.ord LIMIT ? OFFSET ?`,
  ).all(m.expr, m.inTitle, limit, offset);
  return { rows, total };
}

/** A live exhibit by uid: where it is shown and what it is, or undefined. */
export function liveExhibit(db: Db, uid: string) {
  return cached<[string], { exhibitionId: number; type: string; title: string }>(
    db,
    'SELECT exhibition_id AS exhibitionId, type, title FROM exhibit_search_rows WHERE exhibit_uid = ?',
  ).get(uid);
}
