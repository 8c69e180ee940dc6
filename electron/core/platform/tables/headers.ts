import type { SheetRow } from './csv-parse';

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
