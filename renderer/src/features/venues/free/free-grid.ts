import type { Availability, Venue } from '../../../../../electron/shared/venues.types';
import { fromMinutes, isBusy, slotStarts, toMinutes } from '../../../components/calendar/time-slots';
import { dayPlan } from '../day-slots';

/** An hour of a room's day: free, free for half of it, or taken (booked, closed, too soon). */
export type HourState = 'free' | 'part' | 'taken';

export type RoomDay =
  /** The centre is closed, or the room does not open on this weekday. */
  { open: false } | { open: true; freeMinutes: number; hours: { hour: string; state: HourState }[] };

/**
 * One room's day as the free-rooms screen shows it, from the same plan the time picker draws (the
 * room's buffer around what is taken, its closures, the notice a request needs): its free minutes,
 * and each hour it is open. `centreOpen`: what the centre calendar says of the day.
 */
export function roomDay(
  venue: Venue,
  date: string,
  taken: Availability,
  now: string,
  centreOpen: boolean,
): RoomDay {
  // Availability for every room holds every room's closures: this room's and the centre's count.
  const own = {
    ...taken,
    blackouts: taken.blackouts.filter((b) => b.venueId === null || b.venueId === venue.id),
  };
  const plan = dayPlan(venue, date, own, now);
  if (!centreOpen || !plan.hours) return { open: false };
  const rules = { step: 30, busy: plan.busy };
  const free = slotStarts(plan.hours.start, plan.hours.end, 30).filter((s) => !isBusy(s, rules));
  const first = Math.floor(toMinutes(plan.hours.start) / 60) * 60;
  const hours: { hour: string; state: HourState }[] = [];
  for (let m = first; m < toMinutes(plan.hours.end); m += 60) {
    const halves = [m, m + 30]
      .map(fromMinutes)
      .filter(
        (s) =>
          toMinutes(s) >= toMinutes(plan.hours?.start ?? '00:00') &&
          toMinutes(s) + 30 <= toMinutes(plan.hours?.end ?? '24:00'),
      );
    const freeHalves = halves.filter((s) => free.includes(s)).length;
    hours.push({
      hour: fromMinutes(m),
      state: freeHalves === 0 ? 'taken' : freeHalves === halves.length ? 'free' : 'part',
    });
  }
  return { open: true, freeMinutes: free.length * 30, hours };
}
