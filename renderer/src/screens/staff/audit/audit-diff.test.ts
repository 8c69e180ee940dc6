import { describe, expect, it } from 'vitest';
import { changesOf } from './audit-diff';

describe('audit before/after', () => {
  it('lists only the fields that changed', () => {
    const before = { 'kiosk.idleSeconds': 90, 'centre.name': 'A' };
    const after = { 'kiosk.idleSeconds': 30, 'centre.name': 'A' };
    expect(changesOf(before, after)).toEqual([{ field: 'kiosk.idleSeconds', before: 90, after: 30 }]);
  });

  it('shows every field of a created record, without bookkeeping', () => {
    const after = { id: 7, staffNo: 'lib01', roles: ['librarian'], createdAt: 'x' };
    expect(changesOf(null, after)).toEqual([
      { field: 'staffNo', before: undefined, after: 'lib01' },
      { field: 'roles', before: undefined, after: ['librarian'] },
    ]);
  });

  it('leaves out a flag an update adds as false, keeps it when true', () => {
    const before = { name: 'A', active: true };
    expect(changesOf(before, { name: 'A', active: true, pinReset: false })).toEqual([]);
    expect(changesOf(before, { name: 'A', active: true, pinReset: true })).toEqual([
      { field: 'pinReset', before: undefined, after: true },
    ]);
  });

  it('compares arrays by value and handles plain values', () => {
    expect(changesOf({ roles: ['admin'] }, { roles: ['admin'] })).toEqual([]);
    expect(changesOf(null, null)).toEqual([]);
    expect(changesOf('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b' }]);
  });
});
