import type { Suggestion } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { countPlan, planQuery } from './search.service';
import { hanTokens, latinKey } from '../../../platform/text/text-fold';

/**
 * Searches one suggestion may make, whatever its input: each is a query of the index, so this
 * bounds the work, not the input's length (trying every part of 100 Han characters, longest first,
 * was about 5,000 searches and held core for seconds).
 */
export const MAX_PROBES = 32;

const FUZZY: [RegExp, string][] = [
  [/zh/g, 'z'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/z(?!h)/g, 'zh'],
  [/c(?!h)/g, 'ch'],
  [/s(?!h)/g, 'sh'],
  [/ng/g, 'n'],
  [/(?<=[aei])n(?!g)/g, 'ng'],
  [/l/g, 'n'],
  [/n/g, 'l'],
  [/f/g, 'h'],
  [/h/g, 'f'],
];

/** How many titles a text finds, asked at most {@link MAX_PROBES} times; answers are remembered. */
class Probe {
  private readonly known = new Map<string, number>();
  private probes = 0;

  constructor(private readonly count: (text: string) => number) {}

  get spent(): boolean {
    return this.probes >= MAX_PROBES;
  }

  hits(text: string): number {
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.spent) return 0;
    this.probes++;
    const n = this.count(text);
    this.known.set(text, n);
    return n;
  }
}

/**
 * The longest runs of tokens that find something. Whatever finds a run finds its parts too, so
 * one pass with two ends finds them: the end moves on a token at a time and the start only catches
 * up, two searches a token at most.
 */
function longestRuns(tokens: readonly string[], probe: Probe, found: Map<string, number>): void {
  let best = 0;
  let start = 0;
  for (let end = 1; end <= tokens.length && !probe.spent; end++) {
    while (start < end && probe.hits(tokens.slice(start, end).join('')) === 0) start++;
    const length = end - start;
    if (length === 0 || length < best || length === tokens.length) continue;
    if (length > best) found.clear();
    best = length;
    const text = tokens.slice(start, end).join('');
    found.set(text, probe.hits(text));
  }
}

/** The usual confusions (z/zh, n/ng, l/n, f/h), then the longest prefix that finds something. */
function pinyinNear(key: string, probe: Probe, found: Map<string, number>): void {
  for (const [re, to] of FUZZY) {
    const text = key.replace(re, to);
    if (text === key) continue;
    const hits = probe.hits(text);
    if (hits > 0) found.set(text, hits);
  }
  // A prefix of a prefix that finds something finds something too: halve the lengths in between.
  let lo = 1;
  let hi = key.length;
  while (hi - lo > 1 && !probe.spent) {
    const mid = (lo + hi) >> 1;
    if (probe.hits(key.slice(0, mid)) > 0) lo = mid;
    else hi = mid;
  }
  if (lo >= 2) {
    const text = key.slice(0, lo);
    const hits = probe.hits(text);
    if (hits > 0) found.set(text, hits);
  }
}

/**
 * "No result → something near": for Han text the longest parts of the query that find something;
 * for pinyin the usual confusions and the longest prefix that finds something. `count` says how many
 * titles a text finds; it is asked at most {@link MAX_PROBES} times, however long the query.
 */
export function nearQueries(q: string, count: (text: string) => number, max = 5): Suggestion[] {
  const plan = planQuery(q);
  if (!plan) return [];
  const probe = new Probe(count);
  const found = new Map<string, number>();
  const han = plan.tiers[0]?.part.table.endsWith('_han') ?? false;
  if (han) longestRuns(hanTokens(plan.folded), probe, found);
  else pinyinNear(latinKey(plan.folded), probe, found);
  found.delete(plan.folded);
  return [...found]
    .map(([text, hits]) => ({ text, hits }))
    .sort((a, b) => b.text.length - a.text.length || b.hits - a.hits)
    .slice(0, max);
}

export function suggest(db: Db, q: string): Suggestion[] {
  return nearQueries(q, (text) => {
    const plan = planQuery(text);
    return plan ? countPlan(db, plan) : 0;
  });
}
