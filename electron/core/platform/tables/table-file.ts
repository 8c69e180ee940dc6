import type { ExportFile, ExportFormat } from '../../../shared/tables.types';
import { Excel } from './excel';

export type Cell = string | number | null;

export interface Column {
  header: string;
  /** In characters, as Excel counts them (a Han character is about two). */
  width: number;
  /** Long digit strings (ISBN, barcodes, card numbers) Excel must keep as text. */
  text?: boolean;
}

export interface TableSheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export async function writeXlsx(sheets: readonly TableSheet[]): Promise<Buffer> {
  const wb = new Excel.Workbook();
  wb.creator = 'Hongyi';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: c.width,
      ...(c.text ? { style: { numFmt: '@' } } : {}),
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A cell as Excel should read it back. Long digit strings are written `="…"` (Excel would show
 * 9.78702E+12 and drop leading zeros); text starting with = + - @ gets a leading `'` so Excel never
 * runs it as a formula. The importer undoes both (see csv-parse.ts).
 */
function csvCell(v: Cell, text: boolean): string {
  if (v === null) return '';
  let s = String(v);
  if (text && /^\d{11,}$|^0\d+$/.test(s)) s = `="${s}"`;
  else if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * UTF-8 with a BOM (without one, Excel on Chinese Windows reads the file as GBK and shows mojibake),
 * CRLF line ends. Several sheets follow one another, each after a line with its name.
 */
export function writeCsv(sheets: readonly TableSheet[]): Buffer {
  const lines: string[] = [];
  for (const s of sheets) {
    if (sheets.length > 1) {
      if (lines.length > 0) lines.push('');
      lines.push(csvCell(s.name, false));
    }
    lines.push(s.columns.map((c) => csvCell(c.header, false)).join(','));
    for (const row of s.rows)
      lines.push(row.map((v, i) => csvCell(v, s.columns[i]?.text ?? false)).join(','));
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

export async function exportFile(
  baseName: string,
  format: ExportFormat,
  sheets: readonly TableSheet[],
): Promise<ExportFile> {
  const bytes = format === 'xlsx' ? await writeXlsx(sheets) : writeCsv(sheets);
  return {
    fileName: `${baseName}.${format}`,
    mimeType: MIME[format],
    contentBase64: bytes.toString('base64'),
  };
}
