/** A finger's recent positions, to tell how fast it was moving when it let go. */
export interface Sample {
  x: number;
  at: number;
}

/** Only the last 100 ms of a drag say how fast it was moving at the end. */
const WINDOW_MS = 100;
/** The fling slows by this factor every 16 ms frame (about 1.3 s from a fast swipe to a stop). */
const FRICTION = 0.95;
/** Below this (px/ms) it has stopped. */
const STOP = 0.02;
/** A fling never goes faster than this (px/ms): a finger flicked at the glass is not a rocket. */
const MAX_SPEED = 6;

/** The finger's speed at release in px/ms (positive: moving right), from its samples. */
export function releaseVelocity(samples: readonly Sample[]): number {
  const end = samples[samples.length - 1];
  if (!end) return 0;
  const start = samples.find((s) => end.at - s.at <= WINDOW_MS) ?? end;
  const dt = end.at - start.at;
  if (dt <= 0) return 0;
  const v = (end.x - start.x) / dt;
  return Math.max(-MAX_SPEED, Math.min(MAX_SPEED, v));
}

/**
 * Every position a pointer move stands for. While the page is busy the browser folds the moves
 * since the last frame into one event whose own position is only the last: a finger that then
 * lifts where it last was would read as standing still over the final 100 ms, and a fast swipe
 * would stop dead. The folded ones come back from `getCoalescedEvents`.
 */
export function moveSamples(
  e: Pick<PointerEvent, 'clientX' | 'timeStamp'> & {
    getCoalescedEvents?: () => Pick<PointerEvent, 'clientX' | 'timeStamp'>[];
  },
): Sample[] {
  const folded = e.getCoalescedEvents?.() ?? [];
  return (folded.length > 0 ? folded : [e]).map((m) => ({ x: m.clientX, at: m.timeStamp }));
}

/** One frame of a fling: the distance moved over `dt` ms, and the speed after it; null once stopped. */
export function flingStep(velocity: number, dt: number): { dx: number; velocity: number } | null {
  if (Math.abs(velocity) < STOP) return null;
  const next = velocity * FRICTION ** (dt / 16);
  return { dx: ((velocity + next) / 2) * dt, velocity: next };
}
