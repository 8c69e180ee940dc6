/**
 * The steps the 3D view takes down when frames are slow: shadows off first, then fewer pixels.
 * Antialiasing is chosen once, when the context is made: never under a software renderer.
 */
export const QUALITIES = {
  high: { shadows: true, maxPixelRatio: 2 },
  medium: { shadows: false, maxPixelRatio: 1 },
  low: { shadows: false, maxPixelRatio: 0.5 },
} as const;
export type Quality = keyof typeof QUALITIES;

const ORDER: readonly Quality[] = ['high', 'medium', 'low'];

/** The next step down, or null at the lowest. */
export function nextQuality(q: Quality): Quality | null {
  return ORDER[ORDER.indexOf(q) + 1] ?? null;
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
}

/** The median and 95th percentile of frame times (ms), nearest rank; no frames reads as infinitely slow. */
export function frameStats(samples: readonly number[]): FrameStats {
  if (samples.length === 0) return { frames: 0, p50: Infinity, p95: Infinity };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Infinity;
  return { frames: sorted.length, p50: rank(0.5), p95: rank(0.95) };
}

/** The self-test measures for this long, after this long for the page to settle, ms. */
export const PROBE_MS = 2000;
const SETTLE_MS = 500;

/** What one measurement decided: keep this quality, measure it again, step down, or give up 3D. */
export type Verdict = 'keep' | 'again' | 'down' | 'give up';

/**
 * The 3D view's self-test: frame times measured over {@link PROBE_MS} (after {@link SETTLE_MS} in
 * which the page finishes what opening the tour set going); a p95 above `slowMs` steps the quality
 * down, and at the lowest, slow twice in a row (once may be a passing load), gives up 3D.
 */
export class SelfTest {
  private window: { from: number; until: number; last: number; intervals: number[] } | null = null;
  private slowAtLowest = 0;

  constructor(
    public quality: Quality,
    private readonly slowMs: number,
  ) {}

  get measuring(): boolean {
    return this.window !== null;
  }

  /** Measures again from `now` (at the start, after a step down, after being covered). */
  restart(now: number): void {
    const from = now + SETTLE_MS;
    this.window = { from, until: from + PROBE_MS, last: 0, intervals: [] };
  }

  /** A frame was shown at `now`: null while measuring; at the end, the figures and the verdict. */
  frame(now: number): { stats: FrameStats; verdict: Verdict } | null {
    const w = this.window;
    if (!w) return null;
    if (w.last > 0 && now > w.from) w.intervals.push(now - w.last);
    w.last = now;
    if (now < w.until) return null;
    this.window = null;
    const stats = frameStats(w.intervals);
    if (stats.p95 <= this.slowMs) return { stats, verdict: 'keep' };
    const next = nextQuality(this.quality);
    if (next === null && ++this.slowAtLowest < 2) {
      this.restart(now);
      return { stats, verdict: 'again' };
    }
    if (next === null) return { stats, verdict: 'give up' };
    this.quality = next;
    this.restart(now);
    return { stats, verdict: 'down' };
  }
}
