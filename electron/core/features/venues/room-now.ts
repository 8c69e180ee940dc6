import type { LinkState } from '../../../shared/platform.api';
import { HOLDING } from '../../../shared/venues.types';
import { clockMinutes, clockOfWall, wallMinutes, wallNow } from '../../../shared/wall-time';
import type { ReadDb } from '../../db/database';
import { settledStatus } from './bookings.service';
import { venuesRepo } from './venues.repo';

const DAY = 1440;

/**
 * Where a room stands at `now` for a link to it (a tour's hotspot): in use until the booking ends,
 * closed (a closure, or outside its opening hours) until it opens again today, or free until the
 * next booking. A request not yet decided holds the room as a booking does, untitled.
 */
export function roomNow(db: ReadDb, venueId: number, at: Date): LinkState | null {
  const repo = venuesRepo(db);
  const venue = repo.venue(venueId);
  if (!venue) return null;
  const now = wallNow(at);
  const midnight = now - (now % DAY);
  const bookings = repo
    .list(midnight, midnight + DAY, venueId, null)
    .filter((b) => HOLDING.includes(settledStatus(b, now)) && b.end_min > now);
  const hours = venue.hours
    .filter((h) => h.weekday === new Date(midnight * 60_000).getUTCDay())
    .map((h) => ({ from: midnight + clockMinutes(h.opens), to: midnight + clockMinutes(h.closes) }));
  const closures = repo
    .blackouts(venueId, now, midnight + DAY)
    .map((c) => ({ from: wallMinutes(c.start), to: wallMinutes(c.end) }));
  const clock = (minutes: number) => (minutes >= midnight + DAY ? null : clockOfWall(minutes));

  const current = bookings.find((b) => b.start_min <= now);
  if (current) return { now: 'busy', until: clock(current.end_min), next: null };
  const closure = closures.find((c) => c.from <= now);
  const open = hours.find((h) => h.from <= now && now < h.to);
  const next = bookings.find((b) => b.start_min > now);
  const nextEvent = next
    ? { start: clockOfWall(next.start_min), title: next.status === 'requested' ? null : next.title }
    : null;
  if (closure || !open) {
    const reopens = hours.find((h) => h.from > now)?.from;
    const until = closure ? closure.to : reopens;
    return { now: 'closed', until: until === undefined ? null : clock(until), next: nextEvent };
  }
  const freeUntil = Math.min(open.to, next?.start_min ?? Infinity, closures[0]?.from ?? Infinity);
  return { now: 'free', until: clock(freeUntil), next: nextEvent };
}
