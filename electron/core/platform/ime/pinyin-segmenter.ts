/**
 * Splits typed Latin letters into pinyin tokens: whole syllables (`dang`), initials standing for a
 * syllable (`d`, `zh`), a syllable still being typed at the very end (`zho`), and letters that are
 * none of these. An apostrophe always ends a token.
 */

/** What a token is; the lexicon matches each kind differently. */
export type TokenKind = 'full' | 'initial' | 'partial' | 'unknown';

export interface Token {
  letters: string;
  kind: TokenKind;
  /** Where the token starts and ends in the input (apostrophes included in the count). */
  start: number;
  end: number;
}

export interface Segmentation {
  tokens: Token[];
  cost: number;
}

/** Initials a syllable may be abbreviated to (`zsxx` and `zhsxx` both stand for 主三…). */
const INITIALS = new Set('b p m f d t n l g k h j q x r z c s y w zh ch sh'.split(' '));

/**
 * Costs of one token. Fewer tokens win (`xian` is 先 before it is 西安), whole syllables beat
 * initials (`zhongguo` is not z'hong'guo), and an unknown letter is a last resort.
 */
const COST: Record<TokenKind, number> = { full: 1, partial: 1.2, initial: 1.5, unknown: 5 };
/** Readings this much worse than the best are not worth offering (xian → xi'an stays; d'ang'shi goes). */
export const SEGMENTATION_SLACK = 1;
const KEEP = 4;

export class SyllableTable {
  readonly syllables: ReadonlySet<string>;
  private readonly prefixes = new Set<string>();
  readonly maxLength: number;

  constructor(syllables: Iterable<string>) {
    this.syllables = new Set(syllables);
    let max = 0;
    for (const s of this.syllables) {
      max = Math.max(max, s.length);
      for (let i = 1; i < s.length; i++) this.prefixes.add(s.slice(0, i));
    }
    this.maxLength = max;
  }

  kindOf(letters: string, atEnd: boolean): TokenKind | null {
    if (this.syllables.has(letters)) return 'full';
    if (INITIALS.has(letters)) return 'initial';
    if (atEnd && this.prefixes.has(letters)) return 'partial';
    return null;
  }
}

/** Orders readings: cheaper first, then the one whose earlier tokens are longer (fang'an before fan'gan). */
function compare(a: Segmentation, b: Segmentation): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  const n = Math.min(a.tokens.length, b.tokens.length);
  for (let i = 0; i < n; i++) {
    const d = (b.tokens[i]?.letters.length ?? 0) - (a.tokens[i]?.letters.length ?? 0);
    if (d !== 0) return d;
  }
  return a.tokens.length - b.tokens.length;
}

function keepBest(list: Segmentation[], next: Segmentation): void {
  list.push(next);
  list.sort(compare);
  if (list.length > KEEP) list.length = KEEP;
}

/**
 * The best few readings of the input, best first, within {@link SEGMENTATION_SLACK} of the best.
 * A K-best dynamic programme over positions, so a 40-letter input costs a few thousand steps, not
 * an exponential number of splits.
 */
export function segment(input: string, table: SyllableTable): Segmentation[] {
  const length = input.length;
  const best: Segmentation[][] = Array.from({ length: length + 1 }, () => []);
  best[0] = [{ tokens: [], cost: 0 }];
  for (let p = 0; p < length; p++) {
    const here = best[p] ?? [];
    if (here.length === 0) continue;
    if (input[p] === "'") {
      for (const s of here) keepBest(best[p + 1] ?? [], s);
      continue;
    }
    let stepped = false;
    for (let len = 1; len <= table.maxLength && p + len <= length; len++) {
      const letters = input.slice(p, p + len);
      if (letters.includes("'")) break;
      const atEnd = p + len === length;
      const kind = table.kindOf(letters, atEnd);
      if (!kind) continue;
      stepped = true;
      const token: Token = { letters, kind, start: p, end: p + len };
      for (const s of here) {
        keepBest(best[p + len] ?? [], { tokens: [...s.tokens, token], cost: s.cost + COST[kind] });
      }
    }
    if (!stepped) {
      const token: Token = { letters: input.slice(p, p + 1), kind: 'unknown', start: p, end: p + 1 };
      for (const s of here) {
        keepBest(best[p + 1] ?? [], { tokens: [...s.tokens, token], cost: s.cost + COST.unknown });
      }
    }
  }
  const done = best[length] ?? [];
  const top = done[0]?.cost ?? 0;
  return done.filter((s) => s.cost <= top + SEGMENTATION_SLACK);
}

/** The reading shown above the candidates: `dang'shi'x`. */
export function display(segmentation: Segmentation | undefined): string {
  return segmentation?.tokens.map((t) => t.letters).join("'") ?? '';
}

/** Where a candidate covering `end` leaves the rest: apostrophes right after it go with it. */
export function consumedUpTo(input: string, end: number): number {
  let i = end;
  while (input[i] === "'") i++;
  return i;
}
