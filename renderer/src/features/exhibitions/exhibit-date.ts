import { withoutApproximateMark } from '../../../../electron/shared/exhibit-date';
import type { ExhibitDate } from '../../../../electron/shared/exhibitions.types';
import { shownLanguage } from '../../lib/shown-text';

const HAN = /[\u3400-\u9fff]/;

/** A date written in English from its bounds, for a curator's text in Chinese ("1990年代" → "1990s"). */
function englishDate(date: ExhibitDate): string {
  const [year = '', month = '1', day = '1'] = date.from.split('-');
  switch (date.precision) {
    case 'decade':
      return `${year.slice(0, 3)}0s`;
    case 'year':
      return year;
    case 'month':
      return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(Number(year), Number(month) - 1, 1),
      );
    case 'day':
      return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(Number(year), Number(month) - 1, Number(day)),
      );
  }
}

/**
 * An exhibit's date as the visitor reads it: as the curator typed it ("1994-05", "1990年代"), with an
 * approximate one marked once by the screen language's `approx` ("约…", "c. …"; the marks a curator
 * may have typed are taken off first). An English screen gets a date the curator typed in Chinese
 * written out from its bounds, since "1990年代" means nothing to its reader.
 */
export function dateText(date: ExhibitDate, language: string, approx: (date: string) => string): string {
  const typed = withoutApproximateMark(date.text);
  const body = shownLanguage(language) === 'en' && HAN.test(typed) ? englishDate(date) : typed;
  return date.approximate ? approx(body) : body;
}

/** Where a date sits on the timeline: its middle, in fractional years (a decade sits at its middle). */
export function dateYear(date: ExhibitDate): number {
  return (yearOf(date.from) + yearOf(date.to)) / 2;
}

/** A `YYYY-MM-DD` as a fractional year: 1994-07-02 → 1994.5. */
export function yearOf(iso: string): number {
  const [y = '0', m = '1', d = '1'] = iso.split('-');
  const year = Number(y);
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, Number(m) - 1, Number(d)) - start) / (next - start);
}
