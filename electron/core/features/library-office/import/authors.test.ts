import { expect, test } from 'vitest';
import { formatAuthors, parseAuthors } from './authors';

test('statements of responsibility: shared roles, nationality brackets, attached role words', () => {
  expect(parseAuthors('张三，李四 主编；〔英〕王五 译')).toEqual([
    { name: '张三', role: 'chief_editor', nationality: null },
    { name: '李四', role: 'chief_editor', nationality: null },
    { name: '王五', role: 'translator', nationality: '英' },
  ]);
  expect(parseAuthors('[苏]尼·奥斯特洛夫斯基著')).toEqual([
    { name: '尼·奥斯特洛夫斯基', role: 'author', nationality: '苏' },
  ]);
  expect(parseAuthors('鲁迅等著')).toEqual([{ name: '鲁迅', role: 'author', nationality: null }]);
  const all = parseAuthors('甲乙 著; 丙丁 主编; 戊己 编; 庚辛 编著; 壬癸 译; 子丑 绘; 寅卯 其他');
  expect(parseAuthors(formatAuthors(all))).toEqual(all);
  expect(new Set(all.map((a) => a.role)).size).toBe(7);
});
