import { useSyncExternalStore, type RefObject } from 'react';

export interface RowRange {
  first: number;
  /** Inclusive; -1 when nothing is on screen. */
  last: number;
}

/** Rows drawn beyond each edge of the screen, so a fling of the finger does not show blanks. */
const OVERSCAN_ROWS = 4;

function subscribe(notify: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        notify();
      });
    }
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
}

/**
 * Which rows of a list of equal-height rows are on screen, for a list that scrolls with the page
 * (so touch scrolling, the top bar and the keyboard's room all behave as on any other screen).
 * A snapshot is a string so that scrolling within the same rows renders nothing.
 */
export function useVisibleRows(
  list: RefObject<HTMLElement | null>,
  rowCount: number,
  rowHeight: number,
): RowRange {
  const snapshot = () => {
    const element = list.current;
    if (!element || rowHeight <= 0 || rowCount === 0) return '0:-1';
    const top = element.getBoundingClientRect().top;
    const first = Math.max(0, Math.floor(-top / rowHeight) - OVERSCAN_ROWS);
    const last = Math.min(rowCount - 1, Math.ceil((window.innerHeight - top) / rowHeight) + OVERSCAN_ROWS);
    return first > last ? '0:-1' : `${first}:${last}`;
  };
  const range = useSyncExternalStore(subscribe, snapshot);
  const [first = 0, last = -1] = range.split(':').map(Number);
  return { first, last };
}
