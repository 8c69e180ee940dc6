import { describe, expect, it } from 'vitest';
import { addScan, markUndone, settle, type ScanLine } from './scan-lines';

let n = 0;
const id = () => `id${++n}`;

describe('desk scan lines', () => {
  it('puts a new barcode on top with its own requestId', () => {
    const a = addScan<string>([], 'A', id, 0);
    const b = addScan(a.lines, 'B', id, 1);
    expect(b.lines.map((l) => l.code)).toEqual(['B', 'A']);
    expect(b.line.requestId).not.toBe(a.line.requestId);
  });

  it('keeps one line and one requestId for a double scan, moved to the top', () => {
    const a = addScan<string>([], 'A', id, 0);
    const b = addScan(a.lines, 'B', id, 1);
    const again = addScan(settle(b.lines, a.line.key, { ok: true, value: 'lent' }), 'A', id, 2);
    expect(again.lines.map((l) => l.code)).toEqual(['A', 'B']);
    expect(again.line.requestId).toBe(a.line.requestId);
    expect(again.line).toMatchObject({ repeats: 1, state: 'done', result: 'lent' });
  });

  it('asks again for a refused line, with the same requestId (a retry after a lost answer)', () => {
    const a = addScan<string>([], 'A', id, 0);
    const refused = settle(a.lines, a.line.key, { ok: false, error: new Error('offline') });
    const again = addScan(refused, 'A', id, 1);
    expect(again.line).toMatchObject({ state: 'pending', requestId: a.line.requestId });
  });

  it('never lets a late refusal hide a book already handled', () => {
    const a = addScan<string>([], 'A', id, 0);
    const done = settle(a.lines, a.line.key, { ok: true, value: 'lent' });
    expect(settle(done, a.line.key, { ok: false, error: 'late' })[0]).toMatchObject({
      state: 'done',
      result: 'lent',
    });
  });

  it('starts a new line after an undo, or once the repeat window has passed', () => {
    const a = addScan<string>([], 'A', id, 0);
    const undone = markUndone(a.lines, a.line.key);
    const afterUndo = addScan(undone, 'A', id, 1);
    expect(afterUndo.line.requestId).not.toBe(a.line.requestId);
    expect(afterUndo.lines).toHaveLength(2);

    const late = addScan(a.lines, 'A', id, 10_001, 10_000);
    expect(late.line.key).not.toBe(a.line.key);
    const soon = addScan(a.lines, 'A', id, 9_999, 10_000);
    expect(soon.line.key).toBe(a.line.key);
  });

  it('settles only its own line', () => {
    const lines: ScanLine<string>[] = addScan<string>(
      addScan<string>([], 'A', id, 0).lines,
      'B',
      id,
      1,
    ).lines;
    const [b, a] = lines;
    const settled = settle(lines, a?.key ?? '', { ok: true, value: 'x' });
    expect(settled.find((l) => l.key === b?.key)?.state).toBe('pending');
  });
});
