import { describe, expect, test } from 'vitest';
import { makeXlsx } from '../../../platform/tables/tables-testing';
import { dumpDatabase } from '../../../testing';
import { encodeGb18030 } from '../../../platform/tables/gb18030-encode';
import { b64, importBorrowers, openOffice, query } from '../testing/office-testing';

interface BorrowerRow {
  card_no: string;
  name: string;
  phone: string | null;
  company: string | null;
  party_branch: string | null;
  type: string;
  note: string | null;
}
const borrowers = (t: Awaited<ReturnType<typeof openOffice>>) =>
  query<BorrowerRow>(
    t,
    'SELECT card_no, name, phone, company, party_branch, type, note FROM borrowers ORDER BY id',
  );

describe('borrowers.import', () => {
  test('a GB18030 roster: type labels, full-width phones, skipped and warned rows', async () => {
    const t = await openOffice();
    const csv = [
      '借书证号,姓名,手机,单位,党支部,读者类型,备注',
      'D0001,张建国,１３８１２３４１２３４,星湖精密制造有限公司,第一党支部,党员,',
      'd0002,李秀英,139-0000-1111,星湖精密制造有限公司,,职工,夜班',
      'D0003,王芳,abc,,,访客,',
      'D0004,赵志强,,,第二党支部,,',
      ',无卡号,13800000000,,,,',
      'D0005,,13800000000,,,,',
      'D0001,张建国（重复）,,,,,',
      'D0006,刘洋,,星湖社区,,居民,',
      'D0007,陈静,,,,志愿者,',
    ].join('\r\n');
    const r = await importBorrowers(t, '读者.csv', encodeGb18030(csv));
    expect(r).toMatchObject({ encoding: 'gb18030', rows: 9, added: 6, updated: 0, copiesAdded: 0 });
    expect(r.skipped).toEqual([
      { row: 6, reason: 'card_missing' },
      { row: 7, reason: 'name_missing' },
      { row: 8, reason: 'card_duplicate_in_file', params: { cardNo: 'D0001', firstRow: 2 } },
    ]);
    expect(r.warnings).toEqual([
      { row: 4, reason: 'phone_invalid', params: { value: 'abc' } },
      { row: 4, reason: 'type_unknown', params: { value: '访客', used: 'employee' } },
    ]);
    expect(borrowers(t)).toEqual([
      {
        card_no: 'D0001',
        name: '张建国',
        phone: '13812341234',
        company: '星湖精密制造有限公司',
        party_branch: '第一党支部',
        type: 'party_member',
        note: null,
      },
      {
        card_no: 'D0002',
        name: '李秀英',
        phone: '13900001111',
        company: '星湖精密制造有限公司',
        party_branch: null,
        type: 'employee',
        note: '夜班',
      },
      {
        card_no: 'D0003',
        name: '王芳',
        phone: null,
        company: null,
        party_branch: null,
        type: 'employee',
        note: null,
      },
      // No type given: listed under a party branch, so a party member.
      {
        card_no: 'D0004',
        name: '赵志强',
        phone: null,
        company: null,
        party_branch: '第二党支部',
        type: 'party_member',
        note: null,
      },
      {
        card_no: 'D0006',
        name: '刘洋',
        phone: null,
        company: '星湖社区',
        party_branch: null,
        type: 'resident',
        note: null,
      },
      {
        card_no: 'D0007',
        name: '陈静',
        phone: null,
        company: null,
        party_branch: null,
        type: 'volunteer',
        note: null,
      },
    ]);
    const found = await t.ok('borrowers.find', { cardNo: 'D0001' });
    expect(found.phone).toBe('138****1234');
  });

  test('known cards are updated; a column the sheet lacks and a masked phone keep what is there', async () => {
    const t = await openOffice();
    await t.ok('borrowers.create', {
      cardNo: 'C1',
      name: '张三',
      phone: '13812341234',
      type: 'employee',
      company: '甲公司',
    });
    await t.ok('borrowers.create', { cardNo: 'C2', name: '李四', type: 'employee' });
    const xlsx = await makeXlsx([
      ['Card No', 'Name', 'Phone', 'Party branch'],
      ['C1', '张三', '138****1234', '第三党支部'],
      ['C2', '李四', null, null],
      ['C3', '王五', 13700001111, null],
    ]);
    const r = await importBorrowers(t, 'roster.xlsx', xlsx);
    // C2 is unchanged: not counted as updated.
    expect(r).toMatchObject({ format: 'xlsx', added: 1, updated: 1, skipped: [], warnings: [] });
    expect(borrowers(t).map((b) => [b.card_no, b.phone, b.company, b.party_branch])).toEqual([
      ['C1', '13812341234', '甲公司', '第三党支部'],
      ['C2', null, null, null],
      ['C3', '13700001111', null, null],
    ]);
  });

  test('a roster without card numbers or names is refused and changes nothing', async () => {
    const t = await openOffice();
    const before = dumpDatabase(t.dbFile);
    const noCard = await t.refused('borrowers.import', {
      fileName: 'a.csv',
      contentBase64: b64('姓名,电话\n张三,1\n'),
    });
    expect(noCard).toMatchObject({ code: 'import_unreadable', details: { problem: 'no_card_column' } });
    const noName = await t.refused('borrowers.import', {
      fileName: 'a.csv',
      contentBase64: b64('卡号,电话\nA1,1\n'),
    });
    expect(noName).toMatchObject({ code: 'import_unreadable', details: { problem: 'no_name_column' } });
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });
});
