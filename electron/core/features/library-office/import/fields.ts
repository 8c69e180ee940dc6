import { CLC_CLASSES, normaliseIsbn, toHalfWidth, type ClcClass } from '../../../../shared/library.api';
import { clean } from '../../../platform/tables/cells';

/** What Excel makes of a long number typed into a General cell and saved as CSV: 9.78702E+12. */
export const isExcelNumber = (s: string) => /^\d(\.\d+)?E\+\d+$/i.test(s);

export type Parsed<T> = { ok: true; value: T } | { ok: false };

export function parseIsbn(raw: string): Parsed<string> {
  const value = normaliseIsbn(raw);
  return value === null ? { ok: false } : { ok: true, value };
}

/**
 * `2019`, `2019年5月`, `2019.05`, `2019-05-01`, `2019/5/1`, `c2019`, `[2019]`: the first four-digit year
 * in range. A two-digit `19.5` is not guessed at.
 */
export function parseYear(raw: string): Parsed<number> {
  const m = /(?:^|\D)(1[89]\d\d|20\d\d|2100)(?!\d)/.exec(raw);
  return m ? { ok: true, value: Number(m[1]) } : { ok: false };
}

/** `256`, `256页`, `256 p.`, `xii, 256页`: the largest number, which is the main pagination. */
export function parsePages(raw: string): Parsed<number> {
  const nums = (raw.match(/\d+/g) ?? []).map(Number).filter((n) => n >= 1 && n <= 100_000);
  return nums.length > 0 ? { ok: true, value: Math.max(...nums) } : { ok: false };
}

const CLC = new Set<string>(CLC_CLASSES);

/** A 中图法 class number (`D231`, `I247.5`, `TP312`) to its top-level class letter. */
export function parseClc(raw: string): Parsed<ClcClass> {
  const letter = raw.toUpperCase().replace(/^[^A-Z]+/, '')[0] ?? '';
  return CLC.has(letter) ? { ok: true, value: letter as ClcClass } : { ok: false };
}

/** The class a call number starts with (`D231/12` → D), when it starts with one. */
export function clcOfCallNumber(callNumber: string): ClcClass | null {
  const letter = callNumber.toUpperCase()[0] ?? '';
  return /^[A-Z]/.test(callNumber.toUpperCase()) && CLC.has(letter) ? (letter as ClcClass) : null;
}

export const MAX_COPIES_PER_ROW = 200;

/** `3`, `3册`, `3本`: a count from 0 to {@link MAX_COPIES_PER_ROW}. */
export function parseCopies(raw: string): Parsed<number> {
  const m = /^(\d{1,4})\s*(册|本|套|件|copies)?$/i.exec(raw);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n <= MAX_COPIES_PER_ROW ? { ok: true, value: n } : { ok: false };
}

/** Several barcodes in one cell (`HY0001; HY0002`, `HY0001、HY0002`, one per line). */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,;，；、|\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Card numbers and barcodes as the `code` schema of the contract takes them. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;
export const normaliseCode = (s: string) => toHalfWidth(clean(s)).toUpperCase();

/** Tags: split on commas, semicolons, 、 and spaces; each at most `maxLength`, at most `maxCount`. */
export function parseTags(
  raw: string,
  maxLength: number,
  maxCount: number,
): { tags: string[]; dropped: number } {
  const all = [...new Set(raw.split(/[,;，；、/|\s]+/).map((t) => t.trim()))].filter((t) => t !== '');
  const fit = all.filter((t) => t.length <= maxLength);
  const tags = fit.slice(0, maxCount);
  return { tags, dropped: all.length - tags.length };
}
