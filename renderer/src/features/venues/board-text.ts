import type { BoardEntry } from '../../../../electron/shared/venues.types';

/** Where a day stands at `now`: what is on, what comes next, and until when the room is free. */
export function doorState(entries: readonly BoardEntry[], now: string) {
  const sorted = [...entries].sort((a, b) => a.start.localeCompare(b.start));
  const current = sorted.find((e) => e.start <= now && now < e.end) ?? null;
  const next = sorted.find((e) => e.start > now) ?? null;
  return { current, next, freeUntil: current ? null : (next?.start.slice(11) ?? null) };
}
