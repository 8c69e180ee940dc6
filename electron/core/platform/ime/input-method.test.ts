import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeneralLexicon, type GeneralLexicon } from './general-lexicon';
import { createInputMethod, type InputMethod } from './input-method';
import { LexiconIndex } from './lexicon';
import { vocabularyEntries } from './vocabulary';

const VOCABULARY = [
  '党史学习',
  '党史学习角',
  '红岩',
  '〔美〕埃德加·斯诺',
  '中国共产党简史',
  '星湖科技园党群服务中心',
];

let general: GeneralLexicon;
let ime: InputMethod;
const imeOf = (names: readonly string[]) =>
  createInputMethod(new LexiconIndex(vocabularyEntries(names)), general);
beforeAll(async () => {
  general = await loadGeneralLexicon();
  ime = imeOf(VOCABULARY);
});

const texts = (input: string, limit = 10, method = ime) =>
  method.candidates(input, 0, limit).candidates.map((c) => c.text);
const consumedOf = (input: string, text: string) =>
  ime.candidates(input, 0, 100).candidates.find((c) => c.text === text)?.consumed;

/** GB2312 level 1: the 3,755 characters chosen as the common ones. */
function commonCharacters(): Set<string> {
  const decoder = new TextDecoder('gbk');
  const out = new Set<string>();
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) out.add(decoder.decode(new Uint8Array([hi, lo])));
  }
  return out;
}

describe('input method: the centre’s vocabulary', () => {
  it('ranks 党史 in the top 3 for dangshi and dang’shi', () => {
    expect(texts('dangshi', 3)).toContain('党史');
    expect(texts("dang'shi", 3)).toContain('党史');
    expect(consumedOf('dangshi', '党史')).toBe(7);
    expect(consumedOf("dang'shi", '党史')).toBe(8);
  });

  it('finds a vocabulary phrase by its initials first', () => {
    expect(texts('dsxx')[0]).toBe('党史学习');
    expect(texts('dsxxj')[0]).toBe('党史学习角');
    expect(texts('xhkjydqfwzx')[0]).toBe('星湖科技园党群服务中心');
  });

  it('finds names the dictionary may not know', () => {
    expect(texts('hongyan')[0]).toBe('红岩');
    expect(texts('sinuo')[0]).toBe('斯诺');
    expect(texts('zhongguogongchandang')[0]).toBe('中国共产党');
  });

  it('matches mixed input and says how much of it a candidate covers', () => {
    expect(texts('dangsx', 5)).toContain('党史');
    expect(consumedOf('dangsx', '党史')).toBe(5);
    expect(texts('dshi', 5)).toContain('党史');
    expect(consumedOf('dshi', '党史')).toBe(4);
    expect(texts('dangshix', 3)).toContain('党史');
    expect(consumedOf('dangshix', '党史')).toBe(7);
    expect(consumedOf('dangshix', '党')).toBe(4);
  });

  it('folds a Traditional vocabulary to Simplified', () => {
    const traditional = imeOf(['紅巖', '黨史學習']);
    expect(texts('hongyan', 1, traditional)).toEqual(['红岩']);
    expect(texts('dsxx', 1, traditional)).toEqual(['党史学习']);
  });
});

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('input method: candidates', () => {
  it('answers single letters with common characters of that initial', () => {
    const common = commonCharacters();
    for (const letter of ['d', 'w', 's', 'x', 'z']) {
      const page = texts(letter, 10);
      expect(page).toHaveLength(10);
      for (const ch of page) {
        expect(common.has(ch), `${letter} → ${ch}`).toBe(true);
        const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true });
        expect(readings.some((r) => r.startsWith(letter))).toBe(true);
      }
    }
  });

  it('puts the words first and then the characters of the first syllable', () => {
    const page = ime.candidates('dangshi', 0, 40).candidates;
    const firstChar = page.findIndex((c) => [...c.text].length === 1);
    expect(firstChar).toBeGreaterThan(0);
    expect(page.slice(0, firstChar).every((c) => c.consumed === 7)).toBe(true);
    expect(page.slice(firstChar).every((c) => [...c.text].length === 1 && c.consumed === 4)).toBe(true);
    expect(page.slice(firstChar).map((c) => c.text)).toContain('当');
  });

  it('pages through distinct candidates', () => {
    const all = ime.candidates('shi', 0, 60);
    expect(all.hasMore).toBe(true);
    const pages = [0, 20, 40].map((offset) => ime.candidates('shi', offset, 20));
    const paged = pages.flatMap((p) => p.candidates.map((c) => c.text));
    expect(paged).toEqual(all.candidates.map((c) => c.text));
    expect(new Set(paged).size).toBe(paged.length);
    const total = ime.candidates('shi', 0, 1000).candidates.length;
    const last = ime.candidates('shi', total - 5, 10);
    expect(last.candidates).toHaveLength(5);
    expect(last.hasMore).toBe(false);
  });

  it('offers no Traditional-only characters', () => {
    for (const input of ['d', 'guo', 'xue', 'shu', 'women', 'dsxx', 'fa', 'mian']) {
      for (const text of texts(input, 50)) expect(toSimplified(text), `${input} → ${text}`).toBe(text);
    }
  });

  it('shows how it reads the input', () => {
    expect(ime.candidates('dangshix', 0, 1).segmentation).toBe("dang'shi'x");
    expect(ime.candidates("xi'an", 0, 1).segmentation).toBe("xi'an");
  });

  it('keeps what it cannot read for later', () => {
    const page = ime.candidates('dangi', 0, 5).candidates;
    expect(page.length).toBeGreaterThan(0);
    expect(page.every((c) => c.consumed === 4)).toBe(true);
  });
});

describe('input method: Traditional candidates for a 繁體 screen', () => {
  const traditional = (input: string, limit = 10) =>
    ime.candidates(input, 0, limit, 'traditional').candidates.map((c) => c.text);

  it('writes the centre’s words and common words in Traditional characters', () => {
    expect(traditional('dsxxj')[0]).toBe('黨史學習角');
    expect(traditional('zhongguo')[0]).toBe('中國');
    expect(traditional('dangshi', 3)).toContain('黨史');
    expect(traditional('xhkjydqfwzx')[0]).toBe('星湖科技園黨群服務中心');
  });

  it('offers no Simplified-only characters, and no candidate twice', () => {
    for (const input of ['d', 'guo', 'xue', 'shu', 'women', 'dsxx', 'fa', 'mian', 'houlai']) {
      const page = traditional(input, 50);
      expect(page.length, input).toBeGreaterThan(0);
      expect(new Set(page).size, input).toBe(page.length);
      for (const text of page) expect(toTraditional(text), `${input} → ${text}`).toBe(text);
    }
  });

  it('covers the same letters as the Simplified candidate it stands for', () => {
    const simplified = ime.candidates('dangshix', 0, 20).candidates;
    const written = ime.candidates('dangshix', 0, 20, 'traditional').candidates;
    expect(written.find((c) => c.text === '黨史')?.consumed).toBe(
      simplified.find((c) => c.text === '党史')?.consumed,
    );
  });

  it('pages through the Traditional list without gaps', () => {
    const all = ime.candidates('shi', 0, 40, 'traditional').candidates;
    const pages = [0, 20].flatMap((offset) => ime.candidates('shi', offset, 20, 'traditional').candidates);
    expect(pages).toEqual(all);
  });
});

// The shipped dictionary is built from jieba's word counts (tools/build-dictionary.ts).
describe('input method: general frequency', () => {
  it('ships a dictionary with frequencies', () => {
    expect(general.frequency).toBe(true);
  });

  it('ranks common words first', () => {
    expect(texts('zhongguo')[0]).toBe('中国');
    expect(texts('gongchandang')[0]).toBe('共产党');
    expect(texts('women')[0]).toBe('我们');
    expect(texts('zhonggu', 3)).toContain('中国');
  });

  it('ranks common characters first', () => {
    expect(texts('d', 3)).toContain('的');
    expect(texts('w', 3)).toContain('我');
    expect(texts('shi', 3)).toContain('是');
  });

  it('composes a sentence from the centre’s words and common ones', () => {
    expect(texts('womendangshi')[0]).toBe('我们党史');
  });
});
