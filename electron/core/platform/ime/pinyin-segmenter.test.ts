import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeneralLexicon } from './general-lexicon';
import { consumedUpTo, display, segment, type SyllableTable } from './pinyin-segmenter';

let table: SyllableTable;
beforeAll(async () => {
  table = (await loadGeneralLexicon()).table;
});

const readings = (input: string) => segment(input, table).map(display);

describe('pinyin segmenter', () => {
  it('reads whole syllables, with or without apostrophes', () => {
    expect(readings('dangshi')[0]).toBe("dang'shi");
    expect(readings("dang'shi")[0]).toBe("dang'shi");
    expect(readings('zhonghuarenmingongheguo')[0]).toBe("zhong'hua'ren'min'gong'he'guo");
  });

  it('reads initials and mixed input', () => {
    expect(readings('dsxx')[0]).toBe("d's'x'x");
    expect(readings('dangsx')[0]).toBe("dang's'x");
    expect(readings('dshi')[0]).toBe("d'shi");
    expect(readings('zhg')[0]).toBe("zh'g");
  });

  it('prefers fewer tokens and keeps the close alternatives', () => {
    expect(readings('xian')[0]).toBe('xian');
    expect(readings('xian')).toContain("xi'an");
    expect(readings("xi'an")).toEqual(["xi'an"]);
    expect(readings('fangan').slice(0, 2)).toEqual(["fang'an", "fan'gan"]);
  });

  it('takes a syllable still being typed only at the end', () => {
    const [best] = segment('zho', table);
    expect(best?.tokens.map((t) => t.kind)).toEqual(['partial']);
    const [apart] = segment("zho'ng", table);
    expect(apart?.tokens[0]?.kind).not.toBe('partial');
  });

  it('marks letters that are no pinyin, and stays small on long input', () => {
    const [best] = segment('dangi', table);
    expect(best?.tokens.map((t) => [t.letters, t.kind])).toEqual([
      ['dang', 'full'],
      ['i', 'unknown'],
    ]);
    const long = segment('dsxx'.repeat(10), table);
    expect(long.length).toBeGreaterThan(0);
    expect(long.length).toBeLessThanOrEqual(4);
    expect(long[0]?.tokens).toHaveLength(40);
  });

  it('hands trailing apostrophes to the candidate that ends before them', () => {
    expect(consumedUpTo("dang''shi", 4)).toBe(6);
    expect(consumedUpTo('dangshi', 4)).toBe(4);
  });
});
