import { describe, expect, test } from 'vitest';
import { readXlsxExport } from '../../../platform/tables/tables-testing';
import type { ExportFile } from '../../../../shared/tables.types';
import {
  catalogueSnapshot,
  importBorrowers,
  importCatalogue,
  openOffice,
  query,
  withBom,
} from '../testing/office-testing';

type T = Awaited<ReturnType<typeof openOffice>>;

/** A small catalogue with what a real one has: roles and nationalities, shelves, no-ISBN titles, lost copies. */
async function buildCatalogue(t: T): Promise<void> {
  const csv = [
    '书名,副书名,作者,出版社,出版年,版次,页数,ISBN,中图分类号,索书号,条码号,馆藏位置,主题词,内容简介',
    '红星照耀中国,,"〔美〕埃德加·斯诺 著；董乐山 译",人民文学出版社,2016,第2版,380,978-7-02-000220-7,K26,K265/1,S001,党史学习角,长征；红军,"斯诺的报道。',
    '第二段。"',
    '红星照耀中国,,"〔美〕埃德加·斯诺 著；董乐山 译",人民文学出版社,2016,第2版,380,978-7-02-000220-7,K26,K265/1,S002,红色经典,长征；红军,',
    '毛泽东选集,第一卷,毛泽东 著,人民出版社,1991,,,,A41,A41/1,,党史学习角,,',
    '毛泽东选集,第一卷,毛泽东 著,人民出版社,1991,,,,A41,A41/1,,党史学习角,,',
    '"=SUM(1,2)",,"中共中央党史研究室 编, 张三 主编, 李四 绘, 王五 编著, 赵六 其他",,,,,,,,0012,红色经典,,',
  ].join('\n');
  const r = await importCatalogue(t, 'seed.csv', withBom(csv));
  expect(r.skipped).toEqual([]);
  await t.ok('titles.create', { title: '没有复本的书', publisher: '人民出版社' });
  await t.ok('copies.setStatus', { barcode: 'S002', status: 'lost' });
}

async function roundTrip(
  format: 'xlsx' | 'csv',
): Promise<{ file: ExportFile; before: unknown; after: unknown }> {
  const a = await openOffice();
  await buildCatalogue(a);
  const file = await a.ok('catalogue.export', { format });
  const b = await openOffice();
  const report = await b.ok('catalogue.import', {
    fileName: file.fileName,
    contentBase64: file.contentBase64,
  });
  expect(report.skipped).toEqual([]);
  expect(report.warnings.filter((w) => w.reason !== 'shelf_created')).toEqual([]);
  return { file, before: catalogueSnapshot(a), after: catalogueSnapshot(b) };
}

describe('exports', () => {
  test('a catalogue exported as XLSX imports into a fresh catalogue as the same titles and copies', async () => {
    const { file, before, after } = await roundTrip('xlsx');
    expect(file.fileName).toBe('馆藏目录-2025-03-01.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(after).toEqual(before);
    const rows = await readXlsxExport(file);
    expect(rows[0]?.slice(0, 4)).toEqual(['条码号', '书名', '副书名', '作者']);
    // Five copies and one title without copies: six rows under the header.
    expect(rows).toHaveLength(7);
  });

  test('a catalogue exported as CSV (UTF-8 with BOM) imports back the same', async () => {
    const { file, before, after } = await roundTrip('csv');
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    // Excel keeps long digit strings and leading zeros as text, and never runs a title as a formula.
    expect(text).toContain('"=""9787020002207"""');
    expect(text).toContain('"=""0012"""');
    expect(text).toContain(`"'=SUM(1,2)"`);
    expect(after).toEqual(before);
  });

  test('borrowers export with masked phones and imports back without losing a field', async () => {
    const a = await openOffice();
    await a.ok('borrowers.create', {
      cardNo: '0001',
      name: '张建国',
      phone: '13812341234',
      company: '星湖精密制造有限公司',
      partyBranch: '第一党支部',
      type: 'party_member',
      note: '老党员',
    });
    await a.ok('borrowers.create', { cardNo: 'V7', name: '陈静', type: 'volunteer' });
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await a.ok('borrowers.export', { format });
      expect(file.contentBase64).not.toContain(Buffer.from('13812341234').toString('base64'));
      const b = await openOffice();
      const r = await importBorrowers(b, file.fileName, Buffer.from(file.contentBase64, 'base64'));
      expect(r).toMatchObject({ added: 2, skipped: [], warnings: [] });
      const fields = 'card_no, name, company, party_branch, type, note, active';
      expect(query(b, `SELECT ${fields} FROM borrowers ORDER BY card_no`)).toEqual(
        query(a, `SELECT ${fields} FROM borrowers ORDER BY card_no`),
      );
      // A masked phone imported into the same roster changes nothing.
      const again = await importBorrowers(a, file.fileName, Buffer.from(file.contentBase64, 'base64'));
      expect(again).toMatchObject({ added: 0, updated: 0 });
      expect(query(a, "SELECT phone FROM borrowers WHERE card_no = '0001'")).toEqual([
        { phone: '13812341234' },
      ]);
    }
  });

  test('loans export: the loans of the range, or the open ones', async () => {
    const t = await openOffice();
    await importCatalogue(t, 'c.csv', '书名,条码\n甲,L1\n乙,L2\n');
    await t.ok('borrowers.create', { cardNo: 'B1', name: '张三', type: 'employee', company: '甲公司' });
    await t.ok('lending.checkout', { cardNo: 'B1', barcode: 'L1', requestId: 'req-00001' });
    await t.ok('lending.checkout', { cardNo: 'B1', barcode: 'L2', requestId: 'req-00002' });
    await t.ok('lending.return', { barcode: 'L1', requestId: 'req-00003' });
    const all = await readXlsxExport(await t.ok('loans.export', { format: 'xlsx' }));
    expect(all.slice(1).map((r) => [r[0], r[4], r[5], r[10]])).toEqual([
      ['B1', 'L1', '甲', '已还'],
      ['B1', 'L2', '乙', '在借'],
    ]);
    const open = await readXlsxExport(await t.ok('loans.export', { format: 'xlsx', openOnly: true }));
    expect(open.slice(1).map((r) => r[4])).toEqual(['L2']);
    const none = await readXlsxExport(
      await t.ok('loans.export', { format: 'xlsx', from: '2024-01-01', to: '2024-12-31' }),
    );
    expect(none).toHaveLength(1);
  });
});
