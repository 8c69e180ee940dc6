// Builds resources/ime/pinyin-dictionary.json, the input method's general dictionary, from npm
// packages only (never downloaded at run time). The output is committed; to rebuild it:
//   npm install --no-save @node-rs/jieba@2.0.3 && npx node electron/core/platform/ime/tools/build-dictionary.ts
// (jieba is not a dependency: only its dict.txt is read, once, and its platform binaries would
// weigh on every install.)
//
// Sources, best first:
// - `@node-rs/jieba`'s dict.txt when it is installed: jieba's word list with corpus counts, the usual
//   frequency source of Chinese input methods and segmenters.
// - Otherwise a stop-gap without frequency data: the GB2312 characters (level 1, the 3,755 common
//   characters, before level 2) with pinyin-pro's readings, and the words of pinyin-pro's own
//   dictionaries. pinyin-pro orders its pinyin → character tables by code point, not frequency.
//
// Self-contained on purpose (only package imports): Node runs it as TypeScript without a build step.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const OUT = path.resolve('resources/ime/pinyin-dictionary.json');
/** Enough for everyday typing; the rest of jieba's 349k words are rare and cost memory on the kiosk. */
const MAX_WORDS = 120_000;
const MAX_WORD_LENGTH = 8;
/** A character's other readings (行 as hang, 了 as liao) rank below its main one. */
const SECONDARY_READING = 0.02;

const require = createRequire(import.meta.url);
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const HAN_WORD = /^\p{Script=Han}+$/u;
const SYLLABLE = /^[a-z]*[aeiouv][a-z]*$/;

interface Entry {
  text: string;
  syllables: string[];
  weight: number;
}

function contextualReading(word: string): string[] | null {
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true });
  if (syllables.length !== [...word].length) return null;
  return syllables.every((s) => SYLLABLE.test(s)) ? syllables : null;
}

function charReadings(ch: string): string[] {
  const all = pinyin(ch, { toneType: 'none', type: 'array', v: true, multiple: true });
  return [...new Set(all)].filter((s) => SYLLABLE.test(s));
}

/** A character under each of its readings, the main one at full weight. */
function charEntries(ch: string, weight: number): Entry[] {
  return charReadings(ch).map((s, i) => ({
    text: ch,
    syllables: [s],
    weight: i === 0 ? weight : Math.max(1, Math.round(weight * SECONDARY_READING)),
  }));
}

/** GB2312's Han characters by level: all Simplified, level 1 chosen in 1980 as the most used. */
function gb2312(): Map<string, 1 | 2> {
  const decoder = new TextDecoder('gbk');
  const levels = new Map<string, 1 | 2>();
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (HAN_WORD.test(ch) && [...ch].length === 1) levels.set(ch, hi <= 0xd7 ? 1 : 2);
    }
  }
  return levels;
}

function fromJieba(file: string): { entries: Entry[]; source: string } {
  const rows: { word: string; count: number }[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [word = '', countText = ''] = line.split(' ');
    const count = Number(countText);
    if (!HAN_WORD.test(word) || !Number.isFinite(count) || count <= 0) continue;
    if ([...word].length > MAX_WORD_LENGTH || toSimplified(word) !== word) continue;
    rows.push({ word, count });
  }
  rows.sort((a, b) => b.count - a.count);
  const entries: Entry[] = [];
  let words = 0;
  for (const { word, count } of rows) {
    if ([...word].length === 1) {
      entries.push(...charEntries(word, count));
    } else if (words < MAX_WORDS) {
      const syllables = contextualReading(word);
      if (syllables) {
        entries.push({ text: word, syllables, weight: count });
        words++;
      }
    }
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return { entries, source: `${pkg.name} ${pkg.version} dict.txt (jieba word counts), pinyin-pro readings` };
}

function pinyinProWords(): string[] {
  const dataDir = path.join(path.dirname(require.resolve('pinyin-pro')), 'esm', 'data');
  const words: string[] = [];
  for (const name of ['dict2.mjs', 'dict3.mjs', 'dict4.mjs', 'dict5.mjs']) {
    const text = fs.readFileSync(path.join(dataDir, name), 'utf8');
    for (const m of text.matchAll(/^\s*['"]?(\p{Script=Han}+)['"]?:/gmu)) if (m[1]) words.push(m[1]);
  }
  return words;
}

function fallback(): { entries: Entry[]; source: string } {
  const levels = gb2312();
  const entries: Entry[] = [];
  for (const [ch, level] of levels) entries.push(...charEntries(ch, level === 1 ? 1000 : 50));
  for (const word of new Set(pinyinProWords())) {
    if (![...word].every((ch) => levels.has(ch))) continue;
    const syllables = contextualReading(word);
    if (syllables) entries.push({ text: word, syllables, weight: 100 });
  }
  const version = (require('pinyin-pro/package.json') as { version: string }).version;
  return {
    entries,
    source: `GB2312 characters (level 1 first) and pinyin-pro ${version} words; no frequency data`,
  };
}

function jiebaDict(): string | null {
  try {
    return require.resolve('@node-rs/jieba/dict.txt');
  } catch {
    return null;
  }
}

const jieba = process.argv[2] ?? jiebaDict();
const { entries, source } = jieba ? fromJieba(jieba) : fallback();
// Stable: among equal weights the source's own order stays.
entries.sort((a, b) => b.weight - a.weight);
const seen = new Set<string>();
const lines: string[] = [];
for (const e of entries) {
  const line = `${e.text} ${e.syllables.join("'")}`;
  if (seen.has(line)) continue;
  seen.add(line);
  lines.push(`${line} ${e.weight}`);
}
const dictionary = {
  about: 'Generated by electron/core/platform/ime/tools/build-dictionary.ts; do not edit by hand.',
  source,
  frequency: jieba !== null,
  entries: lines,
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${JSON.stringify(dictionary, null, 2)}\n`);
console.log(`${lines.length} entries from ${source} → ${path.relative(process.cwd(), OUT)}`);
