import { describe, expect, it } from 'vitest';
import { diffFields } from './review-diff';

const list = (...keys: string[]) => ({
  field: 'titles',
  items: keys.map((k) => ({ key: k, text: `书${k}` })),
});

describe('diffFields', () => {
  it('marks changed fields, added and removed items, and a new order', () => {
    const rows = diffFields(
      [{ field: 'name', text: '旧名' }, { field: 'note', text: '同' }, list('1', '2', '3')],
      [{ field: 'name', text: '新名' }, { field: 'note', text: '同' }, list('3', '1', '4')],
    );
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['name', true],
      ['note', false],
      ['titles', true],
    ]);
    const titles = rows[2];
    expect(titles?.current?.items?.map((i) => [i.key, i.mark])).toEqual([
      ['1', null],
      ['2', 'removed'],
      ['3', null],
    ]);
    expect(titles?.proposed.items?.map((i) => [i.key, i.mark])).toEqual([
      ['3', null],
      ['1', null],
      ['4', 'added'],
    ]);
    const reordered = diffFields([list('1', '2')], [list('2', '1')])[0];
    expect(reordered?.changed).toBe(true);
    expect(reordered?.proposed.items?.every((i) => i.mark === null)).toBe(true);
  });

  it('shows a first version with nothing to compare, and a field the new version dropped', () => {
    const first = diffFields(null, [{ field: 'name', text: '名' }, list('1')]);
    expect(first.every((r) => r.changed && r.current === null)).toBe(true);
    expect(first[1]?.proposed.items?.[0]?.mark).toBe('added');
    const dropped = diffFields(
      [
        { field: 'name', text: '名' },
        { field: 'note', text: '说明' },
      ],
      [{ field: 'name', text: '名' }],
    );
    expect(dropped.map((r) => [r.field, r.changed, r.proposed.text])).toEqual([
      ['name', false, '名'],
      ['note', true, null],
    ]);
  });
});
