import Database from 'better-sqlite3';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSharedTestCore, type SharedTestCore } from '../../../testing';
import { seededRandom } from '../../../platform/demo/seeded-random';
import { fold } from '../../../platform/text/text-fold';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

interface Query {
  q: string;
  kind: string;
  titleId: number;
}

/**
 * Queries a visitor would type for a title of the demo catalogue: a Han substring of its title (one
 * character included), the same in Traditional, its pinyin with and without spaces, its initials,
 * and an author's name in Han and pinyin. Made from whatever catalogue the demo seed loads.
 */
function queriesFor(file: string): Query[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare<[], { id: number; title: string; authors: string }>('SELECT id, title, authors FROM titles')
    .all();
  db.close();
  const rnd = seededRandom(1921);
  const out: Query[] = [];
  for (const row of rows) {
    const runs = fold(row.title).match(/\p{Script=Han}+/gu) ?? [];
    const run = runs.length > 0 ? rnd.pick(runs) : '';
    if (run) {
      const at = rnd.int(0, run.length - 1);
      const len = rnd.int(1, Math.min(5, run.length - at));
      const han = run.slice(at, at + len);
      const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }).slice(at, at + len);
      out.push(
        { q: han, kind: 'han', titleId: row.id },
        { q: toTraditional(han), kind: 'traditional', titleId: row.id },
        { q: syllables.join(''), kind: 'pinyin', titleId: row.id },
        { q: syllables.join(' '), kind: 'pinyin spaced', titleId: row.id },
        { q: syllables.map((s) => s[0]).join(''), kind: 'initials', titleId: row.id },
      );
      // A one-character query every time too: the query Chinese users type most.
      out.push({ q: rnd.pick([...run]), kind: 'one character', titleId: row.id });
    }
    const authors = JSON.parse(row.authors) as { name: string }[];
    if (authors.length > 0) {
      const name = rnd.pick(authors).name;
      out.push({ q: name, kind: 'author', titleId: row.id });
      const hanName = (fold(name).match(/\p{Script=Han}+/gu) ?? []).join('');
      if (hanName) {
        out.push({
          q: pinyin(hanName, { toneType: 'none', type: 'array', v: true }).join(''),
          kind: 'author pinyin',
          titleId: row.id,
        });
      }
    }
  }
  return out;
}

describe('search recall over the demo catalogue', () => {
  let t: SharedTestCore;
  beforeAll(async () => {
    t = await openSharedTestCore({ demo: true });
  });
  afterAll(() => t.dispose());

  it('finds every title by every query made from it', async () => {
    const queries = queriesFor(t.dbFile);
    expect(queries.length).toBeGreaterThanOrEqual(500);
    const misses: string[] = [];
    for (const { q, kind, titleId } of queries) {
      const result = await t.ok('catalogue.search', { q, limit: 500 }, 'visitor');
      if (!result.rows.some((r) => r.id === titleId)) misses.push(`${kind} "${q}" → title ${titleId}`);
    }
    expect(misses).toEqual([]);
    console.log(`recall: ${queries.length} queries, ${misses.length} misses`);
  });

  it('finds 红岩 from 紅巖 and ranks it first', async () => {
    const result = await t.ok('catalogue.search', { q: '紅巖' }, 'visitor');
    expect(result.rows[0]).toMatchObject({ title: '红岩', reason: 'exact_title' });
  });
});
