import { clean, cleanMultiline } from './cells';
import type { SheetRow } from './csv-parse';
import type { HeaderMap } from './headers';

/**
 * Why one row was skipped or warned about: a key the screen words in the user's language from
 * `params`, never a sentence. `row` is the row as the spreadsheet shows it.
 */
export interface RowIssue<R extends string = string> {
  row: number;
  reason: R;
  params?: Record<string, string | number>;
}

/** What reading one row gave: the record it asks for (or null, with why it was skipped) and warnings. */
export interface RowOutcome<Rec, R extends string = string> {
  record: Rec | null;
  skipped: RowIssue<R> | null;
  warnings: RowIssue<R>[];
}

/**
 * The cells of one row by field, cleaned, with the warnings reading them raised. A text longer
 * than its field takes is cut and warned about (`text_truncated`, with the field and the limit).
 */
export function rowReader<F extends string, R extends string>(map: HeaderMap<F>, row: SheetRow) {
  const warnings: RowIssue<R | 'text_truncated'>[] = [];
  const raw = (f: F) => {
    const i = map.index[f];
    return i === undefined ? '' : (row.cells[i] ?? '');
  };
  const text = (f: F, max: number, multiline = false): string | null => {
    const v = multiline ? cleanMultiline(raw(f)) : clean(raw(f));
    if (v === '') return null;
    if (v.length <= max) return v;
    warnings.push({ row: row.row, reason: 'text_truncated', params: { field: f, max } });
    return v.slice(0, max);
  };
  const warn = (reason: R | 'text_truncated', params?: RowIssue['params']) =>
    warnings.push({ row: row.row, reason, ...(params ? { params } : {}) });
  return { raw, text, warn, warnings };
}
