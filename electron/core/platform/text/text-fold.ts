import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * The one folding both the index and the queries go through: compatibility forms (full-width
 * letters and digits, CJK compatibility ideographs) by NFKC, Traditional to Simplified, lower case.
 */
export function fold(s: string): string {
  return toSimplified(s.normalize('NFKC')).toLowerCase().replace(/ü/g, 'v');
}

const HAN = /\p{Script=Han}/u;
/** A Han character or a digit alone; a run of other letters as one word. */
const TOKEN = /\p{Script=Han}|\p{Nd}|[\p{L}\p{M}]+/gu;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/** Tokens of a folded text: every Han character and every digit is its own token, so any substring is a phrase. */
export function hanTokens(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

const SYLLABLE = /^[a-z]+$/;
const PINYIN = { toneType: 'none', type: 'array', v: true } as const;

const charReading = new Map<string, string>();
function readingOfChar(ch: string): string {
  let r = charReading.get(ch);
  if (r === undefined) {
    r = pinyin(ch, PINYIN)[0] ?? '';
    charReading.set(ch, r);
  }
  return r;
}

function readingsOf(run: string, contextual: boolean): string[] {
  const out = contextual ? pinyin(run, PINYIN) : [...run].map(readingOfChar);
  return out.map((s) => s.toLowerCase()).filter((s) => SYLLABLE.test(s));
}

/**
 * The syllables of a folded text as typed on a Latin keyboard: Han characters by their toneless
 * pinyin (ü as v), digits one by one, other words as they are. The first reading is pinyin-pro's
 * context-aware one (重庆 → chong qing); a second, character by character (重 → zhong), is added
 * when it differs, so a polyphonic character is found under its common reading too.
 */
export function syllableReadings(folded: string): string[][] {
  const contextual: string[] = [];
  const plain: string[] = [];
  const parts = folded.match(/\p{Script=Han}+|\p{Nd}|[\p{L}\p{M}]+/gu) ?? [];
  for (const part of parts) {
    if (isHan(part[0] ?? '')) {
      contextual.push(...readingsOf(part, true));
      plain.push(...readingsOf(part, false));
    } else {
      const word = part.replace(/[^a-z0-9]/g, '');
      if (word) {
        contextual.push(word);
        plain.push(word);
      }
    }
  }
  return contextual.join(' ') === plain.join(' ') ? [contextual] : [contextual, plain];
}

export function initialsOf(syllables: readonly string[]): string[] {
  return syllables.map((s) => s[0] ?? '');
}

/** Longest suffix token kept: a query longer than this is matched on its first this-many letters. */
export const MAX_KEY = 24;

/**
 * Every suffix of a syllable sequence, joined without spaces: a query typed with or without spaces
 * (`dang shi`, `dangshi`, `dangsh`) is then a prefix of one token (`dangshixuexi…`).
 */
export function suffixKeys(syllables: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < syllables.length; i++) out.push(syllables.slice(i).join('').slice(0, MAX_KEY));
  return out;
}

/** A Latin query as the suffix tokens see it: letters and digits only. */
export function latinKey(folded: string): string {
  return folded.replace(/[^a-z0-9]/g, '').slice(0, MAX_KEY);
}

/**
 * The key lists sort by: the pinyin of the text (contextual reading), then the text itself.
 * `readings`: the text's {@link syllableReadings}, when the caller has them already.
 */
export function pinyinSortKey(s: string, readings = syllableReadings(fold(s))): string {
  const reading = readings[0] ?? [];
  return `${reading.join(' ')}\u0001${s}`.slice(0, 200);
}
