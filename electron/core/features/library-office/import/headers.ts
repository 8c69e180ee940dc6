import type { SheetRow } from './csv-parse';

/**
 * The headers librarians' spreadsheets use, from Chinese library systems (汇文, 图创, ILASII exports),
 * hand-made Excel sheets and English templates. Written here already folded by {@link headerKey}.
 */
export const CATALOGUE_HEADERS = {
  title: ['书名', '题名', '正题名', '图书名称', '书刊名', '图书名', 'title', 'booktitle'],
  subtitle: ['副书名', '副题名', '副标题', '其他题名信息', 'subtitle'],
  authors: ['作者', '责任者', '著者', '第一责任者', '著作者', '编著者', '作者/责任者', 'author', 'authors'],
  publisher: ['出版社', '出版者', '出版单位', '出版发行者', 'publisher'],
  year: [
    '出版年',
    '出版日期',
    '出版时间',
    '出版年份',
    '出版年月',
    'year',
    'pubyear',
    'publicationyear',
    'publicationdate',
  ],
  edition: ['版次', '版本', 'edition'],
  pages: ['页数', '页码', 'pages', 'pagecount'],
  isbn: ['isbn', '国际标准书号', 'isbn号', '书号', '标准号', 'isbn13', 'isbn10', 'isbn/issn'],
  callNumber: ['索书号', '索取号', '排架号', 'callnumber', 'callno'],
  clc: ['中图分类号', '分类号', '中图法分类号', '中图分类', 'clc', 'clcnumber', 'classification'],
  barcode: ['条码', '条码号', '图书条码', '条形码', 'barcode', 'barcodes', 'itembarcode'],
  shelf: ['馆藏位置', '书架', '架位', '馆藏地', '馆藏地点', '所在书架', '排架位置', 'shelf', 'location'],
  copies: ['复本数', '复本', '册数', '复本量', 'copies', 'quantity'],
  summary: ['简介', '内容简介', '摘要', '内容提要', '提要', 'summary', 'abstract', 'description'],
  tags: ['主题词', '标签', '关键词', '主题', 'tags', 'subjects', 'keywords'],
  status: ['状态', '馆藏状态', '流通状态', '图书状态', 'status'],
} as const;

export const BORROWER_HEADERS = {
  cardNo: [
    '借书证号',
    '读者证号',
    '卡号',
    '借阅证号',
    '证号',
    '读者证',
    '借书证',
    '读者证号码',
    'card',
    'cardno',
    'cardnumber',
  ],
  name: ['姓名', '读者姓名', '名字', 'name', 'fullname'],
  phone: [
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
    '电话号码',
    '联系方式',
    'phone',
    'mobile',
    'tel',
    'telephone',
  ],
  company: [
    '单位',
    '公司',
    '工作单位',
    '所在单位',
    '所属单位',
    '企业',
    'company',
    'employer',
    'organisation',
    'organization',
  ],
  partyBranch: ['党支部', '支部', '所在党支部', '所属支部', '所属党支部', 'partybranch', 'branch'],
  type: ['读者类型', '类型', '读者类别', '身份', 'type', 'readertype', 'borrowertype'],
  note: ['备注', '说明', 'note', 'notes', 'remark', 'remarks'],
} as const;

export type HeaderTable = Record<string, readonly string[]>;

/** Case, width, spaces and the marks of a template (`*`, `:`, `.`, `_`, `-`) do not matter. */
export function headerKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.*:：'"]/g, '');
}

/** `书名（必填）`, `ISBN (13位)`, `[条码]` → without the bracketed remark. */
const withoutRemarks = (key: string) => key.replace(/[([【（][^)\]】）]*[)\]】）]/g, '');

export interface HeaderMap<F extends string> {
  headerRow: number;
  /** Field → column index. */
  index: Partial<Record<F, number>>;
  /** Field → the header as written. */
  columns: Partial<Record<F, string>>;
  ignored: string[];
}

function match<F extends string>(table: Record<F, readonly string[]>, header: string): F | null {
  const key = headerKey(header);
  if (key === '') return null;
  for (const candidate of [key, withoutRemarks(key)]) {
    for (const field of Object.keys(table) as F[]) if (table[field].includes(candidate)) return field;
  }
  return null;
}

export function mapHeader<F extends string>(
  table: Record<F, readonly string[]>,
  row: SheetRow,
): HeaderMap<F> {
  const out: HeaderMap<F> = { headerRow: row.row, index: {}, columns: {}, ignored: [] };
  row.cells.forEach((header, i) => {
    const field = match(table, header);
    if (field !== null && out.index[field] === undefined) {
      out.index[field] = i;
      out.columns[field] = header.trim();
    } else if (header.trim() !== '') out.ignored.push(header.trim());
  });
  return out;
}

/** Rows above the header a sheet may start with: a title line such as 「红色书吧馆藏清单」, a date. */
const HEADER_SEARCH_ROWS = 10;

/** The first of the top rows that names the `required` field: the header row. */
export function findHeader<F extends string>(
  table: Record<F, readonly string[]>,
  rows: readonly SheetRow[],
  required: F,
): HeaderMap<F> | null {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const map = mapHeader(table, row);
    if (map.index[required] !== undefined) return map;
  }
  return null;
}
