import {
  BOOKING_STEP_MINUTES,
  type Availability,
  type Venue,
} from '../../../../electron/shared/venues.types';
import { addDays, weekdayOf } from '../../../../electron/shared/dates';
import { fromMinutes, toMinutes, type TimeRange } from '../../components/calendar/time-slots';

/** What a visitor may pick on one day in one room: its hours, and the times that cannot be had. */
export interface DayPlan {
  /** Null: the room is not open on this weekday. */
  hours: TimeRange | null;
  /** Taken (with the room's buffer around), blacked out, or too soon: never offered. */
  busy: TimeRange[];
}

const clip = (start: number, end: number): TimeRange => ({
  start: fromMinutes(Math.max(0, start)),
  end: fromMinutes(Math.min(24 * 60, end)),
});
const minutesOn = (date: string, wall: string) =>
  wall.slice(0, 10) < date ? 0 : wall.slice(0, 10) > date ? 24 * 60 : toMinutes(wall.slice(11));

/**
 * The day as the picker shows it. A booking holds its time and the room's buffer on both sides,
 * as the database's own rule does; slots before the room's notice are offered to no one, except
 * that venue staff (`asStaff`) book from the quarter hour that has begun, as core lets them (a
 * branch walks in and uses the room now). `now` is the wall clock at the centre, `YYYY-MM-DDTHH:mm`.
 */
export function dayPlan(
  venue: Venue,
  date: string,
  taken: Availability,
  now: string,
  asStaff = false,
): DayPlan {
  const open = venue.hours.find((h) => h.weekday === weekdayOf(date));
  if (!open) return { hours: null, busy: [] };
  const buffer = venue.rules.bufferMinutes;
  const busy = taken.busy
    .filter((b) => b.venueId === venue.id)
    .map((b) => clip(minutesOn(date, b.start) - buffer, minutesOn(date, b.end) + buffer));
  for (const b of taken.blackouts) busy.push(clip(minutesOn(date, b.start), minutesOn(date, b.end)));
  const clock = toMinutes(now.slice(11));
  const notice = asStaff ? clock - (clock % BOOKING_STEP_MINUTES) : clock + venue.rules.minNoticeMinutes;
  const noticeDays = Math.floor(notice / (24 * 60));
  const noticeDay = addDays(now.slice(0, 10), noticeDays);
  if (date < noticeDay) busy.push({ start: '00:00', end: '24:00' });
  else if (date === noticeDay) busy.push(clip(0, notice - noticeDays * 24 * 60));
  return { hours: { start: open.opens, end: open.closes }, busy };
}
