import fs from 'node:fs/promises';
import { Excel } from '../../../platform/tables/excel';
import { encodeGb18030 } from '../../../platform/tables/gb18030-encode';

/** One line of the caption sheet: a media file and what is known of it. */
export interface CaptionRow {
  file: string;
  date: string;
  caption: string;
  place: string;
  people: string;
  credit: string;
}

/**
 * The sheet's columns with the Chinese header it is written with, then the other names a curator's
 * own sheet may use for the same column (English, or another common Chinese word):
 * 文件名 / file, filename, file name, 图片 · 日期 / date, 时间 · 说明 / caption, description, 图片说明 ·
 * 地点 / place, location · 人物 / people, persons · 来源 / credit, source, 提供.
 */
export const CAPTION_COLUMNS: Record<keyof CaptionRow, readonly string[]> = {
  file: ['文件名', 'file', 'filename', 'file name', '图片'],
  date: ['日期', 'date', '时间'],
  caption: ['说明', 'caption', 'description', '图片说明'],
  place: ['地点', 'place', 'location'],
  people: ['人物', 'people', 'persons'],
  credit: ['来源', 'credit', 'source', '提供'],
};

const FIELDS = Object.keys(CAPTION_COLUMNS) as (keyof CaptionRow)[];
const HEADERS = FIELDS.map((f) => CAPTION_COLUMNS[f][0] ?? f);

/** A fixed moment for the workbook's properties: the same rows give the same file. */
const STAMP = new Date('2026-03-01T00:00:00Z');

export async function writeCaptionXlsx(file: string, rows: readonly CaptionRow[]): Promise<void> {
  const book = new Excel.Workbook();
  book.creator = '红驿演示内容';
  book.created = STAMP;
  book.modified = STAMP;
  const sheet = book.addWorksheet('说明');
  sheet.columns = HEADERS.map((header, i) => ({ header, width: [28, 12, 60, 24, 24, 32][i] ?? 20 }));
  for (const r of rows) sheet.addRow(FIELDS.map((f) => r[f]));
  sheet.getRow(1).font = { bold: true };
  const bytes = await book.xlsx.writeBuffer();
  await fs.writeFile(file, withFixedZipTimes(Buffer.from(bytes)));
}

/** 2026-03-01 00:00 in MS-DOS form, as ZIP headers hold a file's time. */
const DOS_DATE = ((2026 - 1980) << 9) | (3 << 5) | 1;
const DOS_TIME = 0;

/**
 * exceljs's zip stamps every part with the time of writing; this sets each part's time in the
 * central directory and in its local header to a fixed one (no checksum covers them), so the
 * same rows give the same bytes.
 */
export function withFixedZipTimes(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('Not a ZIP file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('ZIP central directory damaged');
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('ZIP local header damaged');
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The same rows as a CSV in GB18030, as Excel on Chinese Windows writes one (CRLF, no BOM). */
export async function writeCaptionCsv(file: string, rows: readonly CaptionRow[]): Promise<void> {
  const lines = [HEADERS, ...rows.map((r) => FIELDS.map((f) => r[f]))].map((cells) =>
    cells.map(csvCell).join(','),
  );
  await fs.writeFile(file, encodeGb18030(`${lines.join('\r\n')}\r\n`));
}
