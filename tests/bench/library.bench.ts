import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Core, silentLogger } from '../../electron/core';
import type { Feature } from '../../electron/core/context';
import { openDatabase, type Db } from '../../electron/core/db/database';
import { FEATURES } from '../../electron/core/features';
import { libraryFeature } from '../../electron/core/features/library/library.feature';
import { UNAVAILABLE } from '../../electron/core/features/library/search/search-index';
import { search as searchOn } from '../../electron/core/features/library/catalogue/catalogue.service';
import { planQuery } from '../../electron/core/features/library/search/search.service';
import { demoData } from '../../electron/core/features/library/seed/demo-data';
import { seedLibrary } from '../../electron/core/features/library/seed/library.seed';
import { startHost } from '../../electron/host/server';
import type { In, Method, Out, Result } from '../../electron/shared';
import { generateCatalogue, queriesFor, type BenchQuery, type QueryKind } from './catalogue-generator';
import { openBaselines, type Baselines, type PlainTitle } from './search-baselines';
import { coldTimings, noResultQueries, noResultTimings, type Timings } from './search-cold';
import { printComparison } from './search-table';
import { figure, ms, percentile, report, section, time, timeAsync } from './stats';

export const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
export const progress = (message: string) => console.log(`  … ${message}`);
export const seconds = (v: number) => `${(v / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;

export const TITLES = 100_000;
/** Titles the queries are made from; eight queries each. */
const SAMPLED_TITLES = 60;
/** The visitor's result list asks for a page of this size. */
const PAGE = 20;
/** Recall asks for as many rows as the API gives, then checks the rest of the result by a targeted query. */
const RECALL_ROWS = 500;
const VISITOR = 'bench:visitor';
export const BENCH_PIN = '246810';

/** A call through the real dispatcher that must succeed. */
export async function call<K extends Method>(core: Core, method: K, input: In<K>, client: string) {
  const result = await core.invoke(method, input, client);
  if (!result.ok) throw new Error(`${method} refused: ${result.error.code} ${result.error.message}`);
  return result.value as Out<K>;
}

export interface Catalogue {
  core: Core;
  dataDir: string;
  /** The app's search index: its FTS5 shadow tables and the exact-key table. */
  indexBytes: number;
  titles: PlainTitle[];
  queries: BenchQuery[];
  dispose(): void;
}

/**
 * A data folder with `count` generated titles, built by the library's own seed (titles, 1–3 copies
 * each, a year of loans, then the whole search index in one transaction), as a fresh kiosk is.
 */
export async function openCatalogue(count: number): Promise<Catalogue> {
  const [generated, genMs] = time(() => generateCatalogue(count));
  progress(`generated ${count.toLocaleString('en')} titles from real words in ${seconds(genMs)}`);
  const seed: Feature['seed'] = (db, now) =>
    seedLibrary(db, now, { ...demoData, titles: generated, readingLists: [] });
  const features = FEATURES.map((f) => (f.id === libraryFeature.id ? { ...f, seed } : f));
  const dataDir = tmp('hongyi-bench-100k-');
  const [core, buildMs] = await timeAsync(() =>
    Core.open({ dataDir, features, adminPin: BENCH_PIN, log: silentLogger }),
  );
  const db = openDatabase(core.dbFile, { readonly: true });
  const titles = db.prepare<[], PlainTitle>('SELECT id, title, authors FROM titles ORDER BY id').all();
  const copies = db.prepare<[], number>('SELECT count(*) FROM copies').pluck().get() ?? 0;
  figure(
    `catalogue build (library seed: ${titles.length.toLocaleString('en')} titles, ${copies.toLocaleString('en')} copies, loans, search index)`,
    seconds(buildMs),
  );
  const indexBytes = indexSize(db);
  db.close();
  return {
    core,
    dataDir,
    indexBytes,
    titles,
    queries: queriesFor(titles, SAMPLED_TITLES),
    dispose: () => {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The search index's share of the file: its FTS5 shadow tables and the exact-key table, by dbstat. */
function indexSize(db: Db): number {
  const pages = db
    .prepare<[], { name: string; bytes: number }>(
      'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name',
    )
    .all();
  const whole =
    Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
  const index = pages
    .filter((p) => p.name.startsWith('search_') || p.name.startsWith('title_keys'))
    .reduce((s, p) => s + p.bytes, 0);
  figure(
    'search index size',
    `${mb(index)} in a ${mb(whole)} file (${mb(whole - index)} without it: +${((100 * index) / (whole - index)).toFixed(0)}%)`,
  );
  return index;
}

async function search(core: Core, q: string, limit: number) {
  return call(core, 'catalogue.search', { q, limit }, VISITOR);
}

/** Whether the title is anywhere in the ranked result: the search's own plan, checked for this one title. */
function inFullResult(db: Db, q: string, id: number): boolean {
  const plan = planQuery(q);
  if (!plan) return false;
  const exact = db.prepare('SELECT 1 FROM title_keys WHERE key = ? AND title_id = ?').get(plan.exactKey, id);
  return (
    exact !== undefined ||
    plan.tiers.some(
      ({ part }) =>
        db
          .prepare(`SELECT 1 FROM ${part.table} WHERE ${part.table} MATCH ? AND rowid IN (?, ?)`)
          .get(part.expr, id, id + UNAVAILABLE) !== undefined,
    )
  );
}

interface KindStats {
  n: number;
  core: number[];
  like: number[];
  trigram: number[];
  trigramUnanswered: number;
  firstPage: number;
  firstRows: number;
  full: number;
  likeFound: number;
  trigramFound: number;
}

const emptyStats = (): KindStats => ({
  n: 0,
  core: [],
  like: [],
  trigram: [],
  trigramUnanswered: 0,
  firstPage: 0,
  firstRows: 0,
  full: 0,
  likeFound: 0,
  trigramFound: 0,
});

/** Recall of all three (the app's search through the dispatcher, LIKE, trigram); warms the caches too. */
async function recall(cat: Catalogue, base: Baselines, stats: Map<QueryKind, KindStats>): Promise<void> {
  const db = openDatabase(cat.core.dbFile, { readonly: true });
  for (const { q, kind, titleId } of cat.queries) {
    const s = stats.get(kind) ?? emptyStats();
    stats.set(kind, s);
    s.n++;
    const rows = (await search(cat.core, q, RECALL_ROWS)).rows.map((r) => r.id);
    const at = rows.indexOf(titleId);
    if (at >= 0 && at < PAGE) s.firstPage++;
    if (at >= 0) s.firstRows++;
    if (at >= 0 || inFullResult(db, q, titleId)) s.full++;
    if (base.likeFinds(q, titleId)) s.likeFound++;
    if (base.trigramFinds(q, titleId)) s.trigramFound++;
  }
  db.close();
}

/** One page of results per query, the three ways in turn, so machine noise falls on all alike. */
async function timings(cat: Catalogue, base: Baselines, stats: Map<QueryKind, KindStats>) {
  const answerable: number[] = [];
  for (const { q, kind } of cat.queries) {
    const s = stats.get(kind) ?? emptyStats();
    const [, coreMs] = await timeAsync(() => search(cat.core, q, PAGE));
    s.core.push(coreMs);
    s.like.push(time(() => base.like(q))[1]);
    const [rows, triMs] = time(() => base.trigram(q));
    if (rows === null) s.trigramUnanswered++;
    else {
      s.trigram.push(triMs);
      answerable.push(coreMs);
    }
  }
  return answerable;
}

/** The same searches through the HTTP shell: JSON over a kept-alive loopback connection, as the browser does. */
async function httpTimings(cat: Catalogue): Promise<number[]> {
  const host = await startHost({ core: cat.core, staticDir: cat.dataDir, log: silentLogger });
  let cookie = '';
  const post = async (q: string) => {
    const res = await fetch(`${host.url}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify({ method: 'catalogue.search', input: { q, limit: PAGE } }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = (await res.json()) as Result<unknown>;
    if (!body.ok) throw new Error(`HTTP catalogue.search refused "${q}": ${body.error.code}`);
  };
  try {
    for (const { q } of cat.queries.slice(0, 20)) await post(q);
    const out: number[] = [];
    for (const { q } of cat.queries) out.push((await timeAsync(() => post(q)))[1]);
    return out;
  } finally {
    await host.close();
  }
}

const all = (stats: Map<QueryKind, KindStats>, pick: (s: KindStats) => number[]) =>
  [...stats.values()].flatMap(pick);
const sum = (stats: Map<QueryKind, KindStats>, pick: (s: KindStats) => number) =>
  [...stats.values()].reduce((n, s) => n + pick(s), 0);
const p95 = (xs: readonly number[]) => percentile(xs, 95);

function printKinds(stats: Map<QueryKind, KindStats>): void {
  const cell = (s: string, w: number) => s.padEnd(w);
  console.log(
    `  ${cell('query kind', 16)}${cell('n', 5)}${cell('core p95', 11)}${cell('LIKE p95', 11)}${cell('trigram p95', 13)}` +
      `${cell('found: core', 13)}${cell('page 1', 8)}${cell('LIKE', 6)}trigram`,
  );
  for (const [kind, s] of stats) {
    const tri = s.trigram.length > 0 ? ms(p95(s.trigram)) : 'n/a';
    console.log(
      `  ${cell(kind, 16)}${cell(String(s.n), 5)}${cell(ms(p95(s.core)), 11)}${cell(ms(p95(s.like)), 11)}` +
        `${cell(tri, 13)}${cell(`${s.full}/${s.n}`, 13)}${cell(`${s.firstPage}/${s.n}`, 8)}` +
        `${cell(`${s.likeFound}/${s.n}`, 6)}${s.trigramFound}/${s.n}`,
    );
  }
}

/** The goal figures, the kinds of query, then every method side by side. */
function printSearch(cat: Catalogue, base: Baselines, t: SearchTimes): void {
  const { stats } = t;
  const core = all(stats, (s) => s.core);
  const like = all(stats, (s) => s.like);
  const n = sum(stats, (s) => s.n);
  report('search p95 in core', p95(core), "LIKE '%q%' scan p95", p95(like), '≤ 10 ms');
  figure(
    "search speed-up over the LIKE '%q%' scan at p95",
    `${(p95(like) / p95(core)).toFixed(1)}×`,
    '≥ 20×',
  );
  report(
    'search p95 in core, queries trigram can answer',
    p95(t.answerable),
    'FTS5 trigram p95',
    p95(all(stats, (s) => s.trigram)),
  );
  report(
    'first search on a fresh connection (cold page cache), p95',
    p95(t.cold.core),
    'warm p95',
    p95(core),
  );
  report('no-result search p95 in core', p95(t.noResult.core), "LIKE '%q%' scan p95", p95(t.noResult.like));
  report(
    'no-result screen: its suggestions p95',
    p95(t.noResult.suggest),
    'the search itself',
    p95(t.noResult.core),
  );
  report('search p95 through the HTTP shell', p95(t.http), 'in core', p95(core));
  figure(
    'recall: source title in the result',
    pct(
      sum(stats, (s) => s.full),
      n,
    ),
    '100%',
  );
  figure(
    `  … in the first ${RECALL_ROWS} rows`,
    pct(
      sum(stats, (s) => s.firstRows),
      n,
    ),
  );
  figure(
    `  … on the first page (${PAGE})`,
    pct(
      sum(stats, (s) => s.firstPage),
      n,
    ),
  );
  printKinds(stats);
  printComparison([
    {
      name: 'app index (FTS5 Han + pinyin)',
      warm: core,
      cold: t.cold.core,
      noResult: t.noResult.core,
      found: sum(stats, (s) => s.full),
      queries: n,
      unanswered: 0,
      indexBytes: cat.indexBytes,
    },
    {
      name: "LIKE '%q%' scan",
      warm: like,
      cold: t.cold.like,
      noResult: t.noResult.like,
      found: sum(stats, (s) => s.likeFound),
      queries: n,
      unanswered: 0,
      indexBytes: null,
    },
    {
      name: 'FTS5 trigram index',
      warm: all(stats, (s) => s.trigram),
      cold: t.cold.trigram,
      noResult: t.noResult.trigram,
      found: sum(stats, (s) => s.trigramFound),
      queries: n,
      unanswered: sum(stats, (s) => s.trigramUnanswered),
      indexBytes: base.trigramBytes,
    },
  ]);
}

interface SearchTimes {
  stats: Map<QueryKind, KindStats>;
  answerable: number[];
  cold: Timings;
  noResult: Timings & { suggest: number[] };
  http: number[];
}

/** No-result queries: as many as the recall queries of one kind, found by the app and LIKE alike to be nothing. */
async function noResults(cat: Catalogue, base: Baselines) {
  const db = openDatabase(cat.core.dbFile, { readonly: true });
  const queries = noResultQueries(cat.titles, base, (q) => searchOn(db, q, 0, 1).total > 0, SAMPLED_TITLES);
  db.close();
  progress(`timing ${queries.length} queries that find nothing`);
  return noResultTimings(queries, base, {
    search: (q) => search(cat.core, q, PAGE),
    suggest: (q) => call(cat.core, 'catalogue.suggest', { q }, VISITOR),
  });
}

/** Search over 100,000 titles: the app's index against LIKE and trigram; returns the catalogue for the IME. */
export async function searchBench(count = TITLES): Promise<Catalogue> {
  section(`Reading room: search over ${count.toLocaleString('en')} generated titles`);
  const cat = await openCatalogue(count);
  const baseDir = tmp('hongyi-bench-baselines-');
  try {
    const base = openBaselines(baseDir, cat.titles);
    progress(`LIKE table and trigram index built in ${seconds(base.buildMs)}`);
    figure('FTS5 trigram index size', `${mb(base.trigramBytes)} over a ${mb(base.plainBytes)} plain table`);
    try {
      const stats = new Map<QueryKind, KindStats>();
      progress(`recall of ${cat.queries.length} queries`);
      await recall(cat, base, stats);
      progress('timing core, LIKE and trigram');
      const answerable = await timings(cat, base, stats);
      progress('timing the first search on fresh connections');
      const cold = coldTimings(cat.core.dbFile, base, cat.queries);
      const noResult = await noResults(cat, base);
      progress('timing through HTTP');
      printSearch(cat, base, { stats, answerable, cold, noResult, http: await httpTimings(cat) });
      return cat;
    } finally {
      base.close();
    }
  } catch (err) {
    cat.dispose();
    throw err;
  } finally {
    fs.rmSync(baseDir, { recursive: true, force: true });
  }
}
