// No zod here: the renderer uses these too.
import { isLocalDate } from './dates';

/**
 * Wall-clock times at the centre (Asia/Shanghai), `YYYY-MM-DDTHH:mm`, stored as whole minutes
 * counted as if the wall clock were UTC: comparisons and overlaps are exact integer arithmetic,
 * whatever the time zone of the machine. China keeps no daylight saving, so the wall clock is
 * UTC+8 throughout.
 */
const WALL = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export function isWallTime(s: string): boolean {
  const m = WALL.exec(s);
  return m !== null && isLocalDate(m[1] ?? '');
}

/** Minutes since 1970-01-01T00:00 on the wall clock. */
export function wallMinutes(s: string): number {
  const [y = 1970, mo = 1, d = 1, h = 0, mi = 0] = s.split(/[-T:]/).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000;
}

export function wallTime(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

/** The wall clock at the centre at the instant `at`. */
export function wallNow(at: Date): number {
  return Math.floor(at.getTime() / 60_000) + SHANGHAI_OFFSET_MINUTES;
}

/** The instant (ms since the epoch) at which the wall clock at the centre shows `minutes`: {@link wallNow}'s inverse. */
export function wallInstant(minutes: number): number {
  return (minutes - SHANGHAI_OFFSET_MINUTES) * 60_000;
}

/** `HH:mm` as minutes after midnight. */
export function clockMinutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export const dayOfWall = (minutes: number) => wallTime(minutes).slice(0, 10);
export const clockOfWall = (minutes: number) => wallTime(minutes).slice(11);
