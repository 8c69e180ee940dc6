import { describe, expect, it } from 'vitest';
import { openLibrary } from '../library-test-kit';

const V = 'visitor-1';

describe('catalogue search', () => {
  it('ranks exact title, title prefix, title, author, the rest; available first among equals', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const exact = await t.title('红岩', 1);
    const prefixOut = await t.title('红岩魂', 1);
    const prefixIn = await t.title('红岩村的故事', 1);
    const inside = await t.title('重读红岩', 1);
    const author = await t.title('狱中诗抄', 1, { authors: [{ name: '红岩纪念馆' }] });
    const rest = await t.title('山城往事', 1, { publisher: '红岩出版社' });
    await t.title('长征', 1);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: prefixOut.barcodes[0]!, requestId: t.rid() });
    const result = await t.ok('catalogue.search', { q: '红岩' }, V);
    expect(result.rows.map((r) => [r.id, r.reason])).toEqual([
      [exact.id, 'exact_title'],
      [prefixIn.id, 'title_prefix'],
      [prefixOut.id, 'title_prefix'],
      [inside.id, 'title'],
      [author.id, 'author'],
      [rest.id, 'other'],
    ]);
    expect(result).toMatchObject({ total: 6, capped: false, folded: '红岩' });
    const page = await t.ok('catalogue.search', { q: 'hongyan', offset: 2, limit: 2 }, V);
    expect(page.rows.map((r) => r.id)).toEqual([prefixOut.id, inside.id]);
    expect(page.total).toBe(6);
  });

  it('finds Han substrings, pinyin with and without spaces, initials, Traditional input and authors', async () => {
    const t = await openLibrary();
    const a = await t.title('党史学习教育读本', 1);
    const b = await t.title('新时代党史学习问答', 1);
    const c = await t.title('红岩', 1, { authors: [{ name: '罗广斌' }, { name: '杨益言' }] });
    await t.title('平凡的世界', 1);
    const ids = async (q: string) => (await t.ok('catalogue.search', { q }, V)).rows.map((r) => r.id);
    expect(await ids('dsxx')).toEqual([a.id, b.id]);
    expect(await ids('dangshi')).toEqual([a.id, b.id]);
    expect(await ids('dang shi xue')).toEqual([a.id, b.id]);
    expect(await ids('ＤＳＸＸ')).toEqual([a.id, b.id]);
    expect(await ids('史')).toEqual([a.id, b.id]);
    expect(await ids('紅巖')).toEqual([c.id]);
    expect(await ids('黨史學習')).toEqual([a.id, b.id]);
    expect(await ids('杨益言')).toEqual([c.id]);
    expect(await ids('lgb')).toEqual([c.id]);
    expect(await ids('luoguang')).toEqual([c.id]);
    expect(await ids('xsd')).toEqual([b.id]);
  });

  it('finds a title by ISBN (hyphens, ISBN-10) and by a copy’s barcode; an empty query finds nothing', async () => {
    const t = await openLibrary();
    const { id, barcodes } = await t.title('矛盾论', 1, { isbn: '978-0-306-40615-7' });
    for (const q of ['9780306406157', '978-0-306-40615-7', '0-306-40615-2', barcodes[0]!.toLowerCase()]) {
      const r = await t.ok('catalogue.search', { q }, V);
      expect(r.rows.map((x) => x.id)).toEqual([id]);
      expect(['isbn', 'barcode']).toContain(r.rows[0]?.reason);
    }
    for (const q of ['', '   ', '《》', '---']) {
      expect(await t.ok('catalogue.search', { q }, V)).toMatchObject({ rows: [], total: 0 });
    }
  });

  it('suggests something near when nothing is found', async () => {
    const t = await openLibrary();
    await t.title('红岩', 1);
    await t.title('长征', 1);
    expect((await t.ok('catalogue.search', { q: '红岩魂魄' }, V)).total).toBe(0);
    expect(await t.ok('catalogue.suggest', { q: '红岩魂魄' }, V)).toEqual([{ text: '红岩', hits: 1 }]);
    expect((await t.ok('catalogue.search', { q: 'cangzheng' }, V)).total).toBe(0);
    const near = await t.ok('catalogue.suggest', { q: 'cangzheng' }, V);
    expect(near).toContainEqual({ text: 'changzheng', hits: 1 });
    expect(await t.ok('catalogue.suggest', { q: '' }, V)).toEqual([]);
  });
});
