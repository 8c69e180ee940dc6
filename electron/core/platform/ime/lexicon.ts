import type { Pacer } from './pacer';
import type { Token } from './pinyin-segmenter';

/** A word or character with its toneless pinyin (ü as v) and how often it is used. */
export interface LexEntry {
  text: string;
  syllables: readonly string[];
  weight: number;
}

/** The bucket of a syllable sequence: the first letter of each syllable (党史 → `ds`). */
function keyOf(firsts: readonly string[]): string {
  return firsts.map((s) => s[0] ?? '').join('');
}

/** Spellings people type for ü after l and n (`lue` for lüe), besides the keyboard's `v`. */
const ALIASES = new Map([
  ['lue', 'lve'],
  ['nue', 'nve'],
]);
export const ALIAS_SPELLINGS: readonly string[] = [...ALIASES.keys()];

/** Whether a dictionary syllable can be what the user typed as this token. */
export function tokenMatches(token: Token, syllable: string): boolean {
  switch (token.kind) {
    case 'full':
      return syllable === token.letters || syllable === ALIASES.get(token.letters);
    case 'initial':
    case 'partial':
      return syllable.startsWith(token.letters);
    case 'unknown':
      return false;
  }
}

/**
 * Entries bucketed by the first letters of their syllables, each bucket heaviest first. A lookup
 * for n tokens reads one bucket and checks each entry's syllables against the tokens: with
 * 120,000 words the largest bucket holds a few thousand.
 */
export class LexiconIndex {
  private readonly buckets = new Map<string, LexEntry[]>();
  private longest = 0;

  constructor(entries: Iterable<LexEntry> = []) {
    for (const e of entries) this.add(e);
    this.sortBuckets();
  }

  /**
   * The same index built in slices that yield to the event loop (see {@link Pacer}), for a
   * vocabulary of tens of thousands of words arriving while core keeps answering.
   */
  static async build(entries: Iterable<LexEntry>, pacer: Pacer): Promise<LexiconIndex> {
    const index = new LexiconIndex();
    for (const e of entries) {
      index.add(e);
      if (pacer.due()) await pacer.pause();
    }
    // Cheap when the entries came heaviest first, as the vocabulary worker sends them.
    index.sortBuckets();
    return index;
  }

  get maxSyllables(): number {
    return this.longest;
  }

  private add(e: LexEntry): void {
    const key = keyOf(e.syllables);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = []));
    bucket.push(e);
    this.longest = Math.max(this.longest, e.syllables.length);
  }

  private sortBuckets(): void {
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => b.weight - a.weight);
  }

  /** Entries of exactly `tokens.length` syllables matching the tokens one by one, heaviest first. */
  *lookup(tokens: readonly Token[]): Generator<LexEntry> {
    const bucket = this.buckets.get(keyOf(tokens.map((t) => t.letters)));
    if (!bucket) return;
    for (const e of bucket) {
      if (e.syllables.length !== tokens.length) continue;
      if (tokens.every((t, i) => tokenMatches(t, e.syllables[i] ?? ''))) yield e;
    }
  }

  /** Every syllable the entries use: the table the segmenter reads input with. */
  syllables(): Set<string> {
    const all = new Set<string>();
    for (const bucket of this.buckets.values())
      for (const e of bucket) for (const s of e.syllables) all.add(s);
    return all;
  }
}
