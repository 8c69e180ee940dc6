import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExhibitDate } from '../../../../electron/shared/exhibitions.types';
import { dateText as shownIn, dateYear, yearOf } from './exhibit-date';
import { exhibitionsI18n } from './test-i18n';

const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
const texts = new Map<string, TFunction<'exhibitions'>>();
beforeAll(async () => {
  for (const lng of LANGUAGES) texts.set(lng, (await exhibitionsI18n(lng)).getFixedT(lng, 'exhibitions'));
});

/** The date as the screen in `lng` shows it, with the area's own approximate mark. */
function dateText(date: ExhibitDate, lng: (typeof LANGUAGES)[number]): string {
  const t = texts.get(lng);
  if (!t) throw new Error(lng);
  return shownIn(date, lng, (shown) => t('date.approx', { date: shown }));
}

const date = (
  text: string,
  precision: ExhibitDate['precision'],
  from: string,
  to: string,
  approximate = false,
) => ({
  text,
  precision,
  approximate,
  from,
  to,
});

describe('an exhibit date as the visitor reads it', () => {
  it('is shown as the curator typed it, in Chinese', () => {
    expect(dateText(date('1994', 'year', '1994-01-01', '1994-12-31'), 'zh-CN')).toBe('1994');
    expect(dateText(date('1994-05', 'month', '1994-05-01', '1994-05-31'), 'zh-CN')).toBe('1994-05');
    expect(dateText(date('1994-05-12', 'day', '1994-05-12', '1994-05-12'), 'zh-TW')).toBe('1994-05-12');
  });

  it('marks an approximate date once, in the screen language', () => {
    const typed = date('约1990年代', 'decade', '1990-01-01', '1999-12-31', true);
    expect(dateText(typed, 'zh-CN')).toBe('约1990年代');
    expect(dateText(typed, 'zh-TW')).toBe('約1990年代');
    expect(dateText(typed, 'en')).toBe('c. 1990s');
    // The curator may leave the 约 out and tick "approximate" instead: it is added.
    const bare = date('1994', 'year', '1994-01-01', '1994-12-31', true);
    expect(dateText(bare, 'zh-CN')).toBe('约1994');
    expect(dateText(bare, 'en')).toBe('c. 1994');
    expect(dateText(date('c. 1994', 'year', '1994-01-01', '1994-12-31', true), 'zh-CN')).toBe('约1994');
    // Every mark core reads as approximate is taken off, so none is shown twice.
    expect(dateText(date('大约1994年', 'year', '1994-01-01', '1994-12-31', true), 'zh-CN')).toBe('约1994年');
    expect(dateText(date('~1994', 'year', '1994-01-01', '1994-12-31', true), 'en')).toBe('c. 1994');
  });

  it('writes out in English a date typed in Chinese, and keeps one typed in figures', () => {
    expect(dateText(date('1994年5月', 'month', '1994-05-01', '1994-05-31'), 'en')).toBe('May 1994');
    expect(dateText(date('1994年5月12日', 'day', '1994-05-12', '1994-05-12'), 'en')).toBe('May 12, 1994');
    expect(dateText(date('1994-05', 'month', '1994-05-01', '1994-05-31'), 'en')).toBe('1994-05');
    expect(dateText(date('1990s', 'decade', '1990-01-01', '1999-12-31'), 'en')).toBe('1990s');
  });

  it('sits on the timeline at the middle of its span', () => {
    expect(yearOf('1994-01-01')).toBe(1994);
    expect(yearOf('1994-07-02')).toBeCloseTo(1994.5, 2);
    expect(dateYear(date('1994', 'year', '1994-01-01', '1994-12-31'))).toBeCloseTo(1994.5, 2);
    expect(Math.floor(dateYear(date('1990年代', 'decade', '1990-01-01', '1999-12-31')))).toBe(1994);
  });
});
