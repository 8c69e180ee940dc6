import { describe, expect, test, vi } from 'vitest';
import { importBorrowers, openOffice, query } from '../testing/office-testing';

const asked = vi.hoisted(() => ({ worker: 0 }));

// A kiosk where the long write's worker cannot start (its file missing from a package, say).
vi.mock(import('../../../long-write-worker'), async (original) => {
  const real = await original();
  return {
    ...real,
    runLongWrite: () => {
      asked.worker++;
      return Promise.reject(new real.WorkerUnavailable(new Error('no worker here')));
    },
  };
});

describe('an import where the worker cannot start', () => {
  test('is written on core’s thread instead: the roster is imported and audited all the same', async () => {
    const t = await openOffice();
    const report = await importBorrowers(t, 'roster.csv', '姓名,借书证号\n王芳,W1\n李强,W2\n');
    expect(asked.worker).toBe(1);
    expect(report).toMatchObject({ added: 2, skipped: [] });
    expect(query(t, 'SELECT card_no FROM borrowers ORDER BY card_no')).toEqual([
      { card_no: 'W1' },
      { card_no: 'W2' },
    ]);
    expect(query(t, "SELECT count(*) AS n FROM audit_log WHERE action = 'borrowers.import'")).toEqual([
      { n: 1 },
    ]);
  });
});
