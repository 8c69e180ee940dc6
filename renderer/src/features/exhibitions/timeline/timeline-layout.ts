import type { TimelineItem } from '../../../../../electron/shared/exhibitions.types';
import { dateYear } from '../exhibit-date';

/** Sizes of the timeline in pixels, measured from the stylesheet (they follow the large-text mode). */
export interface TimelineMetrics {
  /** One card's width, its gap included. */
  cardWidth: number;
  /** How many cards stand one above the other in a year's column. */
  lanes: number;
  /** The narrowest a year is drawn, so empty years still read as years. */
  minYearWidth: number;
  /** Room at the start of each year, for its marker. */
  yearPad: number;
}

export interface PlacedItem {
  item: TimelineItem;
  x: number;
  lane: number;
}

export interface TimelineLayout {
  /** In order of x (then lane): the order items are found on screen. */
  placed: PlacedItem[];
  years: { year: number; x: number }[];
  decades: { decade: number; x: number }[];
  width: number;
}

/**
 * Places the exhibits on a line of years. A year is as wide as its exhibits need (a busy year
 * widens, an empty one keeps a minimum), so no card hides another; within a year the cards stand in
 * columns of `lanes`, in date order. An exhibit sits in the year of the middle of its date's span,
 * so "1990年代" stands in the middle of the 1990s and is marked approximate by its card.
 */
export function layoutTimeline(items: readonly TimelineItem[], m: TimelineMetrics): TimelineLayout {
  if (items.length === 0 || m.cardWidth <= 0 || m.lanes <= 0)
    return { placed: [], years: [], decades: [], width: 0 };
  const dated = items
    .map((item) => ({ item, at: dateYear(item.date) }))
    .sort((a, b) => a.at - b.at || a.item.date.from.localeCompare(b.item.date.from));
  const first = Math.floor(dated[0]?.at ?? 0);
  const last = Math.floor(dated[dated.length - 1]?.at ?? 0);
  const byYear = new Map<number, TimelineItem[]>();
  for (const { item, at } of dated) {
    const year = Math.floor(at);
    const list = byYear.get(year);
    if (list) list.push(item);
    else byYear.set(year, [item]);
  }
  const placed: PlacedItem[] = [];
  const years: { year: number; x: number }[] = [];
  const decades: { decade: number; x: number }[] = [];
  // The decades start at the first year's decade so the first button names where the line begins.
  let x = 0;
  for (let year = first; year <= last; year++) {
    years.push({ year, x });
    if (year % 10 === 0 || year === first) decades.push({ decade: year - (year % 10), x });
    const inYear = byYear.get(year) ?? [];
    inYear.forEach((item, k) => {
      placed.push({ item, x: x + m.yearPad + Math.floor(k / m.lanes) * m.cardWidth, lane: k % m.lanes });
    });
    x += Math.max(m.minYearWidth, m.yearPad + Math.ceil(inYear.length / m.lanes) * m.cardWidth);
  }
  return { placed, years, decades, width: x };
}

/** The first index whose `x` is at least `value` (placed items are in order of x). */
function lowerBound(placed: readonly PlacedItem[], value: number): number {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((placed[mid]?.x ?? Infinity) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Which placed items to draw for a view of the line from `scrollX`, `viewport` wide: those that
 * touch it, and those within `overscan` pixels either side (a fling shows no blanks). `last` is
 * inclusive; -1 when nothing is there.
 */
export function visibleRange(
  placed: readonly PlacedItem[],
  cardWidth: number,
  scrollX: number,
  viewport: number,
  overscan: number,
): { first: number; last: number } {
  const first = lowerBound(placed, scrollX - overscan - cardWidth + 1);
  const last = lowerBound(placed, scrollX + viewport + overscan) - 1;
  return first > last ? { first: 0, last: -1 } : { first, last };
}
