import { describe, expect, it } from 'vitest';
import { openLibrary } from '../library-test-kit';
import { MAX_PROBES, nearQueries } from './suggest';

const V = 'visitor-1';
/** 98 characters no title of these tests holds, as a visitor's long paste would bring. */
const NOISE = '魑魅魍魉饕餮'.repeat(17).slice(0, 98);

/** A catalogue of a few titles, as a text → hits function that counts how often it is asked. */
function catalogue(titles: readonly string[]) {
  const asked: string[] = [];
  const count = (text: string) => {
    asked.push(text);
    return titles.filter((t) => t.includes(text)).length;
  };
  return { asked, count };
}

describe('catalogue.suggest', () => {
  it('finds the longest parts of a Han query that find something', () => {
    const { count } = catalogue(['红岩', '红岩魂', '长征', '重读长征']);
    expect(nearQueries('红岩魂魄', count)).toEqual([{ text: '红岩魂', hits: 1 }]);
    expect(nearQueries('长征红岩故事', count)).toEqual([
      { text: '长征', hits: 2 },
      { text: '红岩', hits: 2 },
    ]);
  });

  it('makes at most MAX_PROBES searches on 100 Han characters, and still finds the part that matters', () => {
    const { asked, count } = catalogue(['红岩', '长征']);
    expect(nearQueries(`红岩${NOISE}`, count)).toEqual([{ text: '红岩', hits: 1 }]);
    expect(asked.length).toBeLessThanOrEqual(MAX_PROBES);
    expect(new Set(asked).size).toBe(asked.length);

    const repeated = catalogue(['党史']);
    expect(nearQueries('党'.repeat(100), repeated.count)).toEqual([{ text: '党', hits: 1 }]);
    expect(repeated.asked).toEqual(['党', '党党']);
  });

  it('stops at MAX_PROBES even when every character finds something', () => {
    const distinct = Array.from({ length: 100 }, (_, i) => String.fromCodePoint(0x4e00 + 37 * i));
    const { asked, count } = catalogue(distinct);
    expect(nearQueries(distinct.join(''), count)).toContainEqual({ text: distinct[0], hits: 1 });
    expect(asked.length).toBe(MAX_PROBES);
  });

  it('finds the longest prefix of pinyin in a few searches', () => {
    const { asked, count } = catalogue(['hongyanhun', 'changzheng']);
    expect(nearQueries('hongyanhunpo', count)).toEqual([{ text: 'hongyanhun', hits: 1 }]);
    expect(asked.length).toBeLessThanOrEqual(12 + 4);
  });

  it('answers through the API on long input, near what it holds', async () => {
    const t = await openLibrary();
    await t.title('红岩', 1);
    await t.title('长征', 1);
    expect((await t.ok('catalogue.search', { q: `红岩${NOISE}` }, V)).total).toBe(0);
    expect(await t.ok('catalogue.suggest', { q: `红岩${NOISE}` }, V)).toEqual([{ text: '红岩', hits: 1 }]);
    expect(await t.ok('catalogue.suggest', { q: 'x'.repeat(100) }, V)).toEqual([]);
    expect((await t.refused('catalogue.suggest', { q: '党'.repeat(101) }, V)).code).toBe('invalid_input');
  });
});
