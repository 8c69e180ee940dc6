/** Times of day as `HH:MM`, on a 24-hour clock. */
export interface TimeRange {
  start: string;
  end: string;
}

export function toMinutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export function fromMinutes(minutes: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(minutes / 60))}:${p(minutes % 60)}`;
}

/** The start of every slot from `from` up to `to`, `step` minutes apart. */
export function slotStarts(from: string, to: string, step: number): string[] {
  const out: string[] = [];
  for (let m = toMinutes(from); m + step <= toMinutes(to); m += step) out.push(fromMinutes(m));
  return out;
}

const overlaps = (a: TimeRange, b: TimeRange) =>
  toMinutes(a.start) < toMinutes(b.end) && toMinutes(b.start) < toMinutes(a.end);

export interface SlotRules {
  step: number;
  /** Ranges already taken: a chosen range never covers one. */
  busy?: readonly TimeRange[];
  /** The longest range, in minutes. */
  maxMinutes?: number;
}

export function isBusy(slot: string, rules: SlotRules): boolean {
  const range = { start: slot, end: fromMinutes(toMinutes(slot) + rules.step) };
  return (rules.busy ?? []).some((b) => overlaps(range, b));
}

/**
 * A tap on a slot. The first tap chooses that slot alone and becomes the anchor; a second tap at
 * or after the anchor stretches the range to the end of the tapped slot, unless that would cover
 * a taken slot or pass the longest range, in which case the tapped slot starts afresh. A tap on a
 * taken slot changes nothing.
 */
export function tapSlot(
  current: { range: TimeRange | null; anchor: string | null },
  slot: string,
  rules: SlotRules,
): { range: TimeRange | null; anchor: string | null } {
  if (isBusy(slot, rules)) return current;
  const end = fromMinutes(toMinutes(slot) + rules.step);
  const { anchor } = current;
  if (anchor !== null && toMinutes(slot) >= toMinutes(anchor)) {
    const stretched = { start: anchor, end };
    const tooLong = rules.maxMinutes !== undefined && toMinutes(end) - toMinutes(anchor) > rules.maxMinutes;
    if (!tooLong && !(rules.busy ?? []).some((b) => overlaps(stretched, b))) {
      return { range: stretched, anchor: null };
    }
  }
  return { range: { start: slot, end }, anchor: slot };
}

export function inRange(slot: string, range: TimeRange | null): boolean {
  if (!range) return false;
  const m = toMinutes(slot);
  return m >= toMinutes(range.start) && m < toMinutes(range.end);
}
