// Test support: workbooks as Excel saves them, and the rows of an exported one.
import type { ExportFile } from '../../../shared/tables.types';
import { Excel } from './excel';
import { cellText } from './xlsx-read';

export type XlsxCell = string | number | Date | null | { richText: { text: string }[] };

/** An XLSX workbook with one sheet of rows, made by exceljs as Excel would save it. */
export async function makeXlsx(rows: XlsxCell[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? undefined : v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows of the first sheet of an exported XLSX, as text. */
export async function readXlsxExport(file: ExportFile): Promise<string[][]> {
  const wb = new Excel.Workbook();
  const bytes = Buffer.from(file.contentBase64, 'base64');
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellText(c.value);
    });
    out.push(Array.from(cells, (c) => c ?? ''));
  });
  return out;
}
