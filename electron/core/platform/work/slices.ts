/** Gives the event loop a turn: requests that arrived meanwhile are answered before the work goes on. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface SliceLimits {
  /** Items in one slice at most, so a large job always yields (and a test sees it yield). */
  items: number;
  /** Time one slice may hold the event loop, about what a screen's frame is. */
  ms: number;
}

export const SLICE: SliceLimits = { items: 1000, ms: 16 };

/**
 * Runs `fn` over the items in slices, yielding to the event loop between them: a job over a
 * hundred thousand rows keeps the kiosk answering. `fn` runs synchronously within a slice.
 */
export async function inSlices<T>(
  items: Iterable<T>,
  fn: (item: T, index: number) => void,
  limits: SliceLimits = SLICE,
): Promise<void> {
  let index = 0;
  let inSlice = 0;
  let start = performance.now();
  for (const item of items) {
    if (inSlice >= limits.items || performance.now() - start >= limits.ms) {
      await yieldToLoop();
      inSlice = 0;
      start = performance.now();
    }
    fn(item, index++);
    inSlice++;
  }
}

/** {@link inSlices} that keeps what `fn` returns, in order. */
export async function mapInSlices<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  limits: SliceLimits = SLICE,
): Promise<R[]> {
  const out: R[] = [];
  await inSlices(items, (item, i) => out.push(fn(item, i)), limits);
  return out;
}
