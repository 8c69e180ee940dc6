import { threadId } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import type { ImportReport } from '../../../../shared/library-office.api';
import type { AppServices, Ctx } from '../../../context';
import { storageFault } from '../../../db/storage-faults';
import { DomainError } from '../../../errors';
import { b64, openOffice, query } from '../testing/office-testing';
import { received, runLongWrite, sendable, type LongWriteDone } from '../../../long-write-worker';

const ROSTER = '姓名,借书证号\n王芳,W1\n李强,W2\n';

describe('an import, a long write on its worker thread', () => {
  test('runs off core’s thread, on the same worker each time, and keeps its audit', async () => {
    const t = await openOffice();
    const ctx = {
      clientId: 'test:desk',
      peer: { screen: true, address: 'screen' },
      staff: { id: 1, staffNo: 'admin', name: '管理员', roles: ['admin'] },
      now: () => new Date('2026-05-04T02:00:00Z'),
      db: null as never,
      app: {} as AppServices,
    } satisfies Ctx;
    const importRoster = (csv: string) =>
      runLongWrite(
        {
          file: t.dbFile,
          step: {
            name: 'borrowers.import',
            feature: 'library',
            writes: { domain: 'library' },
            ctx,
            outcome: { changed: true, after: [], domains: new Set() },
          },
          input: { fileName: 'roster.csv', contentBase64: b64(csv) },
        },
        (write) => write(),
      );
    const first: LongWriteDone = await importRoster(ROSTER);
    const second = await importRoster('姓名,借书证号\n赵敏,W3\n');

    expect(first.threadId).not.toBe(threadId);
    expect(second.threadId).toBe(first.threadId);
    expect(first).toMatchObject({ changed: true, domains: [] });
    expect((first.value as ImportReport).added).toBe(2);
    expect(query(t, 'SELECT card_no FROM borrowers ORDER BY card_no')).toEqual([
      { card_no: 'W1' },
      { card_no: 'W2' },
      { card_no: 'W3' },
    ]);
    // Stamped with the moment it was asked, by the one who asked.
    expect(query(t, "SELECT at, actor, area FROM audit_log WHERE action = 'borrowers.import'")).toEqual([
      { at: '2026-05-04T02:00:00.000Z', actor: 'admin', area: 'library' },
      { at: '2026-05-04T02:00:00.000Z', actor: 'admin', area: 'library' },
    ]);
  });

  test('a refusal crosses back as itself; a disk’s error keeps its code; any other its name and stack', () => {
    const refusal = received(sendable(new DomainError('invalid_input', 'No such shelf', { shelf: 'X' })));
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'invalid_input',
      message: 'No such shelf',
      details: { shelf: 'X' },
    });

    const full = Object.assign(new Error('database or disk is full'), {
      name: 'SqliteError',
      code: 'SQLITE_FULL',
    });
    expect(storageFault(received(sendable(full)))).toBe('storage_full');

    const bug = received(sendable(new TypeError('x is undefined')));
    expect(bug).toMatchObject({ name: 'TypeError', message: 'x is undefined' });
    expect(bug.stack).toContain('import-worker.test.ts');
    expect(received(sendable('a string thrown'))).toMatchObject({ message: 'a string thrown' });
  });
});
