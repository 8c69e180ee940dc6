import type { ExportFile, ExportFormat } from '../../../../shared/tables.types';
import type { Author, CopyStatus } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { formatAuthors } from '../import/authors';
import { COPY_STATUS_ZH } from './labels-zh';
import { exportFile, type Cell, type Column } from '../../../platform/tables/table-file';

interface Row {
  barcode: string | null;
  title: string;
  subtitle: string | null;
  authors: string;
  publisher: string | null;
  year: number | null;
  edition: string | null;
  pages: number | null;
  isbn: string | null;
  clc: string | null;
  call_number: string | null;
  shelf_name: string | null;
  status: CopyStatus | null;
  tags: string;
  summary: string | null;
}

/** Headers the importer recognises, so an export imports back as it is. */
const COLUMNS: Column[] = [
  { header: '条码号', width: 12, text: true },
  { header: '书名', width: 36 },
  { header: '副书名', width: 20 },
  { header: '作者', width: 24 },
  { header: '出版社', width: 20 },
  { header: '出版年', width: 8 },
  { header: '版次', width: 8 },
  { header: '页数', width: 7 },
  { header: 'ISBN', width: 16, text: true },
  { header: '中图分类号', width: 10 },
  { header: '索书号', width: 14 },
  { header: '馆藏位置', width: 20 },
  { header: '复本数', width: 7 },
  { header: '状态', width: 7 },
  { header: '主题词', width: 20 },
  { header: '内容简介', width: 50 },
];

/**
 * One row per copy, the way library systems list holdings; a title without copies gets one row
 * with 复本数 0. Withdrawn copies left the collection and are not listed.
 */
export async function exportCatalogue(db: Db, format: ExportFormat, today: string): Promise<ExportFile> {
  const rows = db
    .prepare<[], Row>(
      `SELECT c.barcode, t.title, t.subtitle, t.authors, t.publisher, t.year, t.edition, t.pages, t.isbn, t.clc,
         t.call_number, s.name AS shelf_name, c.status, t.tags, t.summary
       FROM titles t
       LEFT JOIN copies c ON c.title_id = t.id AND c.status <> 'withdrawn'
       LEFT JOIN shelves s ON s.id = c.shelf_id
       ORDER BY t.sort_key, t.id, c.barcode`,
    )
    .all();
  const cells = rows.map((r): Cell[] => [
    r.barcode,
    r.title,
    r.subtitle,
    formatAuthors(JSON.parse(r.authors) as Author[]),
    r.publisher,
    r.year,
    r.edition,
    r.pages,
    r.isbn,
    r.clc,
    r.call_number,
    r.shelf_name,
    r.barcode === null ? 0 : 1,
    r.status === null ? null : COPY_STATUS_ZH[r.status],
    (JSON.parse(r.tags) as string[]).join('；'),
    r.summary,
  ]);
  return exportFile(`馆藏目录-${today}`, format, [{ name: '馆藏目录', columns: COLUMNS, rows: cells }]);
}
