import { randomInt } from 'node:crypto';
import { SqliteError } from 'better-sqlite3';
import type { Parsed } from '../../../shared';
import {
  BOOKING_STEP_MINUTES,
  CHECK_IN_MINUTES,
  HOLDING,
  type Availability,
  type BoardEntry,
  type Booking,
  type BookingStatus,
  type BookingStatusView,
  type Purpose,
  type RequestAnswer,
  type Venue,
} from '../../../shared/venues.types';
import { clockMinutes, dayOfWall, wallMinutes, wallNow, wallTime } from '../../../shared/wall-time';
import { weekdayOf } from '../../../shared/dates';
import type { Ctx, WriteCtx } from '../../context';
import type { ReadDb, WriteDb } from '../../db/database';
import { DomainError } from '../../errors';
import { mediaRepo } from '../../platform/media/media.repo';
import type { AuditRecord } from '../../platform/audit/audit.repo';
import { dayOf } from '../../platform/calendar/calendar.service';
import { toBooking, venuesRepo, type BookingRow } from './venues.repo';

type BookingInput = Parsed<'bookings.request'>;

export function venueOrRefuse(db: ReadDb, id: number): Venue {
  const venue = venuesRepo(db).venue(id);
  if (!venue) throw new DomainError('venue_not_found', 'No such room', { venueId: id });
  return venue;
}

export function bookingOrRefuse(db: ReadDb, id: number): BookingRow {
  const row = venuesRepo(db).byId(id);
  if (!row) throw new DomainError('booking_not_found', 'No such booking', { id });
  return row;
}

function refOrRefuse(db: ReadDb, ref: string): BookingRow {
  const row = venuesRepo(db).byRef(ref);
  if (!row) throw new DomainError('booking_not_found', 'No booking has this reference number', { ref });
  return row;
}

export function availability(ctx: Ctx, { venueId, from, to }: Parsed<'bookings.availability'>): Availability {
  if (venueId !== undefined) venueOrRefuse(ctx.db, venueId);
  const repo = venuesRepo(ctx.db);
  const [a, b] = [wallMinutes(from), wallMinutes(to)];
  return {
    busy: repo.busy(venueId ?? null, a, b, wallNow(ctx.now()), CHECK_IN_MINUTES),
    blackouts: repo.blackouts(venueId ?? null, a, b),
  };
}

/** Whether `slot` may be booked in `venue` at all, before anyone else's booking is considered. */
export function checkSlot(
  db: ReadDb,
  venue: Venue,
  slot: { start: number; end: number; headcount: number; purpose: Purpose },
  now: number,
  asStaff: boolean,
): void {
  const { start, end } = slot;
  const { rules } = venue;
  const length = end - start;
  const range = { minMinutes: rules.minMinutes, maxMinutes: rules.maxMinutes, step: BOOKING_STEP_MINUTES };
  if (
    length <= 0 ||
    start % BOOKING_STEP_MINUTES !== 0 ||
    end % BOOKING_STEP_MINUTES !== 0 ||
    dayOfWall(start) !== dayOfWall(end - 1)
  )
    throw new DomainError(
      'invalid_time_range',
      'The end must follow the start on the same day, on the quarter hour',
      range,
    );
  if (length < rules.minMinutes || length > rules.maxMinutes)
    throw new DomainError('invalid_time_range', 'Shorter or longer than this room is booked for', range);
  // Staff may book from the quarter hour that has begun (a branch walks in and uses the room now).
  if (start < (asStaff ? now - (now % BOOKING_STEP_MINUTES) : now + rules.minNoticeMinutes))
    throw new DomainError('too_short_notice', 'Too soon for this room', {
      minNoticeMinutes: asStaff ? 0 : rules.minNoticeMinutes,
    });
  if (!asStaff && start >= now + rules.maxDaysAhead * 1440)
    throw new DomainError('too_far_ahead', 'Further ahead than this room takes requests', {
      maxDaysAhead: rules.maxDaysAhead,
    });
  const date = dayOfWall(start);
  const day = dayOf(db, date);
  if (!day.open)
    throw new DomainError('closed_day', 'The centre is closed that day', {
      date,
      reason: day.override?.reason ?? day.statutory?.name ?? null,
    });
  const hours = venue.hours.find((h) => h.weekday === weekdayOf(date));
  const midnight = wallMinutes(`${date}T00:00`);
  if (!hours || start - midnight < clockMinutes(hours.opens) || end - midnight > clockMinutes(hours.closes))
    throw new DomainError('outside_hours', 'Outside the room’s hours that day', {
      opens: hours?.opens ?? null,
      closes: hours?.closes ?? null,
    });
  const blackout = venuesRepo(db).blackouts(venue.id, start, end)[0];
  if (blackout)
    throw new DomainError('closed_day', 'The room is not available then', {
      date,
      reason: blackout.reason,
    });
  checkFits(venue, slot);
}

/** Whether the room takes this many people for this purpose. */
export function checkFits(
  venue: Venue,
  { headcount, purpose }: { headcount: number; purpose: Purpose },
): void {
  if (headcount > venue.capacity)
    throw new DomainError('over_capacity', 'More people than the room holds', { capacity: venue.capacity });
  if (venue.rules.purposes.length > 0 && !venue.rules.purposes.includes(purpose))
    throw new DomainError('purpose_not_allowed', 'The room does not take this purpose', { purpose });
}

const LAPSE: Partial<Record<BookingStatus, BookingStatus>> = {
  requested: 'expired',
  approved: 'no_show',
  checked_in: 'completed',
};

/** What a booking's state is at wall minute `now`, time's decisions included, recorded or not yet. */
export function settledStatus(
  row: Pick<BookingRow, 'status' | 'start_min' | 'end_min'>,
  now: number,
): BookingStatus {
  return lapsedAt(row, now) ? (LAPSE[row.status] ?? row.status) : row.status;
}

/** Whether time has decided this booking (see {@link settleLapsed}) at wall minute `now`. */
function lapsedAt(row: Pick<BookingRow, 'status' | 'start_min' | 'end_min'>, now: number): boolean {
  return (
    (row.status === 'requested' && row.start_min <= now) ||
    (row.status === 'approved' && row.start_min + CHECK_IN_MINUTES <= now) ||
    (row.status === 'checked_in' && row.end_min <= now)
  );
}

/**
 * Records what time has decided: a request nobody decided before its start expires, a booking
 * not checked in within the grace is released as a no-show, a checked-in one is completed at its
 * end. Run before every booking write (so a released slot can be taken at once) and daily.
 */
export function settleLapsed(db: WriteDb, at: Date, audit: (r: AuditRecord) => void): number {
  const repo = venuesRepo(db);
  const lapsed = repo.lapsed(wallNow(at), CHECK_IN_MINUTES);
  for (const { id, status } of lapsed) {
    const next = LAPSE[status];
    if (!next) continue;
    repo.setStatus(id, next, null, at.toISOString());
    audit({
      action: 'bookings.lapse',
      entity: 'booking',
      entityId: id,
      before: { status },
      after: { status: next },
    });
  }
  return lapsed.length;
}

/** Eight digits, unlike any other booking's: what a visitor keeps and types back. */
function newRef(db: ReadDb): string {
  const repo = venuesRepo(db);
  for (;;) {
    const ref = String(randomInt(10_000_000, 100_000_000));
    if (!repo.refTaken(ref)) return ref;
  }
}

/** Turns the trigger's refusal into the area's error, with the slot asked for. */
export function slotTakenOr(err: unknown, start: number, end: number): unknown {
  return err instanceof SqliteError && err.message === 'slot_taken'
    ? new DomainError('slot_taken', 'Someone holds part of this slot', {
        start: wallTime(start),
        end: wallTime(end),
      })
    : err;
}

type BookingFields = Omit<BookingInput, 'requestId' | 'venueId' | 'start' | 'end'>;

/**
 * Books `start`…`end` in `venue` once its rules allow it; the database refuses a clash. Time is
 * to be settled first (see {@link settleLapsed}), once per write.
 */
export function insertBooking(
  ctx: WriteCtx,
  venue: Venue,
  slot: { start: number; end: number },
  input: BookingFields,
  source: 'kiosk' | 'staff',
  seriesId: number | null = null,
): BookingRow {
  const at = ctx.now();
  const { start, end } = slot;
  checkSlot(
    ctx.db,
    venue,
    { start, end, headcount: input.headcount, purpose: input.purpose },
    wallNow(at),
    source === 'staff',
  );
  const status: BookingStatus = source === 'staff' || !venue.rules.needsApproval ? 'approved' : 'requested';
  let id: number;
  try {
    id = venuesRepo(ctx.db).insert({
      ref: newRef(ctx.db),
      venue_id: venue.id,
      start_min: start,
      end_min: end,
      title: input.title,
      purpose: input.purpose,
      company: input.organiser.company,
      branch: input.organiser.branch,
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      headcount: input.headcount,
      notes: input.notes,
      status,
      source,
      created_at: at.toISOString(),
      series_id: seriesId,
    });
  } catch (err) {
    throw slotTakenOr(err, start, end);
  }
  const row = bookingOrRefuse(ctx.db, id);
  ctx.audit({ entity: 'booking', entityId: id, after: toBooking(row, true) });
  return row;
}

export function requestBooking(ctx: WriteCtx, input: BookingInput): RequestAnswer {
  settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r));
  const venue = venueOrRefuse(ctx.db, input.venueId);
  const slot = { start: wallMinutes(input.start), end: wallMinutes(input.end) };
  const row = insertBooking(ctx, venue, slot, input, 'kiosk');
  return { id: row.id, ref: row.ref, status: row.status };
}

/** Moves a booking from one of `from` to `to`, audited; anything else is refused with its state. */
export function transition(
  ctx: WriteCtx,
  row: BookingRow,
  from: readonly BookingStatus[],
  to: BookingStatus,
  reason: string | null,
): BookingRow {
  if (!from.includes(row.status))
    throw new DomainError('booking_wrong_state', `A booking that is ${row.status} cannot become ${to}`, {
      status: row.status,
    });
  const repo = venuesRepo(ctx.db);
  repo.setStatus(row.id, to, reason, ctx.now().toISOString());
  const after = bookingOrRefuse(ctx.db, row.id);
  ctx.audit({
    entity: 'booking',
    entityId: row.id,
    before: { status: row.status },
    after: { status: to, reason },
  });
  return after;
}

/** Decisions on one booking: time is settled first, so an expired request cannot be approved. */
export function decide(
  ctx: WriteCtx,
  id: number,
  from: readonly BookingStatus[],
  to: BookingStatus,
  reason: string | null = null,
): Booking {
  settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r));
  return toBooking(transition(ctx, bookingOrRefuse(ctx.db, id), from, to, reason), true);
}

function statusView(db: ReadDb, row: BookingRow): BookingStatusView {
  return {
    ref: row.ref,
    venueId: row.venue_id,
    venueName: venuesRepo(db).venue(row.venue_id)?.name ?? '',
    start: wallTime(row.start_min),
    end: wallTime(row.end_min),
    status: row.status,
    reason: row.reason,
  };
}

export function statusOf(ctx: Ctx, ref: string): BookingStatusView {
  const row = refOrRefuse(ctx.db, ref);
  // A read settles nothing, but says what a write will record.
  return statusView(ctx.db, { ...row, status: settledStatus(row, wallNow(ctx.now())) });
}

/** The organiser is there, from {@link CHECK_IN_MINUTES} before the start until the no-show grace ends. */
export function checkIn(ctx: WriteCtx, ref: string): BookingStatusView {
  settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r));
  const row = refOrRefuse(ctx.db, ref);
  const opensAt = row.start_min - CHECK_IN_MINUTES;
  if (row.status === 'approved' && wallNow(ctx.now()) < opensAt)
    throw new DomainError('check_in_closed', 'Check-in has not opened yet', { opensAt: wallTime(opensAt) });
  return statusView(ctx.db, transition(ctx, row, ['approved'], 'checked_in', null));
}

/** A day's holders for a door sign or the lobby board: lapsed ones are left out, as a write would record them. */
export function board(ctx: Ctx, { venueId, date }: Parsed<'bookings.board'>): BoardEntry[] {
  if (venueId !== undefined) venueOrRefuse(ctx.db, venueId);
  const from = wallMinutes(`${date}T00:00`);
  const now = wallNow(ctx.now());
  return venuesRepo(ctx.db)
    .list(from, from + 1440, venueId ?? null, null)
    .map((r) => ({ ...r, status: settledStatus(r, now) }))
    .filter((r) => HOLDING.includes(r.status))
    .map((r) => {
      const pending = r.status === 'requested';
      return {
        venueId: r.venue_id,
        start: wallTime(r.start_min),
        end: wallTime(r.end_min),
        status: r.status,
        title: pending ? null : r.title,
        purpose: pending ? null : r.purpose,
        organiser: pending ? null : (r.branch ?? r.company),
      };
    });
}

export function listBookings(ctx: Ctx, input: Parsed<'bookings.list'>): Booking[] {
  const repo = venuesRepo(ctx.db);
  return repo
    .list(
      wallMinutes(input.from),
      wallMinutes(input.to),
      input.venueId ?? null,
      input.status ?? null,
      wallNow(ctx.now()),
    )
    .map((r) => toBooking(r, true, repo.record(r.id)));
}

/** States in which an event may have been held: recording one completes it. */
const HELD: readonly BookingStatus[] = ['approved', 'checked_in', 'completed', 'no_show'];

/** Refuses a photo that is not a picture in the media store (`photo_invalid`). */
export function checkPictures(db: ReadDb, ids: readonly string[]): void {
  for (const mediaId of ids) {
    if (mediaRepo(db).bySha(mediaId)?.kind !== 'image')
      throw new DomainError('photo_invalid', 'Not a picture in the media store', { mediaId });
  }
}

export function recordEvent(ctx: WriteCtx, input: Parsed<'bookings.record'>): Booking {
  settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r));
  const row = bookingOrRefuse(ctx.db, input.id);
  if (!HELD.includes(row.status))
    throw new DomainError('booking_wrong_state', `A booking that is ${row.status} has no event to record`, {
      status: row.status,
    });
  if (row.start_min > wallNow(ctx.now()))
    throw new DomainError('booking_wrong_state', 'The event has not begun', { status: row.status });
  checkPictures(ctx.db, input.photos);
  const repo = venuesRepo(ctx.db);
  const before = repo.record(row.id);
  const { id, ...record } = input;
  repo.saveRecord(id, record, ctx.now().toISOString());
  if (row.status !== 'completed') repo.setStatus(id, 'completed', null, ctx.now().toISOString());
  ctx.audit({
    entity: 'booking',
    entityId: id,
    before: { status: row.status, record: before },
    after: record,
  });
  const saved = bookingOrRefuse(ctx.db, id);
  return toBooking(saved, true, repo.record(id));
}
