import * as OpenCC from 'opencc-js';
import type { ImeCandidate, ImeCandidates, ImeScript } from '../../../shared/ime.api';
import type { GeneralLexicon } from './general-lexicon';
import type { LexiconIndex } from './lexicon';
import { consumedUpTo, display, segment, type Segmentation, type Token } from './pinyin-segmenter';

export interface InputMethod {
  candidates(input: string, offset: number, limit: number, script?: ImeScript): ImeCandidates;
}

interface Scored {
  text: string;
  score: number;
}

interface Ranked extends ImeCandidate {
  /** The length it ranks at: `consumed`, or less for a word ending in a trailing initial. */
  rankAt: number;
  vocabulary: boolean;
  score: number;
}

/** A reading worse than the best by one token's cost costs as much as a hundredfold rarer word. */
const READING_PENALTY = 2;
/**
 * In the sentence candidate a centre's word counts as one in a hundred words: as likely as the
 * commonest words of the dictionary (的 is about one in seventy in jieba's counts).
 */
const VOCABULARY_LOG_PROBABILITY = -2;
const MAX_SENTENCE_WORD = 8;
/** A word completing the last syllable (`gu` → guo) counts as a hundredfold rarer one typed in full. */
const GROWING = 2;
/** Nobody pages further; the cap bounds the work of a one-letter input. */
const MAX_CANDIDATES = 1000;
const CACHED_INPUTS = 16;

/** Taiwan's standard characters: what a 繁體 screen's visitors read and type. */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * The candidates in Traditional characters, in the same order. Two Simplified candidates may be one
 * Traditional word (the first keeps its place), and a few Simplified characters stand for several
 * Traditional ones (发 → 發, 髮): OpenCC picks the common one.
 */
function traditional(ranked: readonly ImeCandidate[]): ImeCandidate[] {
  const seen = new Set<string>();
  const out: ImeCandidate[] = [];
  for (const c of ranked) {
    const text = toTraditional(c.text);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, consumed: c.consumed });
  }
  return out;
}

function byRank(a: Ranked, b: Ranked): number {
  if (a.rankAt !== b.rankAt) return b.rankAt - a.rankAt;
  if (a.vocabulary !== b.vocabulary) return a.vocabulary ? -1 : 1;
  return b.score - a.score;
}

/**
 * The most likely words for a reading typed in whole syllables, when no single word covers it
 * (`womendangshi` → 我们党史): a Viterbi pass over the tokens, each word scored by its log
 * probability.
 */
function sentence(
  tokens: readonly Token[],
  best: (tokens: readonly Token[]) => Scored | null,
): string | null {
  const paths: ({ score: number; text: string; words: number } | null)[] = [{ score: 0, text: '', words: 0 }];
  for (let i = 0; i < tokens.length; i++) {
    const from = paths[i];
    if (!from) continue;
    for (let n = 1; i + n <= tokens.length && n <= MAX_SENTENCE_WORD; n++) {
      const word = best(tokens.slice(i, i + n));
      if (!word) continue;
      const score = from.score + word.score;
      const to = paths[i + n];
      if (!to || score > to.score)
        paths[i + n] = { score, text: from.text + word.text, words: from.words + 1 };
    }
  }
  const done = paths[tokens.length];
  return done && done.words > 1 ? done.text : null;
}

/**
 * The input method for one centre: the general dictionary, and the centre's own words (its
 * vocabulary, see vocabulary.ts) ranked first. Ranks in Simplified, the script both are kept in.
 */
export function createInputMethod(own: LexiconIndex, general: GeneralLexicon): InputMethod {
  const cache = new Map<string, { ranked: ImeCandidate[]; segmentation: string }>();
  const logTotal = Math.log10(general.totalWeight);
  const maxSyllables = Math.max(own.maxSyllables, general.index.maxSyllables);

  /** The likeliest word for these tokens, the centre's own first. */
  const bestWord = (tokens: readonly Token[]): Scored | null => {
    for (const e of own.lookup(tokens)) return { text: e.text, score: VOCABULARY_LOG_PROBABILITY };
    for (const e of general.index.lookup(tokens))
      return { text: e.text, score: Math.log10(e.weight) - logTotal };
    return null;
  };

  /** Every word whose syllables match the first n tokens of one reading, for every n. */
  function gather(input: string, reading: Segmentation, penalty: number, offer: (c: Ranked) => void) {
    const { tokens } = reading;
    const last = tokens[tokens.length - 1];
    const mixed = tokens.some((t) => t.kind === 'full');
    for (let n = Math.min(tokens.length, maxSyllables); n >= 1; n--) {
      const head = tokens.slice(0, n);
      const end = head[n - 1];
      if (!end) continue;
      const consumed = consumedUpTo(input, end.end);
      // A trailing initial after whole syllables (`dangshi|x`) is the next syllable being typed:
      // words using it rank with those that stop before it, so 党史 is not buried under 党世雄.
      const rankAt = end === last && end.kind === 'initial' && mixed && n > 1 ? end.start : consumed;
      const variants: { tokens: Token[]; penalty: number }[] = [{ tokens: head, penalty }];
      // The last syllable may still be growing (`zhonggu` on its way to zhongguo → 中国).
      if (end === last && end.kind === 'full' && n > 1) {
        variants.push({
          tokens: [...head.slice(0, -1), { ...end, kind: 'partial' }],
          penalty: penalty + GROWING,
        });
      }
      for (const v of variants) {
        for (const e of own.lookup(v.tokens)) {
          offer({ text: e.text, consumed, rankAt, vocabulary: true, score: e.weight - v.penalty });
        }
        for (const e of general.index.lookup(v.tokens)) {
          offer({
            text: e.text,
            consumed,
            rankAt,
            vocabulary: false,
            score: Math.log10(e.weight) - v.penalty,
          });
        }
      }
    }
  }

  function rank(input: string): { ranked: ImeCandidate[]; segmentation: string } {
    const readings = segment(input, general.table);
    const top = readings[0];
    const found = new Map<string, Ranked>();
    const offer = (c: Ranked) => {
      const known = found.get(c.text);
      if (!known || byRank(c, known) < 0) found.set(c.text, c);
    };
    for (const reading of readings) {
      gather(input, reading, READING_PENALTY * (reading.cost - (top?.cost ?? 0)), offer);
    }
    const ranked: Ranked[] = [...found.values()].sort(byRank);
    // Without word frequencies a sentence would be the first character of each syllable: noise.
    const typedWhole =
      general.frequency &&
      top !== undefined &&
      top.tokens.length > 1 &&
      top.tokens.every((t) => t.kind === 'full');
    if (typedWhole && !ranked.some((c) => c.consumed === input.length)) {
      const text = sentence(top.tokens, bestWord);
      if (text) {
        const at = ranked.findIndex((c) => c.text === text);
        if (at >= 0) ranked.splice(at, 1);
        ranked.unshift({ text, consumed: input.length, rankAt: input.length, vocabulary: false, score: 0 });
      }
    }
    return {
      ranked: ranked.slice(0, MAX_CANDIDATES).map(({ text, consumed }) => ({ text, consumed })),
      segmentation: display(top),
    };
  }

  return {
    candidates(input, offset, limit, script = 'simplified') {
      const key = `${script}:${input}`;
      let result = cache.get(key);
      if (result) cache.delete(key);
      else {
        const simplified = rank(input);
        result =
          script === 'traditional' ? { ...simplified, ranked: traditional(simplified.ranked) } : simplified;
      }
      cache.set(key, result);
      if (cache.size > CACHED_INPUTS) cache.delete(cache.keys().next().value ?? '');
      return {
        candidates: result.ranked.slice(offset, offset + limit),
        hasMore: offset + limit < result.ranked.length,
        segmentation: result.segmentation,
      };
    },
  };
}
