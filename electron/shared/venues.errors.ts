import { errors } from './error-defs';

/** 场地预约's refusals; texts in the `venues` namespace (`errors.<code>`). */
export const venuesErrors = errors({
  venue_not_found: { http: 404 },
  /** Another room already has this name (`details.name`). */
  venue_name_taken: { http: 409 },
  booking_not_found: { http: 404 },
  /** Another booking, or a request still waiting, holds part of the slot or its buffer (`details.start`, `details.end`). */
  slot_taken: { http: 409 },
  /** Outside the room's opening hours that day (`details.opens`, `details.closes`; none when closed all day). */
  outside_hours: { http: 422 },
  /** The centre is closed that day (a holiday, the weekly closing, a day staff closed) or the room is blacked out (`details.reason`). */
  closed_day: { http: 422 },
  /** Further ahead than the room takes requests (`details.maxDaysAhead`). */
  too_far_ahead: { http: 422 },
  /** Too soon: the room needs notice (`details.minNoticeMinutes`). */
  too_short_notice: { http: 422 },
  /** More people than the room holds (`details.capacity`). */
  over_capacity: { http: 422 },
  /** The end is not after the start, the times are not on the quarter hour, the slot spans midnight, or its length is outside the room's (`details.minMinutes`, `details.maxMinutes`). */
  invalid_time_range: { http: 400 },
  /** The room does not take this purpose (`details.purpose`). */
  purpose_not_allowed: { http: 422 },
  /** The booking is not in a state that allows this (`details.status`). */
  booking_wrong_state: { http: 409 },
  /** Not a repeat rule a series can take: an RRULE repeating daily to yearly, with COUNT or UNTIL, at most `details.maxOccurrences` dates within `details.maxDays` days. */
  invalid_recurrence: { http: 400 },
  /** None of a series' dates can be booked (`details.skipped`): nothing was written. */
  no_free_date: { http: 409 },
  /** Check-in opens a while before the start and closes at the end (`details.opensAt`). */
  check_in_closed: { http: 409 },
  /** A room's or a record's photo is not a picture in the media store (`details.mediaId`). */
  photo_invalid: { http: 422 },
});
