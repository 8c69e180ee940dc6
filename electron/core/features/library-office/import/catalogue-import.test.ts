import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { makeXlsx } from '../../../platform/tables/tables-testing';
import type { KioskEvent } from '../../../../shared';
import { dumpDatabase } from '../../../testing';
import { encodeGb18030 } from '../../../platform/tables/gb18030-encode';
import { MAX_IMPORT_ROWS } from './import.service';
import {
  b64,
  catalogueSnapshot,
  importCatalogue,
  openOffice,
  query,
  withBom,
} from '../testing/office-testing';

interface CopyRow {
  barcode: string;
  title: string;
  shelf: string | null;
  status: string;
}
const copiesOf = (t: Awaited<ReturnType<typeof openOffice>>) =>
  query<CopyRow>(
    t,
    `SELECT c.barcode, t.title, s.name AS shelf, c.status FROM copies c JOIN titles t ON t.id = c.title_id
     LEFT JOIN shelves s ON s.id = c.shelf_id ORDER BY c.id`,
  );

describe('catalogue.import', () => {
  test('a GB18030 CSV as a Chinese library system exports it', async () => {
    const t = await openOffice();
    const csv = [
      '题名,责任者,出版者,出版日期,ISBN,索书号,中图分类号,条码号,馆藏地',
      '红岩,罗广斌，杨益言著,中国青年出版社,2019年5月,978-7-5123-4567-6,I247.5/12,I247.5,A0001,红色经典',
      '"共产党宣言",〔德〕马克思，恩格斯 著,人民出版社,2014.08,,A811.22/1,A81,A0002,党史学习角',
    ].join('\r\n');
    const r = await importCatalogue(t, '馆藏.csv', encodeGb18030(csv));
    expect(r).toMatchObject({
      format: 'csv',
      encoding: 'gb18030',
      headerRow: 1,
      rows: 2,
      added: 2,
      copiesAdded: 2,
    });
    expect(r.skipped).toEqual([]);
    expect(r.shelvesCreated).toEqual(['红色经典', '党史学习角']);
    expect(r.warnings.map((w) => [w.row, w.reason])).toEqual([
      [2, 'shelf_created'],
      [3, 'shelf_created'],
    ]);

    const found = await t.ok('catalogue.search', { q: '红岩' });
    const hit = found.rows[0];
    expect(hit?.title).toBe('红岩');
    const detail = await t.ok('catalogue.getTitle', { id: hit?.id ?? 0 });
    expect(detail).toMatchObject({
      isbn: '9787512345676',
      publisher: '中国青年出版社',
      year: 2019,
      clc: 'I',
      callNumber: 'I247.5/12',
      copiesIn: 1,
      copiesTotal: 1,
    });
    expect(detail.authors).toEqual([
      { name: '罗广斌', role: 'author', nationality: null },
      { name: '杨益言', role: 'author', nationality: null },
    ]);
    expect(detail.copies.map((c) => [c.barcode, c.shelfName])).toEqual([['A0001', '红色经典']]);
    const [marx] = (await t.ok('catalogue.search', { q: 'gongchandang' })).rows;
    expect(marx?.authors).toEqual([
      { name: '马克思', role: 'author', nationality: '德' },
      { name: '恩格斯', role: 'author', nationality: null },
    ]);
    expect(marx?.clc).toBe('A');
  });

  test('UTF-8 with a BOM: full-width digits, a hyphenated ISBN-10, 复本数 without barcodes', async () => {
    const t = await openOffice();
    await t.ok('titles.create', { title: '已有的书' });
    const existing = await t.ok('titles.create', { title: '另一本' });
    await t.ok('copies.add', { titleId: existing.id, barcode: 'HY000007', shelfId: null });
    const csv = [
      '书名,作者,出版年,ISBN,复本数,页数,版次',
      '红星照耀中国,〔美〕埃德加·斯诺 著； 董乐山 译,２０１６年６月,７-０２-０００２２０-Ｘ,３,３８０页,第２版',
      '谁是最可爱的人,魏巍,1951,ISBN 978-7-02-011111-4,2,,',
    ].join('\n');
    const r = await importCatalogue(t, 'books.csv', withBom(csv));
    expect(r).toMatchObject({ encoding: 'utf-8', added: 2, copiesAdded: 5, skipped: [], warnings: [] });
    // The centre's pattern, after the highest HY barcode already there.
    expect(r.newBarcodes).toEqual(['HY000008', 'HY000009', 'HY000010', 'HY000011', 'HY000012']);
    const [star] = (await t.ok('catalogue.search', { q: '红星照耀' })).rows;
    const detail = await t.ok('catalogue.getTitle', { id: star?.id ?? 0 });
    expect(detail).toMatchObject({
      isbn: '9787020002207',
      year: 2016,
      pages: 380,
      edition: '第2版',
      copiesTotal: 3,
    });
    expect(detail.authors).toEqual([
      { name: '埃德加·斯诺', role: 'author', nationality: '美' },
      { name: '董乐山', role: 'translator', nationality: null },
    ]);
    expect(detail.copies.every((c) => c.shelfId === null)).toBe(true);
  });

  test('UTF-8 without a BOM, `;` delimited, blank lines and quoted fields: row numbers as the sheet shows them', async () => {
    const t = await openOffice();
    const csv = [
      'Title;Author(s);Publisher;Year;ISBN;Barcode;Summary',
      '',
      '"Red Star; Over China";Edgar Snow;"Random House";1937;12345;E001;"A report,',
      'in two lines, with ""quotes"""',
      ';;;;;;',
      'Second Book;;;;;E002;',
      '',
    ].join('\r\n');
    const r = await importCatalogue(t, 'list.txt', csv);
    expect(r).toMatchObject({ encoding: 'utf-8', rows: 2, added: 2, copiesAdded: 2 });
    // Row 3 spans two lines (one row in Excel); row 4 is blank; the second book is row 5.
    expect(r.warnings).toEqual([{ row: 3, reason: 'isbn_invalid', params: { value: '12345' } }]);
    const [book] = (await t.ok('catalogue.search', { q: 'E001' })).rows;
    const detail = await t.ok('catalogue.getTitle', { id: book?.id ?? 0 });
    expect(detail).toMatchObject({ title: 'Red Star; Over China', isbn: null, year: 1937 });
    expect(detail.summary).toBe('A report,\nin two lines, with "quotes"');
    const [second] = (await t.ok('catalogue.search', { q: 'E002' })).rows;
    expect(second?.title).toBe('Second Book');
  });

  test('XLSX: a banner row above the header, numbers, dates and rich text in cells', async () => {
    const t = await openOffice();
    const xlsx = await makeXlsx([
      ['星湖园区红色书吧馆藏清单'],
      [],
      ['序号', '正题名', '第一责任者', '出版社', '出版日期', 'ISBN号', '条码', '书架', '备注'],
      [
        1,
        { richText: [{ text: '平凡的' }, { text: '世界' }] },
        '路遥著',
        '北京十月文艺出版社',
        new Date(Date.UTC(2017, 5, 1)),
        9787208000018,
        100234,
        '二楼东架',
        '捐赠',
      ],
      [2, '长征', '王树增', '人民文学出版社', 2006, '978-7-02-003457-4', 'B0002', '二楼东架', null],
    ]);
    const r = await importCatalogue(t, 'catalogue.xlsx', xlsx);
    expect(r).toMatchObject({
      format: 'xlsx',
      encoding: null,
      headerRow: 3,
      rows: 2,
      added: 2,
      copiesAdded: 2,
    });
    expect(r.ignoredColumns).toEqual(['序号', '备注']);
    expect(r.skipped).toEqual([]);
    expect(r.warnings).toEqual([{ row: 4, reason: 'shelf_created', params: { shelf: '二楼东架' } }]);
    expect(copiesOf(t).map((c) => [c.barcode, c.title, c.shelf])).toEqual([
      ['100234', '平凡的世界', '二楼东架'],
      ['B0002', '长征', '二楼东架'],
    ]);
    const [book] = (await t.ok('catalogue.search', { q: '平凡的世界' })).rows;
    expect(book).toMatchObject({ isbn: '9787208000018', year: 2017, publisher: '北京十月文艺出版社' });
  });

  test('a repeated ISBN adds copies to one title, in the file and against the catalogue', async () => {
    const t = await openOffice();
    const first = [
      '书名,ISBN,条码,出版社',
      '红岩,9787512345676,R1,',
      '红岩（珍藏版）,978-7-5123-4567-6,R2,',
    ].join('\n');
    const r1 = await importCatalogue(t, 'a.csv', first);
    expect(r1).toMatchObject({ added: 1, updated: 0, copiesAdded: 2 });
    expect(r1.warnings).toEqual([
      { row: 3, reason: 'isbn_other_title', params: { isbn: '9787512345676', title: '红岩' } },
    ]);
    const second = ['书名,ISBN,条码,出版社', '红岩,7-5123-4567-4,R3,中国青年出版社'].join('\n');
    const r2 = await importCatalogue(t, 'b.csv', second);
    expect(r2).toMatchObject({ added: 0, updated: 1, copiesAdded: 1 });
    const titles = query<{ title: string; publisher: string | null; copies_total: number }>(
      t,
      'SELECT title, publisher, copies_total FROM titles',
    );
    // The empty publisher was filled in; nothing the catalogue held was overwritten.
    expect(titles).toEqual([{ title: '红岩', publisher: '中国青年出版社', copies_total: 3 }]);
  });

  test('new titles are found at once, among the books in when a row further down brings one in', async () => {
    const t = await openOffice();
    const csv = [
      '书名,作者,复本数,状态,索书号',
      '甲种本,王一,1,遗失,',
      '甲种本,王一,1,,',
      '乙种本,李二,1,遗失,',
      // Joins 乙种本 and fills its call number in: re-indexed there, before its copy is in.
      '乙种本,李二,1,,K1',
      '丙种本,张三,1,遗失,',
    ].join('\n');
    const r = await importCatalogue(t, 'join.csv', csv);
    expect(r).toMatchObject({ added: 3, updated: 0, copiesAdded: 5 });
    const indexed = query<{ title: string; available: number }>(
      t,
      `SELECT t.title, s.rowid = t.id AS available FROM search_title_han s
       JOIN titles t ON t.id = s.rowid % ${2 ** 40} ORDER BY t.id`,
    );
    expect(indexed).toEqual([
      { title: '甲种本', available: 1 },
      { title: '乙种本', available: 1 },
      { title: '丙种本', available: 0 },
    ]);
    for (const q of ['甲种本', 'yizhongben', 'K1', '丙种本']) {
      expect((await t.ok('catalogue.search', { q })).total, q).toBe(1);
    }
  });

  test('a repeated barcode is refused with its row, in the file and against the catalogue', async () => {
    const t = await openOffice();
    const title = await t.ok('titles.create', { title: '旧书' });
    await t.ok('copies.add', { titleId: title.id, barcode: 'X9', shelfId: null });
    const csv = ['书名,条码号', '甲,X1', '乙,X1', '丙,X9', '丁,"X2；X9"', '戊,x-3', '己,坏码!'].join('\n');
    const r = await importCatalogue(t, 'dups.csv', csv);
    expect(r.skipped).toEqual([
      { row: 3, reason: 'barcode_duplicate_in_file', params: { barcode: 'X1', firstRow: 2 } },
      { row: 4, reason: 'barcode_exists', params: { barcode: 'X9' } },
      { row: 7, reason: 'barcode_invalid' },
    ]);
    expect(r.warnings).toEqual([
      { row: 5, reason: 'barcode_exists', params: { barcode: 'X9' } },
      { row: 7, reason: 'barcode_invalid', params: { barcode: '坏码!' } },
    ]);
    expect(r).toMatchObject({ added: 3, copiesAdded: 3, newBarcodes: ['X1', 'X2', 'X-3'] });
    expect(copiesOf(t).map((c) => `${c.title}:${c.barcode}`)).toEqual([
      '旧书:X9',
      '甲:X1',
      '丁:X2',
      '戊:X-3',
    ]);
  });

  test('an invalid ISBN is a warning with its row; the book is imported without it', async () => {
    const t = await openOffice();
    const csv = [
      '书名,ISBN,出版年,中图分类号',
      '甲,978-7-02-011111-5,1990,D',
      '乙,9.78702E+12,九〇年,W12',
    ].join('\n');
    const r = await importCatalogue(t, 'isbn.csv', csv);
    expect(r.added).toBe(2);
    expect(r.warnings).toEqual([
      { row: 2, reason: 'isbn_invalid', params: { value: '978-7-02-011111-5' } },
      { row: 3, reason: 'isbn_excel_number', params: { value: '9.78702E+12' } },
      { row: 3, reason: 'year_invalid', params: { value: '九〇年' } },
      { row: 3, reason: 'clc_invalid', params: { value: 'W12' } },
    ]);
    expect(query(t, 'SELECT title, isbn, year, clc FROM titles ORDER BY id')).toEqual([
      { title: '甲', isbn: null, year: 1990, clc: 'D' },
      { title: '乙', isbn: null, year: null, clc: null },
    ]);
  });

  test('unknown headers are ignored; a file with no title column is refused and changes nothing', async () => {
    const t = await openOffice();
    const r = await importCatalogue(t, 'x.csv', 'Ｔｉｔｌｅ ,价格,Call No.\n书一,12.00,K27/1\n');
    expect(r.columns).toEqual({ title: 'Ｔｉｔｌｅ', callNumber: 'Call No.' });
    expect(r.ignoredColumns).toEqual(['价格']);
    const before = dumpDatabase(t.dbFile);
    const refused = await t.refused('catalogue.import', {
      fileName: 'x.csv',
      contentBase64: b64('名称,价格\n书一,12\n'),
    });
    expect(refused).toMatchObject({ code: 'import_unreadable', details: { problem: 'no_title_column' } });
    const xls = await t.refused('catalogue.import', {
      fileName: 'old.xls',
      contentBase64: b64(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    });
    expect(xls).toMatchObject({ code: 'import_unreadable', details: { problem: 'xls_format' } });
    const empty = await t.refused('catalogue.import', { fileName: 'e.csv', contentBase64: b64('\r\n\r\n') });
    expect(empty).toMatchObject({ code: 'import_unreadable', details: { problem: 'empty' } });
    const huge = `书名\n${'书\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const tooMany = await t.refused('catalogue.import', { fileName: 'h.csv', contentBase64: b64(huge) });
    expect(tooMany).toMatchObject({ code: 'import_unreadable', details: { problem: 'too_many_rows' } });
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });

  test('a failure midway changes nothing: no title, copy, shelf or audit entry of the import stays', async () => {
    const t = await openOffice();
    await importCatalogue(t, 'first.csv', '书名,条码\n原有,P0\n');
    // A real SQLite failure on the third row (as a full disk or a bug would raise), added from outside.
    const side = new Database(t.dbFile);
    side.exec(`CREATE TRIGGER fail_midway BEFORE INSERT ON titles WHEN NEW.title = '第三本'
               BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    side.close();
    const before = dumpDatabase(t.dbFile);
    const csv = '书名,条码,书架\n第一本,P1,新书架\n第二本,P2,新书架\n第三本,P3,新书架\n';
    const error = await t.refused('catalogue.import', { fileName: 'x.csv', contentBase64: b64(csv) });
    expect(error.code).toBe('internal');
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });

  test('the import is audited and tells the screens the library changed', async () => {
    const t = await openOffice();
    const events: KioskEvent[] = [];
    t.core.onEvent((e) => events.push(e));
    await importCatalogue(t, '新书.csv', '书名,复本数\n甲,2\n乙,0\n');
    expect(events.filter((e) => e.name === 'data.changed')).toEqual([
      { name: 'data.changed', data: { domain: 'library' } },
    ]);
    const audit = await t.ok('audit.list', {});
    const entry = audit.rows.find((a) => a.action === 'catalogue.import');
    expect(entry?.after).toMatchObject({ fileName: '新书.csv', added: 2, copiesAdded: 2 });
    expect(catalogueSnapshot(t).map((s) => [s.title, s.copies])).toEqual([
      ['乙', null],
      ['甲', 'HY000001:available:-,HY000002:available:-'],
    ]);
  });

  test('a barcode written further down the file is never generated for an earlier row', async () => {
    const t = await openOffice();
    const r = await importCatalogue(t, 'g.csv', '书名,复本数,条码\n甲,2,\n乙,1,HY000001\n');
    expect(r.skipped).toEqual([]);
    expect(r.newBarcodes).toEqual(['HY000002', 'HY000003', 'HY000001']);
  });

  test('only librarians import', async () => {
    const t = await openOffice();
    const error = await t.refused(
      'catalogue.import',
      { fileName: 'a.csv', contentBase64: b64('书名\n甲\n') },
      'kiosk',
    );
    expect(error.code).toBe('unauthenticated');
  });
});
