import { describe, expect, test } from 'vitest';
import { fold, hanTokens, latinKey, pinyinSortKey, suffixKeys, syllableReadings } from './text-fold';

describe('text folding', () => {
  test('Traditional to Simplified, full-width to half-width, lower case, ü as v', () => {
    expect(fold('黨史學習 ＡＢＣ１２')).toBe('党史学习 abc12');
    expect(fold('Lü')).toBe('lv');
  });

  test('every Han character and digit is a token; other words stay whole', () => {
    expect(hanTokens(fold('红岩 2019 Red Star'))).toEqual(['红', '岩', '2', '0', '1', '9', 'red', 'star']);
  });

  test('the contextual reading first, the character-by-character one when it differs', () => {
    expect(syllableReadings(fold('重庆'))).toEqual([
      ['chong', 'qing'],
      ['zhong', 'qing'],
    ]);
    expect(syllableReadings(fold('党史'))).toEqual([['dang', 'shi']]);
  });

  test('suffix keys answer a query typed with or without spaces', () => {
    expect(suffixKeys(['dang', 'shi', 'xue'])).toEqual(['dangshixue', 'shixue', 'xue']);
    expect(latinKey(fold('Dang Shi'))).toBe('dangshi');
  });

  test('lists sort by pinyin, not by code point', () => {
    const names = ['张三', '阿明', '李四'];
    expect([...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : 1))).toEqual([
      '阿明',
      '李四',
      '张三',
    ]);
  });
});
