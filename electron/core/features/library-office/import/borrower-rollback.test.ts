import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { KioskEvent } from '../../../../shared';
import { dumpDatabase } from '../../../testing';
import { b64, importBorrowers, openOffice, query } from '../testing/office-testing';

// A roster is one transaction: a row the database refuses halfway down takes back the rows above
// it (new cards and updates alike) and leaves no audit entry and no "library changed" push.

const ROSTER = [
  '借书证号,姓名,单位',
  'R1,张建国（新单位）,星湖精密制造有限公司',
  'R2,李秀英,星湖社区',
  'R3,坏行,星湖社区',
  'R4,赵志强,星湖社区',
].join('\n');

describe('borrowers.import rolls back on a bad row', () => {
  test('a row refused by the database leaves every borrower, the audit and the screens as they were', async () => {
    const t = await openOffice();
    await t.ok('borrowers.create', { cardNo: 'R1', name: '张建国', type: 'employee', company: '旧单位' });
    // A real SQLite failure on the fourth row (as a full disk or a bug would raise), added from outside.
    const side = new Database(t.dbFile);
    side.exec(`CREATE TRIGGER bad_row BEFORE INSERT ON borrowers WHEN NEW.card_no = 'R3'
               BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    side.close();
    const events: KioskEvent[] = [];
    t.core.onEvent((e) => events.push(e));
    const before = dumpDatabase(t.dbFile);

    const error = await t.refused('borrowers.import', { fileName: '读者.csv', contentBase64: b64(ROSTER) });
    expect(error.code).toBe('internal');
    expect(dumpDatabase(t.dbFile)).toBe(before);
    expect(query(t, 'SELECT card_no, name, company FROM borrowers ORDER BY id')).toEqual([
      { card_no: 'R1', name: '张建国', company: '旧单位' },
    ]);
    expect((await t.ok('audit.list', {})).rows.map((a) => a.action)).not.toContain('borrowers.import');
    expect(events.filter((e) => e.name === 'data.changed')).toEqual([]);

    // Without the failure the same file goes in whole: the rollback above was the bad row's doing.
    const fix = new Database(t.dbFile);
    fix.exec('DROP TRIGGER bad_row');
    fix.close();
    const report = await importBorrowers(t, '读者.csv', ROSTER);
    expect(report).toMatchObject({ added: 3, updated: 1, skipped: [], warnings: [] });
    expect(query(t, 'SELECT card_no FROM borrowers ORDER BY card_no')).toEqual(
      ['R1', 'R2', 'R3', 'R4'].map((card_no) => ({ card_no })),
    );
  });
});
