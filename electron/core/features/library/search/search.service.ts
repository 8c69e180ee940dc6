import { normaliseIsbn, type MatchReason } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';
import { titleIdOf, UNAVAILABLE, type SearchTable } from './search-index';
import { fold, hanTokens, hasHan, latinKey } from '../../../platform/text/text-fold';

/** Counting stops here: a visitor never pages past it, and counting a huge match set costs the most. */
export const COUNT_CAP = 200;

interface Part {
  table: SearchTable;
  expr: string;
}

export interface QueryPlan {
  folded: string;
  exactKey: string;
  /** A title starts with the query when one of its exact keys starts with this. */
  prefixKey: string;
  /** In rank order: title prefix, title, author, the rest. A title counts in its first rank only. */
  tiers: { reason: MatchReason; part: Part; notIn: Part[] }[];
}

/** Han (or digits): a phrase of single-character tokens. Latin: a prefix of the pinyin / initials keys. */
export function planQuery(q: string): QueryPlan | null {
  const folded = fold(q).trim().replace(/\s+/g, ' ');
  const tokens = hanTokens(folded);
  if (tokens.length === 0) return null;
  const han = hasHan(folded) || /^[\d\s\p{P}]+$/u.test(folded);
  const key = latinKey(folded);
  if (!han && key === '') return null;
  const m = han ? `"${tokens.join(' ')}"` : `"${key}"*`;
  const kind = han ? 'han' : 'latin';
  const title: Part = { table: `search_title_${kind}`, expr: m };
  const author: Part = { table: `search_author_${kind}`, expr: m };
  return {
    folded,
    exactKey: han ? tokens.join('') : folded.replace(/[^a-z0-9]/g, ''),
    prefixKey: han ? tokens.join('') : folded.replace(/[^a-z0-9]/g, ''),
    tiers: [
      { reason: 'title_prefix', part: { table: title.table, expr: `^${m}` }, notIn: [] },
      { reason: 'title', part: { table: title.table, expr: `${m} NOT ^${m}` }, notIn: [] },
      { reason: 'author', part: author, notIn: [title] },
      { reason: 'other', part: { table: `search_other_${kind}`, expr: m }, notIn: [title, author] },
    ],
  };
}

type Hit = { id: number; reason: MatchReason };

function directHits(db: Db, q: string, folded: string): Hit[] {
  const out: Hit[] = [];
  const isbn = normaliseIsbn(q);
  if (isbn) {
    const row = cached<[string], { id: number }>(db, 'SELECT id FROM titles WHERE isbn = ?').get(isbn);
    if (row) out.push({ id: row.id, reason: 'isbn' });
  }
  const barcode = folded.toUpperCase();
  if (/^[A-Z0-9][A-Z0-9._-]{0,31}$/.test(barcode)) {
    const row = cached<[string], { id: number }>(
      db,
      'SELECT title_id AS id FROM copies WHERE barcode = ?',
    ).get(barcode);
    if (row && !out.some((h) => h.id === row.id)) out.push({ id: row.id, reason: 'barcode' });
  }
  return out;
}

function exactHits(db: Db, key: string, seen: Set<number>): Hit[] {
  return cached<[string], { id: number }>(
    db,
    `SELECT k.title_id AS id FROM title_keys k JOIN titles t ON t.id = k.title_id
       WHERE k.key = ? ORDER BY t.copies_in > 0 DESC, t.id`,
  )
    .all(key)
    .filter((r) => !seen.has(r.id))
    .map((r) => ({ id: r.id, reason: 'exact_title' as const }));
}

/** The SELECT of one rank: its matches, minus the head (by title id) and the matches of earlier ranks. */
function tierSql(tier: QueryPlan['tiers'][number]): { sql: string; params: string[] } {
  const { table } = tier.part;
  let sql = `SELECT rowid FROM ${table} WHERE ${table} MATCH ?
    AND (rowid % ${UNAVAILABLE}) NOT IN (SELECT value FROM json_each(?))`;
  const params = [tier.part.expr];
  for (const prev of tier.notIn) {
    sql += ` AND rowid NOT IN (SELECT rowid FROM ${prev.table} WHERE ${prev.table} MATCH ?)`;
    params.push(prev.expr);
  }
  return { sql, params };
}

function countTier(db: Db, tier: QueryPlan['tiers'][number], head: string, cap: number): number {
  const { sql, params } = tierSql(tier);
  const [first, ...rest] = params;
  return (
    cached<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM (${sql} LIMIT ?)`).get(
      first,
      head,
      ...rest,
      cap,
    )?.n ?? 0
  );
}

/** How many titles a plan matches beyond the head, counting up to `cap`. */
export function countPlan(db: Db, plan: QueryPlan, head = '[]', cap = COUNT_CAP): number {
  let n = 0;
  for (const tier of plan.tiers) {
    if (n >= cap) break;
    n += countTier(db, tier, head, cap - n);
  }
  return Math.min(n, cap);
}

export interface RankedIds {
  folded: string;
  total: number;
  capped: boolean;
  hits: Hit[];
}

function titleStarts(db: Db, key: string): Set<number> {
  return new Set(
    cached<[string, string], number>(
      db,
      'SELECT DISTINCT title_id FROM title_keys WHERE key >= ? AND key < ?',
    )
      .pluck()
      .all(key, `${key}\uffff`),
  );
}

function rowids(db: Db, part: Part, limit: number): number[] {
  return cached<[string, number], number>(
    db,
    `SELECT rowid FROM ${part.table} WHERE ${part.table} MATCH ? ORDER BY rowid LIMIT ?`,
  )
    .pluck()
    .all(part.expr, limit);
}

/**
 * The first COUNT_CAP + 1 hits in rank order, from one LIMITed read per table: a huge match set
 * stops early, a small one is read whole, and either way paging and the total come from this list.
 */
function rankedHead(db: Db, plan: QueryPlan, head: Hit[]): Hit[] {
  const want = COUNT_CAP + 1;
  const out = [...head];
  const seen = new Set(head.map((h) => h.id));
  const push = (rows: number[], reason: MatchReason) => {
    for (const r of rows) {
      if (out.length >= want) return;
      const id = titleIdOf(r);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, reason });
    }
  };
  const [prefixTier, , authorTier, otherTier] = plan.tiers;
  const titleAll = authorTier?.notIn[0];
  if (!prefixTier || !authorTier || !otherTier || !titleAll) return out;
  const titleRows = rowids(db, titleAll, want + head.length);
  if (titleRows.length < want + head.length) {
    // All title matches are in hand: their prefix matches come from the exact-key index (a range
    // scan as small as the answer) rather than a second pass over the phrase's doclists.
    const starts = titleStarts(db, plan.prefixKey);
    push(
      titleRows.filter((r) => starts.has(titleIdOf(r))),
      'title_prefix',
    );
  } else push(rowids(db, prefixTier.part, want), 'title_prefix');
  push(titleRows, 'title');
  if (out.length >= want) return out;
  push(rowids(db, authorTier.part, want + seen.size), 'author');
  if (out.length >= want) return out;
  push(rowids(db, otherTier.part, want + seen.size), 'other');
  return out;
}

/**
 * The ranked search: ISBN and barcode hits, exact titles, then title prefix, title, author and the
 * rest; within a rank the index's rowid order puts available titles first. The total is exact up to
 * COUNT_CAP; pages past it (nobody scrolls that far at a kiosk) are read rank by rank with OFFSET.
 */
export function searchTitles(db: Db, q: string, offset: number, limit: number): RankedIds {
  const plan = planQuery(q);
  const folded = plan?.folded ?? fold(q).trim();
  if (folded === '') return { folded, total: 0, capped: false, hits: [] };
  const head = directHits(db, q.trim(), folded);
  if (plan) head.push(...exactHits(db, plan.exactKey, new Set(head.map((h) => h.id))));
  if (!plan) return { folded, total: head.length, capped: false, hits: head.slice(offset, offset + limit) };

  const ranked = rankedHead(db, plan, head);
  const capped = ranked.length > COUNT_CAP;
  const total = Math.min(ranked.length, COUNT_CAP);
  if (offset + limit <= ranked.length || !capped) {
    return { folded, total, capped, hits: ranked.slice(offset, offset + limit) };
  }
  return { folded, total, capped, hits: deepPage(db, plan, head, offset, limit) };
}

function deepPage(db: Db, plan: QueryPlan, head: Hit[], offset: number, limit: number): Hit[] {
  const headJson = JSON.stringify(head.map((h) => h.id));
  const hits = head.slice(offset, offset + limit);
  let skip = Math.max(0, offset - head.length);
  for (const tier of plan.tiers) {
    const need = limit - hits.length;
    if (need <= 0) break;
    const { sql, params } = tierSql(tier);
    const [first, ...more] = params;
    const rows = cached<unknown[], { rowid: number }>(db, `${sql} ORDER BY rowid LIMIT ? OFFSET ?`).all(
      first,
      headJson,
      ...more,
      need,
      skip,
    );
    for (const r of rows) hits.push({ id: titleIdOf(r.rowid), reason: tier.reason });
    if (rows.length > 0) skip = 0;
    else if (skip > 0) skip = Math.max(0, skip - countTier(db, tier, headJson, Number.MAX_SAFE_INTEGER));
  }
  return hits;
}
