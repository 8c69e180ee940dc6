/** Where and when a finger came down. */
export interface SwipeStart {
  x: number;
  y: number;
  at: number;
}

/** The distance that turns a page, and how much more sideways than up-and-down a swipe must be. */
const DISTANCE_PX = 60;
const SIDEWAYS = 1.5;

/**
 * A finger's move as a swipe (on a picture that is not zoomed there is nothing to pan, so a slow drag
 * counts as much as a flick): +1 to the next picture (moved left), -1 to the previous, 0 none. */
export function swipeDirection(start: SwipeStart, end: SwipeStart): -1 | 0 | 1 {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.abs(dx) < DISTANCE_PX || Math.abs(dx) < Math.abs(dy) * SIDEWAYS) return 0;
  return dx < 0 ? 1 : -1;
}

/** Two taps this close in time and place are a double tap. */
const DOUBLE_TAP_MS = 350;
const TAP_SLOP_PX = 30;

/** A finger that came down and up without moving. */
export function isTap(start: SwipeStart, end: SwipeStart): boolean {
  return Math.hypot(end.x - start.x, end.y - start.y) < TAP_SLOP_PX;
}

/** Whether a tap (`start` to `end`, hardly moving) follows the one before (`previous`) closely enough. */
export function isDoubleTap(previous: SwipeStart | null, start: SwipeStart, end: SwipeStart): boolean {
  if (!previous || !isTap(start, end)) return false;
  return (
    end.at - previous.at < DOUBLE_TAP_MS && Math.hypot(end.x - previous.x, end.y - previous.y) < TAP_SLOP_PX
  );
}
