import type { CellValue, Worksheet } from 'exceljs';
import { Excel } from './excel';
import type { SheetRow } from './csv-parse';
import { unreadable } from './table-error';
import { inSlices } from '../work/slices';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the librarian reads it. exceljs gives dates as UTC midnight of the day shown. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) {
    const r = value.result;
    return r === undefined || (typeof r === 'object' && !(r instanceof Date)) ? '' : cellText(r);
  }
  return '';
}

function* rowNumbers(count: number) {
  for (let n = 1; n <= count; n++) yield n;
}

/** The rows with values, a slice at a time (as `eachRow` would give them, without holding the loop). */
async function sheetRows(ws: Worksheet): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  await inSlices(rowNumbers(ws.rowCount), (rowNumber) => {
    const row = ws.findRow(rowNumber);
    if (!row?.hasValues) return;
    const cells: string[] = [];
    // Row.values is 1-based with a hole at 0; keep the columns where they are.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells: filled });
  });
  return rows;
}

/** The first visible worksheet that holds anything, with the sheet's own row numbers. */
export async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const wb = new Excel.Workbook();
  try {
    // exceljs's types predate the generic Buffer of @types/node 24; any Node Buffer loads.
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw unreadable('xlsx_damaged', 'The XLSX file cannot be opened');
  }
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const rows = await sheetRows(ws);
    if (rows.length > 0) return rows;
  }
  return [];
}
