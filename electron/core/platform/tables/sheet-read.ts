import type { TableEncoding, TableFormat } from '../../../shared/tables.types';
import { csvRows, excelLiteral, type SheetRow } from './csv-parse';
import { inSlices } from '../work/slices';
import { unreadable } from './table-error';
import { decodeText, startsWith } from './text-decode';
import { readXlsx } from './xlsx-read';

export interface Sheet {
  format: TableFormat;
  /** How a CSV was decoded (null for XLSX). */
  encoding: TableEncoding | null;
  rows: SheetRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE2 container of Excel 97–2003 `.xls` files. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The file's rows, whatever it is: the content decides (a `.csv` that is really an XLSX is read as
 * one), the name only breaks ties. Old `.xls` is refused with its own problem so the screen can say
 * "save it as .xlsx or .csv". A CSV is parsed a slice of rows at a time, yielding between slices.
 */
export async function readSheet(fileName: string, bytes: Buffer): Promise<Sheet> {
  if (bytes.length === 0) throw unreadable('empty', 'The file is empty');
  if (startsWith(bytes, ZIP)) return { format: 'xlsx', encoding: null, rows: await readXlsx(bytes) };
  if (startsWith(bytes, OLE2) || /\.xls$/i.test(fileName)) {
    throw unreadable('xls_format', 'Excel 97–2003 (.xls) files are not read; save as .xlsx or .csv');
  }
  if (/\.xlsx$/i.test(fileName)) throw unreadable('xlsx_damaged', 'The file is not an XLSX workbook');
  const { text, encoding } = await decodeText(bytes);
  const rows: SheetRow[] = [];
  await inSlices(csvRows(text), (r) => rows.push({ row: r.row, cells: r.cells.map(excelLiteral) }));
  return { format: 'csv', encoding, rows };
}
