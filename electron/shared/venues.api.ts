import { z } from 'zod';
import { method } from './contract';
import { exportFormat } from './library-office.api';
import { mediaId } from './media.api';
import { optText, phone, requestId, text } from './library.api';
import type { ExportFile } from './tables.types';
import {
  EQUIPMENT,
  MAX_AVAILABILITY_DAYS,
  NAME_MAX,
  NOTES_MAX,
  PURPOSES,
  REASON_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  type Availability,
  type Blackout,
  type BoardEntry,
  type Booking,
  type BookingSeries,
  type BookingStatusView,
  type CreatedBookings,
  type RequestAnswer,
  type VenueReport,
  REPORT_MAX_DAYS,
  ICS_MAX_DAYS,
  PHOTOS_MAX,
  SERIES_SCOPES,
  type Venue,
} from './venues.types';
import { daysBetween, isLocalDate } from './dates';
import { isWallTime, wallMinutes } from './wall-time';

export * from './venues.types';

const id = z.number().int().positive();
const wallTime = z.string().refine(isWallTime, 'a time at the centre, YYYY-MM-DDTHH:mm');
const localDate = z.string().refine(isLocalDate, 'a date, YYYY-MM-DD');
const ref = z.string().regex(/^\d{8}$/, 'eight digits');
/** Which dates of a series a change reaches; a booking alone has only itself. */
const scope = z.enum(SERIES_SCOPES).default('one');

/** Who asks for the room: a company of the park, its party branch, or both. */
const organiser = z
  .object({ company: optText(80), branch: optText(80) })
  .transform((o) => ({ company: o.company ?? null, branch: o.branch ?? null }))
  .refine((o) => o.company !== null || o.branch !== null, 'a company or a party branch');

/** A report's dates: at most {@link REPORT_MAX_DAYS} of them. */
const reportPeriod = z
  .object({ from: localDate, to: localDate })
  .refine(({ from, to }) => from <= to, { message: 'from must not be after to', path: ['to'] })
  .refine(({ from, to }) => daysBetween(from, to) < REPORT_MAX_DAYS, {
    message: `at most ${REPORT_MAX_DAYS} days`,
    path: ['to'],
  });

const bookingFields = {
  venueId: id,
  start: wallTime,
  end: wallTime,
  title: text(TITLE_MAX),
  purpose: z.enum(PURPOSES),
  organiser,
  contactName: text(NAME_MAX),
  contactPhone: phone,
  headcount: z.number().int().min(1).max(10_000),
  notes: optText(NOTES_MAX).transform((s) => s ?? null),
};

/** Pictures in the media store, in order, each once. */
const photos = z
  .array(mediaId)
  .max(PHOTOS_MAX)
  .default([])
  .transform((ids) => [...new Set(ids)]);

const clock = z.string().regex(/^([01]\d|2[0-3]):[03]0$|^24:00$/, 'HH:mm on the half hour');
const minutes = (max: number) => z.number().int().min(0).max(max);

/** A room as venue staff set it up: one line per weekday it opens, its rules. */
const room = z
  .object({
    id: id.optional(),
    name: text(40),
    nameEn: optText(60).transform((s) => s ?? null),
    floor: z.string().trim().max(20),
    capacity: z.number().int().min(1).max(10_000),
    equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length),
    photos,
    hours: z
      .array(z.object({ weekday: z.number().int().min(0).max(6), opens: clock, closes: clock }))
      .max(7)
      .refine((hs) => new Set(hs.map((h) => h.weekday)).size === hs.length, 'each weekday once')
      .refine((hs) => hs.every((h) => h.opens < h.closes), 'each day closes after it opens'),
    rules: z
      .object({
        minMinutes: z.number().int().min(30).max(1440),
        maxMinutes: z.number().int().min(30).max(1440),
        maxDaysAhead: z.number().int().min(1).max(366),
        minNoticeMinutes: minutes(30 * 1440),
        bufferMinutes: minutes(240),
        needsApproval: z.boolean(),
        purposes: z.array(z.enum(PURPOSES)).max(PURPOSES.length),
      })
      .refine((r) => r.minMinutes <= r.maxMinutes, {
        message: 'shortest not longer than longest',
        path: ['maxMinutes'],
      }),
  })
  .transform((r) => ({
    ...r,
    equipment: [...new Set(r.equipment)],
    rules: { ...r.rules, purposes: [...new Set(r.rules.purposes)] },
  }));

/**
 * 场地预约: the centre's rooms, asked for by visitors at the kiosk and booked, approved and checked
 * in by venue staff. Times are wall-clock times at the centre (`WallTime`).
 */
export const venuesApi = {
  /** The rooms visitors may ask for, with their hours and rules. */
  'venues.list': method<Venue[]>()({ role: 'visitor', input: z.object({}) }),
  /**
   * Adds a room (no `id`) or changes one: its name, hours and rules. Bookings already made keep
   * their times; the new rules apply to what is asked for from now on.
   */
  'venues.save': method<Venue>()({ role: 'venue_staff', writes: { domain: 'venues' }, input: room }),
  /** The blackouts touching the days `from`…`to`, every room's. */
  'venues.blackouts': method<Blackout[]>()({
    role: 'venue_staff',
    input: z
      .object({ from: localDate, to: localDate })
      .refine(({ from, to }) => from <= to && daysBetween(from, to) < REPORT_MAX_DAYS, {
        message: `from before to, at most ${REPORT_MAX_DAYS} days`,
        path: ['to'],
      }),
  }),
  /**
   * Closes a room (`venueId`) or every room (`null`) for a time, with a reason visitors see. The
   * bookings already in it stay and are answered, to be moved or cancelled.
   */
  'venues.addBlackout': method<{ blackout: Blackout; affected: Booking[] }>()({
    role: 'venue_staff',
    writes: { domain: 'venues' },
    input: z
      .object({ venueId: id.nullable(), start: wallTime, end: wallTime, reason: text(REASON_MAX) })
      .refine(({ start, end }) => start < end, { message: 'the end after the start', path: ['end'] })
      .refine(({ start, end }) => wallMinutes(end) - wallMinutes(start) <= 366 * 1440, {
        message: 'at most a year',
        path: ['end'],
      }),
  }),
  'venues.removeBlackout': method<{ ok: true }>()({
    role: 'venue_staff',
    writes: { domain: 'venues' },
    input: z.object({ id }),
  }),
  /** What is taken between `from` and `to` (one room, or all): when, never who. */
  'bookings.availability': method<Availability>()({
    role: 'visitor',
    input: z
      .object({ venueId: id.optional(), from: wallTime, to: wallTime })
      .refine(({ from, to }) => from < to, { message: 'from must be before to', path: ['to'] })
      .refine(({ from, to }) => wallMinutes(to) - wallMinutes(from) <= MAX_AVAILABILITY_DAYS * 1440, {
        message: `at most ${MAX_AVAILABILITY_DAYS} days`,
        path: ['to'],
      }),
  }),
  /** A walk-up request at the kiosk, no account needed: answers the reference number to keep. */
  'bookings.request': method<RequestAnswer>()({
    role: 'visitor',
    writes: { domain: 'venues', idempotent: true },
    input: z.object({ ...bookingFields, requestId }),
  }),
  /** One day's bookings (one room, or every room) for a door sign and the lobby board. */
  'bookings.board': method<BoardEntry[]>()({
    role: 'visitor',
    input: z.object({ venueId: id.optional(), date: localDate }),
  }),
  /**
   * A calendar file (.ics) an organiser adds to a phone's calendar: one booking by its reference
   * number, or a room's bookings over at most {@link ICS_MAX_DAYS} days; what a door sign shows.
   */
  'bookings.ics': method<ExportFile>()({
    role: 'visitor',
    input: z.union([
      /** `series`: every date still to come of the booking's series (the booking alone when it has none). */
      z.object({ ref, series: z.literal(true).optional() }),
      z
        .object({ venueId: id, from: localDate, to: localDate })
        .refine(({ from, to }) => from <= to && daysBetween(from, to) < ICS_MAX_DAYS, {
          message: `from before to, at most ${ICS_MAX_DAYS} days`,
          path: ['to'],
        }),
    ]),
  }),
  /** A request's state by its reference number, with nothing personal in it. */
  'bookings.status': method<BookingStatusView>()({ role: 'visitor', input: z.object({ ref }) }),
  /**
   * Venue staff book a room for a branch directly: approved at once. With `recurrence` (an RRULE
   * such as `FREQ=MONTHLY;BYDAY=1FR;COUNT=12`, with COUNT or UNTIL; `start`…`end` is the first
   * date's time) it makes a series: every date the rule gives from `start` that can be held is
   * booked, and the others (taken, closed, outside the room's hours, past) are answered as skipped.
   */
  'bookings.create': method<CreatedBookings>()({
    role: 'venue_staff',
    writes: { domain: 'venues', idempotent: true },
    input: z.object({ ...bookingFields, requestId, recurrence: optText(200) }),
  }),
  /**
   * Changes a booking that has not begun: its time (a date of a series moves alone; `following`
   * or `all` move each date's time of day and keep the dates) or its details. All or nothing: a
   * date that cannot take the change refuses it for every date, with that date's reason.
   */
  'bookings.update': method<Booking[]>()({
    role: 'venue_staff',
    writes: { domain: 'venues' },
    input: z
      .object({
        id,
        scope,
        start: wallTime.optional(),
        end: wallTime.optional(),
        title: text(TITLE_MAX).optional(),
        purpose: z.enum(PURPOSES).optional(),
        organiser: organiser.optional(),
        contactName: text(NAME_MAX).optional(),
        contactPhone: phone.optional(),
        headcount: z.number().int().min(1).max(10_000).optional(),
        notes: optText(NOTES_MAX),
      })
      .refine(({ start, end }) => (start === undefined) === (end === undefined), {
        message: 'start and end together',
        path: ['end'],
      }),
  }),
  /** A series: its rule, its dates in order, and the dates it skipped. */
  'bookings.series': method<BookingSeries>()({ role: 'venue_staff', input: z.object({ id }) }),
  'bookings.approve': method<Booking>()({
    role: 'venue_staff',
    writes: { domain: 'venues' },
    input: z.object({ id }),
  }),
  'bookings.decline': method<Booking>()({
    role: 'venue_staff',
    writes: { domain: 'venues' },
    input: z.object({ id, reason: text(REASON_MAX) }),
  }),
  /** Cancels a booking not yet held; of a series, this date, this and the later ones, or all still to come. */
  'bookings.cancel': method<Booking[]>()({
    role: 'venue_staff',
    writes: { domain: 'venues' },
    input: z.object({ id, reason: text(REASON_MAX), scope }),
  }),
  /**
   * The organiser is there: by the booking's id at the desk, or by its reference number at the
   * kiosk (a visitor knows no id), from a while before the start until the end.
   */
  'bookings.checkIn': method<BookingStatusView>()({
    role: 'visitor',
    writes: { domain: 'venues' },
    input: z.object({ ref }),
  }),
  /**
   * What happened, after the event began: how many came, a summary, for 三会一课 the topic and who
   * was absent. Written again to correct it; a booking recorded is completed (a no-show too: it was
   * held after all).
   */
  'bookings.record': method<Booking>()({
    role: 'venue_staff',
    writes: { domain: 'venues' },
    input: z.object({
      id,
      attendance: z.number().int().min(0).max(10_000),
      summary: text(SUMMARY_MAX),
      topic: optText(100).transform((s) => s ?? null),
      absent: optText(300).transform((s) => s ?? null),
      photos,
    }),
  }),
  /**
   * The 活动台账 for the district, `from`…`to` (dates): every recorded event, and totals per branch,
   * purpose and month; with `branch`, that branch's own 三会一课 register.
   */
  'bookings.exportRecords': method<ExportFile>()({
    role: 'venue_staff',
    input: z
      .object({ from: localDate, to: localDate, format: exportFormat.default('xlsx'), branch: optText(80) })
      .refine(({ from, to }) => from <= to, { message: 'from must not be after to', path: ['to'] }),
  }),
  /**
   * 场地统计 over `from`…`to`: events and participants per month, purpose, company, branch and room;
   * each room's use (hours booked ÷ hours open) and the no-show rate.
   */
  'bookings.report': method<VenueReport>()({ role: 'venue_staff', input: reportPeriod }),
  /** The same report as a spreadsheet (a sheet per table), in 简体 as a district reads it. */
  'bookings.exportReport': method<ExportFile>()({
    role: 'venue_staff',
    input: reportPeriod.and(z.object({ format: exportFormat.default('xlsx') })),
  }),
  /** The bookings that touch `from`…`to`, for the staff calendar and the request queue. */
  'bookings.list': method<Booking[]>()({
    role: 'venue_staff',
    input: z
      .object({
        from: wallTime,
        to: wallTime,
        venueId: id.optional(),
        status: z.enum(['requested', 'unrecorded']).optional(),
      })
      .refine(({ from, to }) => from < to, { message: 'from must be before to', path: ['to'] }),
  }),
};
