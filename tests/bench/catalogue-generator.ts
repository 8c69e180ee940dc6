import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import dictionary from '../../resources/ime/pinyin-dictionary.json';
import type { DemoAuthor, DemoTitle } from '../../electron/core/features/library/demo/demo-types';
import { demoTitles } from '../../electron/core/features/library/demo/titles';
import { seededRandom, type Random } from '../../electron/core/platform/demo/seeded-random';

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const HAN_WORD = /^\p{Script=Han}{2,6}$/u;
/** The dictionary's commonest words of two to four characters: ordinary Chinese vocabulary. */
const DICTIONARY_WORDS = 30_000;
const JOINERS = ['', '', '', '', '与', '和', '的'];

function demoWords(): string[] {
  const found = new Set<string>();
  for (const t of demoTitles) {
    for (const text of [t.title, t.subtitle ?? '', ...t.tags]) {
      for (const { segment } of words.segment(text)) if (HAN_WORD.test(segment)) found.add(segment);
    }
  }
  return [...found];
}

function dictionaryWords(): string[] {
  const out: string[] = [];
  for (const line of dictionary.entries) {
    const text = line.slice(0, line.indexOf(' '));
    if (/^\p{Script=Han}{2,4}$/u.test(text)) out.push(text);
    if (out.length >= DICTIONARY_WORDS) break;
  }
  return out;
}

const distinct = <T>(items: readonly T[], key: (t: T) => string) => [
  ...new Map(items.map((i) => [key(i), i])).values(),
];

/**
 * A catalogue of `count` distinct titles made of real words: words of the demo catalogue's titles,
 * subtitles and tags, and common words of the input method's dictionary, two to four to a title;
 * with the demo's real authors, publishers, tags, shelves and class numbers. No ISBN: never invented.
 */
export function generateCatalogue(count: number, seed = 1949): DemoTitle[] {
  const rnd = seededRandom(seed);
  const themed = demoWords();
  const common = dictionaryWords();
  const authors: DemoAuthor[] = distinct(
    demoTitles.flatMap((t) => t.authors),
    (a) => `${a.name}\u0001${a.role}`,
  );
  const publishers = [...new Set(demoTitles.map((t) => t.publisher))];
  const tags = [...new Set(demoTitles.flatMap((t) => t.tags))];
  const word = () => (rnd.next() < 0.55 ? rnd.pick(themed) : rnd.pick(common));
  const phrase = (n: number) => {
    let s = word();
    for (let i = 1; i < n; i++) s += rnd.pick(JOINERS) + word();
    return s;
  };
  const seen = new Set<string>();
  const out: DemoTitle[] = [];
  while (out.length < count) {
    const title = phrase(rnd.int(2, 4));
    if (seen.has(title)) continue;
    seen.add(title);
    const model = rnd.pick(demoTitles);
    const byline = rnd.next() < 0.3 ? [rnd.pick(authors), rnd.pick(authors)] : [rnd.pick(authors)];
    const clc = model.clc;
    out.push({
      title,
      ...(rnd.next() < 0.2 ? { subtitle: phrase(2) } : {}),
      authors: distinct(byline, (a) => a.name),
      publisher: rnd.pick(publishers),
      year: rnd.int(1950, 2025),
      clc,
      callNumber: `${clc}${rnd.int(1, 999)}/${rnd.int(1, 99)}`,
      summary: model.summary,
      tags: [...new Set(Array.from({ length: rnd.int(0, 3) }, () => rnd.pick(tags)))],
      shelf: model.shelf,
    });
  }
  return out;
}

export type QueryKind =
  | 'han'
  | 'two characters'
  | 'one character'
  | 'traditional'
  | 'pinyin'
  | 'pinyin spaced'
  | 'initials'
  | 'author';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  /** The title the query was made from: recall asks whether the search finds it. */
  titleId: number;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const PINYIN = { toneType: 'none', type: 'array', v: true } as const;

function substring(rnd: Random, run: string, min: number, max: number) {
  const chars = [...run];
  const len = rnd.int(Math.min(min, chars.length), Math.min(max, chars.length));
  const at = rnd.int(0, chars.length - len);
  return { at, len, text: chars.slice(at, at + len).join('') };
}

/**
 * Queries a visitor would type for `sample` titles of the catalogue, as in the recall test: Han
 * substrings (one and two characters included), the same in Traditional, the pinyin of a part with
 * and without spaces, its initials, and an author's name.
 */
export function queriesFor(
  rows: readonly { id: number; title: string; authors: string }[],
  sample: number,
  seed = 1921,
): BenchQuery[] {
  const rnd = seededRandom(seed);
  const out: BenchQuery[] = [];
  for (let i = 0; i < sample; i++) {
    const row = rnd.pick(rows);
    const run = rnd.pick(row.title.match(/\p{Script=Han}+/gu) ?? [row.title]);
    const titleId = row.id;
    const han = substring(rnd, run, 3, 5).text;
    const part = substring(rnd, run, 2, 4);
    const syllables = pinyin(run, PINYIN).slice(part.at, part.at + part.len);
    out.push(
      { q: han, kind: 'han', titleId },
      { q: substring(rnd, run, 2, 2).text, kind: 'two characters', titleId },
      { q: substring(rnd, run, 1, 1).text, kind: 'one character', titleId },
      { q: toTraditional(han), kind: 'traditional', titleId },
      { q: syllables.join(''), kind: 'pinyin', titleId },
      { q: syllables.join(' '), kind: 'pinyin spaced', titleId },
      { q: syllables.map((s) => s[0] ?? '').join(''), kind: 'initials', titleId },
    );
    const authors = JSON.parse(row.authors) as { name: string }[];
    if (authors.length > 0) out.push({ q: rnd.pick(authors).name, kind: 'author', titleId });
  }
  return out;
}
