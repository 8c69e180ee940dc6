import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { normaliseIsbn } from '../../../../shared/library.api';
import { dumpDatabase } from '../../../testing';
import { openLibrary } from '../library-test-kit';

describe('ISBN', () => {
  it('normalises ISBN-10 and -13 with hyphens, spaces and full-width digits, checking the checksum', () => {
    expect(normaliseIsbn('0-8044-2957-x')).toBe('9780804429573');
    expect(normaliseIsbn('ISBN 978-7-01-017990-1')).toBe(normaliseIsbn('９７８７０１０１７９９０１'));
    expect(normaliseIsbn('0-306-40615-2')).toBe('9780306406157');
    expect(normaliseIsbn('0-306-40615-3')).toBeNull();
    expect(normaliseIsbn('9780306406158')).toBeNull();
    expect(normaliseIsbn('12345')).toBeNull();
  });
});

describe('catalogue', () => {
  it('stores a title with its ISBN as 13 digits and refuses a bad or repeated ISBN without a change', async () => {
    const t = await openLibrary();
    const title = await t.ok('titles.create', {
      title: '红星照耀中国',
      isbn: '０-３０６-４０６１５-２',
      authors: [
        { name: '埃德加·斯诺', nationality: '美' },
        { name: '董乐山', role: 'translator' },
      ],
      clc: 'K',
      tags: ['纪实'],
    });
    expect(title.isbn).toBe('9780306406157');
    expect(title.authors[0]).toEqual({ name: '埃德加·斯诺', role: 'author', nationality: '美' });
    const before = dumpDatabase(t.dbFile);
    const bad = await t.refused('titles.create', { title: 'x', isbn: '978-0-306-40615-8' });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues?.[0]?.path).toEqual(['isbn']);
    expect((await t.refused('titles.create', { title: 'x', isbn: '9780306406157' })).code).toBe('duplicate');
    expect((await t.refused('titles.create', { title: 'x', clc: 'W' })).code).toBe('invalid_input');
    expect(dumpDatabase(t.dbFile)).toBe(before);
    const edited = await t.ok('titles.update', { id: title.id, subtitle: '西行漫记', isbn: '' });
    expect(edited).toMatchObject({ subtitle: '西行漫记', isbn: null, title: '红星照耀中国' });
  });

  it('shows a visitor where a book stands, how many are in, when one comes back, and a QR text', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    await t.borrower('C002');
    const { id, barcodes } = await t.title('红岩', 2, {
      authors: [{ name: '罗广斌' }, { name: '杨益言' }],
      publisher: '中国青年出版社',
      year: 2019,
      callNumber: 'I247.5/1',
    });
    let detail = await t.ok('catalogue.getTitle', { id });
    expect(detail.availability).toMatchObject({ copiesIn: 2, copiesTotal: 2, firstDueBack: null });
    expect(detail.availability.shelf?.name).toBe('测试书架');
    expect(detail.qr.split('\n')).toEqual([
      '《红岩》',
      '罗广斌 著；杨益言 著',
      '中国青年出版社 2019',
      '索书号 I247.5/1',
      '馆藏 测试书架',
    ]);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId: t.rid() });
    await t.days(3);
    await t.ok('lending.checkout', { cardNo: 'C002', barcode: barcodes[1]!, requestId: t.rid() });
    detail = await t.ok('catalogue.getTitle', { id });
    expect(detail.availability).toMatchObject({ copiesIn: 0, copiesTotal: 2, firstDueBack: '2026-04-01' });
    // 30 days from 5 March is 清明 (4–6 April), when the centre is closed.
    expect(detail.copies.map((c) => [c.status, c.dueBack])).toEqual([
      ['on_loan', '2026-04-01'],
      ['on_loan', '2026-04-07'],
    ]);
    expect((await t.refused('catalogue.getTitle', { id: 999 }, 'visitor')).code).toBe('not_found');
  });

  it('lists a shelf by pinyin or popularity, new arrivals, most borrowed and reading lists', async () => {
    const t = await openLibrary();
    await t.borrower('C001', 'volunteer');
    const names = ['中国共产党简史', '矛盾论', '阿Q正传', '保卫延安', '红岩'];
    const made = new Map<string, { id: number; barcodes: string[] }>();
    for (const n of names) made.set(n, await t.title(n, 1));
    for (const n of ['红岩', '保卫延安', '红岩']) {
      const barcode = made.get(n)!.barcodes[0]!;
      await t.ok('lending.checkout', { cardNo: 'C001', barcode, requestId: t.rid() });
      await t.ok('lending.return', { barcode, requestId: t.rid() });
    }
    const byPinyin = await t.ok('catalogue.shelf', { id: t.shelfId, sort: 'pinyin' }, 'visitor');
    expect(byPinyin.rows.map((r) => r.title)).toEqual([
      '阿Q正传',
      '保卫延安',
      '红岩',
      '矛盾论',
      '中国共产党简史',
    ]);
    expect(byPinyin.shelf.titleCount).toBe(5);
    const paged = await t.ok(
      'catalogue.shelf',
      { id: t.shelfId, sort: 'pinyin', offset: 2, limit: 2 },
      'visitor',
    );
    expect(paged.rows.map((r) => r.title)).toEqual(['红岩', '矛盾论']);
    expect(paged.total).toBe(5);
    const popular = await t.ok('catalogue.shelf', { id: t.shelfId, sort: 'popular', limit: 2 }, 'visitor');
    expect(popular.rows.map((r) => [r.title, r.loanCount])).toEqual([
      ['红岩', 2],
      ['保卫延安', 1],
    ]);
    const most = await t.ok('catalogue.popular', {}, 'visitor');
    expect(most.rows.map((r) => r.title)).toEqual(['红岩', '保卫延安']);
    const fresh = await t.ok('catalogue.newArrivals', { limit: 1 }, 'visitor');
    expect(fresh.total).toBe(5);

    const list = await t.ok('readingLists.save', {
      name: '入门书单',
      titleIds: [made.get('矛盾论')!.id, made.get('红岩')!.id],
      submit: true,
    });
    expect(list.titleCount).toBe(2);
    // Visitors see a reading list once another staff member approved it (publishing.test.ts).
    const reviewer = await t.staffMember('rev1', ['reviewer']);
    await t.ok('publishing.approve', { versionId: list.publishing!.pending!.versionId }, reviewer);
    const sorted = await t.ok('catalogue.readingList', { id: list.id, sort: 'pinyin' }, 'visitor');
    expect(sorted.rows.map((r) => r.title)).toEqual(['红岩', '矛盾论']);
    const shown = await t.ok('catalogue.readingList', { id: list.id }, 'visitor');
    expect(shown.rows.map((r) => r.title)).toEqual(['矛盾论', '红岩']);
    expect((await t.ok('catalogue.readingLists', {}, 'visitor')).map((l) => l.name)).toEqual(['入门书单']);
    expect((await t.ok('catalogue.getTitle', { id: made.get('红岩')!.id })).readingLists).toEqual([
      { id: list.id, name: '入门书单' },
    ]);
  });

  it('adds copies with made or given barcodes, moves them, and refuses a taken barcode', async () => {
    const t = await openLibrary();
    const { id, barcodes } = await t.title('党章', 2);
    expect(barcodes).toEqual(['HY000001', 'HY000002']);
    const given = await t.ok('copies.add', { titleId: id, barcode: ' ｂｋ-００７ ', shelfId: null });
    expect(given.barcode).toBe('BK-007');
    expect((await t.refused('copies.add', { titleId: id, barcode: 'bk-007', shelfId: null })).code).toBe(
      'duplicate',
    );
    const other = await t.ok('shelves.create', { name: '党建书架' });
    expect((await t.refused('shelves.create', { name: '党建书架' })).code).toBe('duplicate');
    expect(await t.ok('copies.move', { barcodes: ['HY000001', 'BK-007'], shelfId: other.id })).toEqual({
      moved: 2,
    });
    const shelves = await t.ok('catalogue.shelves', {}, 'visitor');
    expect(shelves.map((s) => [s.name, s.titleCount])).toEqual([
      ['测试书架', 1],
      ['党建书架', 1],
    ]);
    expect((await t.refused('copies.move', { barcodes: ['NOPE'], shelfId: other.id })).code).toBe(
      'not_found',
    );
  });

  it('masks phone numbers and lists borrowers by the pinyin of their names', async () => {
    const t = await openLibrary();
    await t.ok('borrowers.create', { cardNo: 'c1', name: '赵六', type: 'employee', phone: '138-1234-5678' });
    await t.ok('borrowers.create', { cardNo: 'c2', name: '安娜', type: 'resident', company: '星湖科技' });
    const b = await t.ok('borrowers.find', { cardNo: 'C1' });
    expect(b.phone).toBe('138****5678');
    expect((await t.refused('borrowers.create', { cardNo: 'C1', name: 'x', type: 'employee' })).code).toBe(
      'duplicate',
    );
    const list = await t.ok('borrowers.list', {});
    expect(list.rows.map((r) => r.name)).toEqual(['安娜', '赵六']);
    expect((await t.ok('borrowers.list', { q: '星湖' })).rows.map((r) => r.cardNo)).toEqual(['C2']);
    const db = new Database(t.dbFile, { readonly: true });
    expect(db.prepare("SELECT phone FROM borrowers WHERE card_no = 'C1'").pluck().get()).toBe('13812345678');
    db.close();
  });

  it('keeps the one-open-loan invariant in the schema itself', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { barcodes } = await t.title('红岩', 1);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId: t.rid() });
    const db = new Database(t.dbFile);
    try {
      const second = () =>
        db
          .prepare(
            `INSERT INTO loans (copy_id, title_id, borrower_id, loaned_at, due_on)
             SELECT copy_id, title_id, borrower_id, loaned_at, due_on FROM loans`,
          )
          .run();
      expect(second).toThrow();
      expect(() => db.prepare("UPDATE copies SET status = 'available'").run()).toThrow(/match its loans/);
    } finally {
      db.close();
    }
  });
});
