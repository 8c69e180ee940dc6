import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { ImportReport } from '../../../../shared/library-office.api';
import { dumpDatabase, isBusy, type TestCore } from '../../../testing';
import { yieldToLoop } from '../../../platform/work/slices';
import { b64, openOffice, query } from '../testing/office-testing';

/** Enough rows for several slices of the import (a slice is at most 1,000 rows). */
const ROWS = 3000;

/** A catalogue of distinct titles, 复本数 1–2; every 500th row carries a mistyped ISBN. */
function bigCsv(): string {
  const lines = ['书名,作者,ISBN,复本数,馆藏位置'];
  for (let i = 1; i <= ROWS; i++) {
    lines.push(`园区读本第${i}册,编写组 编,${i % 500 === 0 ? '978-7-02-00586' : ''},${1 + (i % 2)},新书架`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Whether a write transaction is open on the file, as another process would see it: a side
 * connection tries to take the write lock without waiting (and lets it go at once when it can).
 */
function writeLockHeld(dbFile: string): boolean {
  const side = new Database(dbFile, { fileMustExist: true, timeout: 0 });
  try {
    side.exec('BEGIN IMMEDIATE');
    side.exec('ROLLBACK');
    return false;
  } catch (err) {
    if (isBusy(err)) return true;
    throw err;
  } finally {
    side.close();
  }
}

/** Starts the import and waits, turn by turn of the event loop, until it is writing. */
async function importUntilWriting(t: TestCore, csv: string) {
  const events: string[] = [];
  const running = t.invoke('catalogue.import', { fileName: 'big.csv', contentBase64: b64(csv) });
  const done = running.then((r) => {
    events.push('import answered');
    return r;
  });
  let turns = 0;
  while (!writeLockHeld(t.dbFile)) {
    if (events.length > 0) throw new Error('The import ended before it was seen writing');
    if (++turns > 100_000) throw new Error('The import never took the write lock');
    await yieldToLoop();
  }
  return { events, done };
}

const search = async (t: TestCore, q: string) =>
  (await t.ok('catalogue.search', { q, limit: 5 }, 'test:visitor')).total;

describe('a catalogue import of thousands of rows', () => {
  test('other calls are answered while it writes: reads see the catalogue as before, a write waits for the commit', async () => {
    const t = await openOffice();
    const { events, done } = await importUntilWriting(t, bigCsv());

    // A visitor's search, asked while the import holds the write lock, is answered before the import ends.
    const during = await search(t, '园区读本');
    events.push('search answered');
    // A desk write asked meanwhile is run once the import has committed, and then succeeds.
    let titlesWhenWritten: unknown;
    const write = t.ok('borrowers.create', { cardNo: 'W1', name: '王芳', type: 'employee' }).then(() => {
      titlesWhenWritten = query(t, 'SELECT count(*) AS n FROM titles');
      events.push('write answered');
    });

    const result = await done;
    await write;
    expect(events[0]).toBe('search answered');
    expect(events.slice(1).sort()).toEqual(['import answered', 'write answered']);
    expect(titlesWhenWritten).toEqual([{ n: ROWS }]);
    expect(during).toBe(0);

    expect(result.ok).toBe(true);
    const report = (result as { ok: true; value: ImportReport }).value;
    expect(report).toMatchObject({ rows: ROWS, added: ROWS, copiesAdded: ROWS + ROWS / 2 });
    // The bad ISBNs are reported with their rows, as in a small file.
    expect(report.warnings.filter((w) => w.reason === 'isbn_invalid').map((w) => w.row)).toEqual(
      [500, 1000, 1500, 2000, 2500, 3000].map((i) => i + 1),
    );
    expect(await search(t, '园区读本第2999册')).toBeGreaterThan(0);
    expect(query(t, 'SELECT count(*) AS n FROM titles')).toEqual([{ n: ROWS }]);
    expect(query(t, "SELECT name FROM borrowers WHERE card_no = 'W1'")).toEqual([{ name: '王芳' }]);
  });

  test('writes that are not declared wait for the commit too: a visit ended, a wrong PIN counted', async () => {
    const t = await openOffice();
    const { visitId } = await t.ok('visits.begin', { language: 'zh-CN' }, 'kiosk');
    const { events, done } = await importUntilWriting(t, bigCsv());

    await t.ok('kiosk.reset', { visitId }, 'kiosk');
    events.push('reset answered');
    const ended = () => query<{ ended: number }>(t, 'SELECT ended_at IS NOT NULL AS ended FROM visits');
    expect(ended()).toEqual([{ ended: 0 }]);
    const wrong = await t.refused('auth.signIn', { staffNo: 'admin', pin: '000000' }, 'desk');

    expect((await done).ok).toBe(true);
    expect(events).toEqual(['reset answered', 'import answered']);
    expect(wrong.code).toBe('wrong_pin');
    expect(ended()).toEqual([{ ended: 1 }]);
    expect(
      query(
        t,
        "SELECT p.failures FROM pin_locks p JOIN staff s ON s.id = p.staff_id WHERE s.staff_no = 'admin'",
      ),
    ).toEqual([{ failures: 1 }]);
  });

  test('a failure on a row in a late slice rolls back the whole file, and is answered as before', async () => {
    const t = await openOffice();
    await t.ok('titles.create', { title: '原有的书' });
    const side = new Database(t.dbFile);
    side.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON titles WHEN NEW.title = '园区读本第2800册'
               BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    side.close();
    const before = dumpDatabase(t.dbFile);

    const { events, done } = await importUntilWriting(t, bigCsv());
    expect(await search(t, '原有的书')).toBe(1);
    events.push('search answered');
    const result = await done;

    expect(events).toEqual(['search answered', 'import answered']);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(dumpDatabase(t.dbFile)).toBe(before);
    expect(await search(t, '园区读本')).toBe(0);
  });
});
