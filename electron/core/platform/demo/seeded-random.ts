/** mulberry32: a tiny seeded generator, so the demo centre is the same on every fresh install. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    /** An index weighted towards the start (a few popular titles, a long tail). */
    skewed: (n: number, power = 2.2) => Math.min(n - 1, Math.floor(n * next() ** power)),
  };
}
export type Random = ReturnType<typeof seededRandom>;
