/** One record of a spreadsheet with its row number as the librarian sees it (1-based). */
export interface SheetRow {
  row: number;
  cells: string[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the first non-blank line, counted outside quotes: Excel writes `;` where the
 * decimal comma is used, and its "Unicode text" uses tabs. A comma wins ties (RFC 4180).
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seen = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '') seen = true;
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * RFC 4180 with the leniency real files need: quoted fields may hold delimiters, line breaks and
 * doubled quotes; line ends may be CRLF, LF or CR; a quote inside an unquoted field is kept as text.
 * Every record keeps its row number, blank ones included, so numbers match what Excel shows
 * (a line break inside quotes stays within its row, as in Excel). Blank records are left out.
 * Row by row, so a large file can be read a slice at a time.
 */
export function* csvRows(text: string, delimiter = sniffDelimiter(text)): Generator<SheetRow> {
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  let rowNo = 1;
  const endField = () => {
    cells.push(field);
    field = '';
    fieldStart = true;
  };
  const endRow = (): SheetRow | null => {
    endField();
    const row = cells.some((c) => c.trim() !== '') ? { row: rowNo, cells } : null;
    cells = [];
    rowNo++;
    return row;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      const row = endRow();
      if (row) yield row;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  if (field !== '' || cells.length > 0 || quoted) {
    const row = endRow();
    if (row) yield row;
  }
}

/** Every row of a CSV text at once (see {@link csvRows}). */
export function parseCsv(text: string, delimiter = sniffDelimiter(text)): SheetRow[] {
  return [...csvRows(text, delimiter)];
}

/**
 * Undoes what spreadsheets write to keep a cell as text: `="0012345"` (Excel's and our exports'
 * long numbers) and a `'` before = + - @ (formula guard).
 */
export function excelLiteral(cell: string): string {
  const formula = /^="(.*)"$/s.exec(cell);
  if (formula) return formula[1] ?? '';
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
