import { describe, expect, test } from 'vitest';
import { DomainError } from '../../errors';
import { findHeader, mapHeader } from './headers';
import { readTable, readTableRows } from './read-table';
import { readSheet } from './sheet-read';
import { unreadable } from './table-error';
import { encodeGb18030 } from './gb18030-encode';
import { writeCsv, writeXlsx, type TableSheet } from './table-file';

const HEADERS = { name: ['名称', 'name'], date: ['日期', 'date'] } as const;
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('the table engine', () => {
  test('headers match without case, width, marks or a bracketed remark; the first wins', () => {
    const map = mapHeader(HEADERS, { row: 3, cells: ['Ｎａｍｅ *', '日期（必填）', 'name', '备注', ''] });
    expect(map).toEqual({
      headerRow: 3,
      index: { name: 0, date: 1 },
      columns: { name: 'Ｎａｍｅ *', date: '日期（必填）' },
      ignored: ['name', '备注'],
    });
    const rows = [
      { row: 1, cells: ['活动记录'] },
      { row: 2, cells: ['date', 'name'] },
    ];
    expect(findHeader(HEADERS, rows, 'name')?.headerRow).toBe(2);
    expect(findHeader(HEADERS, rows.slice(0, 1), 'name')).toBeNull();
  });

  test('a file of megabytes is read a slice at a time: characters and base64 cut at a slice are whole', async () => {
    const spec = {
      headers: HEADERS,
      required: 'name' as const,
      missing: () => unreadable('no_name_column', 'no name'),
      maxRows: 100_000,
    };
    // Rows of three-byte (UTF-8) or two-byte (GB18030) characters, unevenly long: slice ends fall mid-character.
    const lines = [
      '名称,日期',
      ...Array.from({ length: 60_000 }, (_, i) => `红色书吧第${i}号读本${'党'.repeat(i % 11)},${i}`),
    ];
    const text = `${lines.join('\n')}\n`;
    // Base64 as a mail program wraps it, 76 characters a line.
    const wrapped = (bytes: Buffer) => (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
    for (const [bytes, encoding] of [
      [Buffer.from(text), 'utf-8'],
      [encodeGb18030(text), 'gb18030'],
    ] as const) {
      expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
      const table = await readTable({ fileName: 'big.csv', contentBase64: wrapped(bytes) }, spec);
      expect(table.encoding).toBe(encoding);
      expect(table.rows).toHaveLength(60_000);
      expect(table.rows.map((r) => r.cells.join(','))).toEqual(lines.slice(1));
    }
  });

  test('a file is read with its header and data rows, or refused with the problem', async () => {
    const spec = {
      headers: HEADERS,
      required: 'name' as const,
      missing: () => unreadable('no_name_column', 'no name'),
      maxRows: 2,
    };
    const file = { fileName: 'a.csv', contentBase64: b64('名称,日期\n甲,1\n乙,2\n') };
    const { summary, rows } = await readTableRows(file, spec, (header, row) => ({
      row: row.row,
      name: row.cells[header.index.name ?? -1],
    }));
    expect(rows).toEqual([
      { row: 2, name: '甲' },
      { row: 3, name: '乙' },
    ]);
    expect(summary).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      headerRow: 1,
      columns: { name: '名称', date: '日期' },
      ignoredColumns: [],
      rows: 2,
    });
    const problem = async (text: string) => {
      const err = await readTable({ fileName: 'a.csv', contentBase64: b64(text) }, spec).catch(
        (e: unknown) => e,
      );
      return err instanceof DomainError ? err.details?.problem : err;
    };
    expect(await problem('\n\n')).toBe('empty');
    expect(await problem('其他\n甲\n')).toBe('no_name_column');
    expect(await problem('名称\n甲\n乙\n丙\n')).toBe('too_many_rows');
  });

  test('exports read back as written: long digit strings and formula-like text stay text', async () => {
    const sheets: TableSheet[] = [
      {
        name: '清单',
        columns: [
          { header: '编号', width: 10, text: true },
          { header: '名称', width: 20 },
          { header: '数量', width: 6 },
        ],
        rows: [
          ['0012', '=SUM(1,2)', 3],
          ['9787020002207', '逗号,和"引号"', null],
        ],
      },
    ];
    const expected = [
      ['编号', '名称', '数量'],
      ['0012', '=SUM(1,2)', '3'],
      ['9787020002207', '逗号,和"引号"', ''],
    ];
    const csv = await readSheet('x.csv', writeCsv(sheets));
    expect(csv.rows.map((r) => r.cells)).toEqual(expected);
    const xlsx = await readSheet('x.xlsx', await writeXlsx(sheets));
    expect(xlsx.rows.map((r) => r.cells.concat(Array(3 - r.cells.length).fill('')))).toEqual(expected);
  });
});
