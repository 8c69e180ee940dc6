/**
 * Counts events per key in fixed windows of time: `take` says whether one more fits in the key's
 * current window. The keys remembered are capped (the oldest go first), so a flood of new keys
 * costs a bounded amount of memory.
 */
export class WindowCounter {
  private readonly byKey = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 4096,
  ) {}

  take(key: string, now: number): boolean {
    let entry = this.byKey.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      this.byKey.delete(key);
      if (this.byKey.size >= this.maxKeys) {
        const oldest = this.byKey.keys().next();
        if (!oldest.done) this.byKey.delete(oldest.value);
      }
      entry = { start: now, count: 0 };
      // Re-inserted, so the map's order stays the order of the windows' starts.
      this.byKey.set(key, entry);
    }
    if (entry.count >= this.max) return false;
    entry.count++;
    return true;
  }
}
