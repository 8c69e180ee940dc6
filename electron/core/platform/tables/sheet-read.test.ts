import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv-parse';
import { readSheet } from './sheet-read';

describe('reading sheets', () => {
  test("Excel's Unicode text (UTF-16 LE, tabs) and old Mac line ends", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('书名\t条码\r\n红岩\t"A,1"\r\n', 'utf16le'),
    ]);
    const sheet = await readSheet('export.txt', utf16);
    expect(sheet).toEqual({
      format: 'csv',
      encoding: 'utf-16',
      rows: [
        { row: 1, cells: ['书名', '条码'] },
        { row: 2, cells: ['红岩', 'A,1'] },
      ],
    });
    expect(parseCsv('a,b\r\r1,2\r')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['1', '2'] },
    ]);
  });

  test('cells kept as text by spreadsheets come back as written', async () => {
    const sheet = await readSheet('x.csv', Buffer.from('"=""0012""","\'=1+1",plain\n'));
    expect(sheet.rows[0]?.cells).toEqual(['0012', '=1+1', 'plain']);
  });
});
