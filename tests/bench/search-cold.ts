import { openDatabase } from '../../electron/core/db/database';
import { search } from '../../electron/core/features/library/catalogue/catalogue.service';
import { seededRandom } from '../../electron/core/platform/demo/seeded-random';
import type { BenchQuery } from './catalogue-generator';
import type { Baselines, PlainTitle } from './search-baselines';
import { time, timeAsync } from './stats';

/** Times of one kind of query, the three ways; trigram holds only the queries it can answer. */
export interface Timings {
  core: number[];
  like: number[];
  trigram: number[];
}

/** Queries timed on a fresh connection each: opening one per query costs more than the rest of the run. */
const COLD_QUERIES = 48;

/**
 * The first search on a connection opened just before it: an empty SQLite page cache, and every
 * statement compiled anew, as the kiosk's first search after a start (or a restore) is. The
 * operating system's file cache stays warm: dropping it needs root, and a kiosk that just started
 * has read its database anyway (the quick_check at start reads every page).
 */
export function coldTimings(dbFile: string, base: Baselines, queries: readonly BenchQuery[]): Timings {
  const out: Timings = { core: [], like: [], trigram: [] };
  const step = Math.max(1, Math.floor(queries.length / COLD_QUERIES));
  for (let i = 0; i < queries.length; i += step) {
    const q = queries[i]?.q ?? '';
    const app = openDatabase(dbFile, { readonly: true });
    out.core.push(time(() => search(app, q, 0, 20))[1]);
    app.close();
    const like = base.cold();
    out.like.push(time(() => like.like(q))[1]);
    like.close();
    const tri = base.cold();
    const [rows, ms] = time(() => tri.trigram(q));
    if (rows !== null) out.trigram.push(ms);
    tri.close();
  }
  return out;
}

const CONSONANTS = 'bcdfghjklmnpqrstwxyz';

/**
 * Queries that find nothing, as visitors type them: Han text in an order no title has (a part of a
 * title backwards), and letters that are neither pinyin nor anyone's initials. Kept only when the
 * app and the LIKE scan both find nothing, so every method does its full no-result work.
 */
export function noResultQueries(
  titles: readonly PlainTitle[],
  base: Baselines,
  appFinds: (q: string) => boolean,
  count: number,
  seed = 1978,
): string[] {
  const rnd = seededRandom(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) {
    let q: string;
    if (tries % 2 === 0) {
      const run = rnd.pick(rnd.pick(titles).title.match(/\p{Script=Han}{3,}/gu) ?? ['']);
      const len = rnd.int(3, Math.min(5, [...run].length));
      q = [...run].slice(0, len).reverse().join('');
    } else {
      q = Array.from({ length: rnd.int(4, 7) }, () => CONSONANTS[rnd.int(0, CONSONANTS.length - 1)]).join('');
    }
    if ([...q].length < 3 || out.has(q) || base.like(q).length > 0 || appFinds(q)) continue;
    out.add(q);
  }
  return [...out];
}

/** No-result queries the three ways, and the app's suggestions the no-result screen asks for next. */
export async function noResultTimings(
  queries: readonly string[],
  base: Baselines,
  core: { search(q: string): Promise<unknown>; suggest(q: string): Promise<unknown> },
): Promise<Timings & { suggest: number[] }> {
  const out = {
    core: [] as number[],
    like: [] as number[],
    trigram: [] as number[],
    suggest: [] as number[],
  };
  for (const q of queries) {
    out.core.push((await timeAsync(() => core.search(q)))[1]);
    out.suggest.push((await timeAsync(() => core.suggest(q)))[1]);
    out.like.push(time(() => base.like(q))[1]);
    const [rows, ms] = time(() => base.trigram(q));
    if (rows !== null) out.trigram.push(ms);
  }
  return out;
}
