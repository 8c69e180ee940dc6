import { ms, percentile } from './stats';

/** One way to search, as a row of the comparison table. */
export interface MethodRow {
  name: string;
  /** A page of results, caches warm; only the queries the method can answer. */
  warm: readonly number[];
  /** The first search on a fresh connection. */
  cold: readonly number[];
  /** Queries that find nothing: a scan reads everything for them. */
  noResult: readonly number[];
  /** Queries whose source title the method finds, of all queries (unanswerable ones count as not found). */
  found: number;
  queries: number;
  /** Queries the method cannot answer at all (too short for trigrams). */
  unanswered: number;
  /** What the method adds to the database; null for a plain scan. */
  indexBytes: number | null;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const p = (xs: readonly number[], at: number) => (xs.length > 0 ? ms(percentile(xs, at)) : 'n/a');

/** The app's index, the LIKE scan and the trigram index side by side, from the same run. */
export function printComparison(rows: readonly MethodRow[]): void {
  const header = [
    'method',
    'warm p50',
    'warm p95',
    'cold p95',
    'no-result p95',
    'recall',
    'unanswered',
    'index',
  ];
  const cells = rows.map((r) => [
    r.name,
    p(r.warm, 50),
    p(r.warm, 95),
    p(r.cold, 95),
    p(r.noResult, 95),
    `${((100 * r.found) / r.queries).toFixed(1)}%`,
    String(r.unanswered),
    r.indexBytes === null ? '—' : mb(r.indexBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)) + 2);
  const line = (c: readonly string[]) => `  ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join('')}`.trimEnd();
  console.log('\ncomparison (same titles, same queries, same run):');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}
