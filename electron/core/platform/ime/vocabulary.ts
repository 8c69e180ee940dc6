import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { LexEntry } from './lexicon';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/gu;
const SYLLABLE = /^[a-z]*[aeiouv][a-z]*$/;

/** A whole name (a shelf, an author, a short title) up to this many characters is one candidate. */
const MAX_WHOLE = 12;
/** Phrases inside longer names: up to three neighbouring words, up to this many characters. */
const MAX_PHRASE = 6;
const MAX_PIECES = 3;
/** A whole name counts as this many mentions: typing a shelf's initials should find the shelf. */
const WHOLE_BONUS = 2;
/** A kiosk's vocabulary is thousands of names; a cap keeps a 100,000-title catalogue's index small. */
const MAX_ENTRIES = 60_000;

/**
 * The pieces of a run of Han characters: ICU's dictionary words (built into Node and Electron),
 * with neighbouring single characters joined, because a name the dictionary does not know
 * (党史, 红岩) comes out one character at a time.
 */
function pieces(run: string): string[] {
  const out: string[] = [];
  let singles = '';
  for (const { segment } of words.segment(run)) {
    if ([...segment].length === 1) {
      singles += segment;
      continue;
    }
    if (singles) out.push(singles);
    singles = '';
    out.push(segment);
  }
  if (singles) out.push(singles);
  return out;
}

function readingOf(run: string): string[] | null {
  const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
  if (syllables.length !== [...run].length || !syllables.every((s) => SYLLABLE.test(s))) return null;
  return syllables;
}

/** Every phrase of one run worth offering, with its offset in characters. */
function phrasesOf(run: string): { start: number; length: number }[] {
  const found: { start: number; length: number }[] = [];
  const total = [...run].length;
  if (total >= 2 && total <= MAX_WHOLE) found.push({ start: 0, length: total });
  const parts = pieces(run).map((p) => [...p].length);
  let start = 0;
  for (let i = 0; i < parts.length; i++) {
    let length = 0;
    for (let j = i; j < parts.length && j < i + MAX_PIECES; j++) {
      length += parts[j] ?? 0;
      if (length > MAX_PHRASE) break;
      if (length >= 2 && length < total) found.push({ start, length });
    }
    start += parts[i] ?? 0;
  }
  return found;
}

/**
 * The centre's own words from its vocabulary (titles, authors, shelf and organisation names): each
 * short name whole, and the words and phrases inside longer ones. Traditional input is folded to
 * Simplified, as the kiosk types Simplified. The weight is how many names mention the phrase.
 */
export function vocabularyEntries(vocabulary: readonly string[]): LexEntry[] {
  const found = new Map<string, LexEntry>();
  for (const name of vocabulary) {
    const seen = new Set<string>();
    for (const [run] of toSimplified(name.normalize('NFKC')).matchAll(HAN_RUN)) {
      const chars = [...run];
      const reading = readingOf(run);
      if (!reading) continue;
      for (const { start, length } of phrasesOf(run)) {
        const text = chars.slice(start, start + length).join('');
        if (seen.has(text)) continue;
        seen.add(text);
        const mentions = length === chars.length ? WHOLE_BONUS : 1;
        const known = found.get(text);
        if (known) known.weight += mentions;
        else found.set(text, { text, syllables: reading.slice(start, start + length), weight: mentions });
      }
    }
  }
  const entries = [...found.values()];
  if (entries.length <= MAX_ENTRIES) return entries;
  return entries.sort((a, b) => b.weight - a.weight).slice(0, MAX_ENTRIES);
}

/** Names travel to the vocabulary worker as one string, a name a line (a string is copied, not walked). */
export const NAME_SEPARATOR = '\n';

/**
 * The worker's answer as one string, an entry a line (`text<TAB>syl'syl<TAB>weight`), heaviest
 * first, so that the index is built in weight order and its buckets need no real sorting.
 */
export function encodeEntries(entries: readonly LexEntry[]): string {
  return [...entries]
    .sort((a, b) => b.weight - a.weight)
    .map((e) => `${e.text}\t${e.syllables.join("'")}\t${e.weight}`)
    .join('\n');
}

export function* decodeEntries(encoded: string): Generator<LexEntry> {
  // Interned: tens of thousands of entries share a few hundred syllable strings.
  const interned = new Map<string, string>();
  const intern = (s: string) => {
    const known = interned.get(s);
    if (known !== undefined) return known;
    interned.set(s, s);
    return s;
  };
  for (const line of encoded.split('\n')) {
    const [text = '', reading = '', weight = ''] = line.split('\t');
    if (text && reading) yield { text, syllables: reading.split("'").map(intern), weight: Number(weight) };
  }
}
