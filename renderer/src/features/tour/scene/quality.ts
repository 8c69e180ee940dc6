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
