import { describe, expect, it } from 'vitest';
import { parseExhibitDate } from './exhibit-date';

describe('exhibit dates', () => {
  it.each([
    ['1994', 'year', false, '1994-01-01', '1994-12-31'],
    ['1994年', 'year', false, '1994-01-01', '1994-12-31'],
    ['１９９４', 'year', false, '1994-01-01', '1994-12-31'],
    ['1994-05', 'month', false, '1994-05-01', '1994-05-31'],
    ['1994年5月', 'month', false, '1994-05-01', '1994-05-31'],
    ['2000-02', 'month', false, '2000-02-01', '2000-02-29'],
    ['1994-05-12', 'day', false, '1994-05-12', '1994-05-12'],
    ['1994年5月12日', 'day', false, '1994-05-12', '1994-05-12'],
    ['1994.5.12', 'day', false, '1994-05-12', '1994-05-12'],
    ['1990s', 'decade', false, '1990-01-01', '1999-12-31'],
    ['1990年代', 'decade', false, '1990-01-01', '1999-12-31'],
    ['约1994年', 'year', true, '1994-01-01', '1994-12-31'],
    ['约1990年代', 'decade', true, '1990-01-01', '1999-12-31'],
    ['c. 1994', 'year', true, '1994-01-01', '1994-12-31'],
    ['c.1994-05', 'month', true, '1994-05-01', '1994-05-31'],
    ['circa 1920s', 'decade', true, '1920-01-01', '1929-12-31'],
    ['大约1994年', 'year', true, '1994-01-01', '1994-12-31'],
    ['約1994年', 'year', true, '1994-01-01', '1994-12-31'],
    ['～1994', 'year', true, '1994-01-01', '1994-12-31'],
  ] as const)('reads %s', (text, precision, approximate, from, to) => {
    expect(parseExhibitDate(text)).toEqual({ text, precision, approximate, from, to });
  });

  it('keeps what the curator typed, trimmed', () => {
    expect(parseExhibitDate('  约1994年 ')?.text).toBe('约1994年');
  });

  it.each([
    '',
    '去年',
    'spring 1994',
    '94',
    '1994-13',
    '1994-02-30',
    '1993-02-29',
    '1995s',
    '1995年代',
    '1700',
    '2200',
    '1994-05-12 10:00',
    '约',
    '1994/05/12/01',
  ])('refuses %j', (text) => {
    expect(parseExhibitDate(text)).toBeNull();
  });
});
