import type { CDPSession, Locator } from '@playwright/test';
import { expect } from './fixtures';

// Fingers on the glass for the gestures Playwright's one-finger tap cannot make: swipes, pinches
// and double taps, sent as CDP touch events.

/** Touch points through CDP, as a finger on the glass sends them (Playwright's tap has one finger only). */
export async function touches(
  cdp: CDPSession,
  type: TouchType,
  points: { x: number; y: number }[],
  timestamp?: number,
) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id })),
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}

export type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';

/** A finger's events come this far apart (one frame of a 60 Hz touch screen). */
const FRAME_MS = 16;

/**
 * Touch events sent back to back, each stamped one frame after the one before. The page reads a
 * finger's speed and a double tap's interval from the events' own times, so the gesture is the same
 * on a loaded machine, where a round trip per event can take longer than a whole flick, as on an
 * idle one. CDP keeps their order.
 */
export async function burst(cdp: CDPSession, events: [TouchType, { x: number; y: number }[]][]) {
  const start = Date.now();
  await Promise.all(
    events.map(([type, points], i) => touches(cdp, type, points, (start + i * FRAME_MS) / 1000)),
  );
}

/** A one-finger flick from `from` by `dx` pixels in `steps` moves. */
export async function swipe(cdp: CDPSession, from: { x: number; y: number }, dx: number, steps = 8) {
  await burst(cdp, [
    ['touchStart', [from]],
    ...Array.from({ length: steps }, (_, i): [TouchType, { x: number; y: number }[]] => [
      'touchMove',
      [{ x: from.x + (dx * (i + 1)) / steps, y: from.y }],
    ]),
    ['touchEnd', []],
  ]);
}

/**
 * Waits until what `locator` shows stands still: its transform the same at two looks a quarter
 * second apart (a fling has ended).
 */
export async function untilStill(locator: Locator): Promise<void> {
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await locator.evaluate((el: { style: { transform: string } }) => el.style.transform);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [250], timeout: 15_000 },
    )
    .toBe(true);
}
