import { APPROXIMATE_MARK } from '../../../../shared/exhibit-date';
import type { DatePrecision, ExhibitDate } from '../../../../shared/exhibitions.types';

/** Years an exhibit may be dated in: the park's history and the Party's, with room on both sides. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function bounds(precision: DatePrecision, y: number, m: number, d: number): [string, string] {
  switch (precision) {
    case 'decade':
      return [`${y}-01-01`, `${y + 9}-12-31`];
    case 'year':
      return [`${y}-01-01`, `${y}-12-31`];
    case 'month':
      return [`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(daysIn(y, m))}`];
    case 'day':
      return [`${y}-${pad(m)}-${pad(d)}`, `${y}-${pad(m)}-${pad(d)}`];
  }
}

/** The forms read, after full-width digits are folded and the "approximately" word is taken off. */
const FORMS: { re: RegExp; precision: DatePrecision }[] = [
  { re: /^(\d{4})\s*(?:s|'s|年代)$/i, precision: 'decade' },
  { re: /^(\d{4})\s*年?$/, precision: 'year' },
  { re: /^(\d{4})\s*(?:[-./]\s*(\d{1,2})|年\s*(\d{1,2})\s*月)$/, precision: 'month' },
  {
    re: /^(\d{4})\s*(?:[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)$/,
    precision: 'day',
  },
];

/**
 * Reads a date as a curator types it, as precise as it is known: "1994", "1994年", "1994-05",
 * "1994年5月", "1994-05-12", "1994年5月12日", "1990s", "1990年代", each with "约" / "c." in front
 * for an approximate one. `null` when it cannot be read (the caller refuses it and saves nothing).
 */
export function parseExhibitDate(input: string): ExhibitDate | null {
  const text = input.trim();
  let rest = text.normalize('NFKC').trim();
  const approximate = APPROXIMATE_MARK.test(rest);
  rest = rest.replace(APPROXIMATE_MARK, '').trim();
  for (const { re, precision } of FORMS) {
    const m = re.exec(rest);
    if (!m) continue;
    const nums = m
      .slice(1)
      .filter((x): x is string => x !== undefined)
      .map(Number);
    const [y = 0, month = 1, day = 1] = nums;
    if (y < FIRST_YEAR || y > LAST_YEAR) return null;
    if (precision === 'decade' && y % 10 !== 0) return null;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(y, month)) return null;
    const [from, to] = bounds(precision, y, month, day);
    return { text, precision, approximate, from, to };
  }
  return null;
}
