import rrule from 'rrule';

// rrule is CommonJS: its named exports are read from the default one, which Node's ES loader gives
// (the benchmark's bundle leaves packages external).
const { Frequency, RRule } = rrule;
type Frequency = (typeof Frequency)[keyof typeof Frequency];
import type { Parsed } from '../../../shared';
import {
  MAX_OCCURRENCES,
  SERIES_MAX_DAYS,
  SKIP_CODES,
  type Booking,
  type BookingSeries,
  type BookingStatus,
  type CreatedBookings,
  type SkippedDate,
  type Venue,
} from '../../../shared/venues.types';
import { dayOfWall, wallMinutes, wallNow, wallTime } from '../../../shared/wall-time';
import type { Ctx, WriteCtx } from '../../context';
import { DomainError } from '../../errors';
import {
  bookingOrRefuse,
  checkFits,
  checkSlot,
  insertBooking,
  settleLapsed,
  slotTakenOr,
  transition,
  venueOrRefuse,
} from './bookings.service';
import { toBooking, venuesRepo, type BookingChange, type BookingRow } from './venues.repo';

// Recurring bookings: "every first Friday of the month, 14:30–16:30, 主题党日" as an RRULE (RFC 5545,
// read by the `rrule` package). Each date is a booking of its own, checked by the same rules and
// the same trigger as any other; the dates that cannot be held are answered and kept as skipped.
// Changes and cancellations reach one date, this and the later ones, or the whole series.

const FREQUENCIES: readonly Frequency[] = [
  Frequency.DAILY,
  Frequency.WEEKLY,
  Frequency.MONTHLY,
  Frequency.YEARLY,
];

function invalidRule(message: string): DomainError {
  return new DomainError('invalid_recurrence', message, {
    maxOccurrences: MAX_OCCURRENCES,
    maxDays: SERIES_MAX_DAYS,
  });
}

/**
 * The dates `rule` gives from `first` (wall minutes, read by rrule as UTC: the wall clock has no
 * daylight saving, so a date's time of day never shifts), at most {@link MAX_OCCURRENCES} of them
 * within {@link SERIES_MAX_DAYS} days.
 */
export function occurrences(rule: string, first: number): number[] {
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(rule.replace(/^RRULE:/i, ''));
  } catch {
    throw invalidRule('Not a repeat rule (RRULE)');
  }
  if (options.freq === undefined || !FREQUENCIES.includes(options.freq))
    throw invalidRule('A series repeats daily, weekly, monthly or yearly');
  if (options.count == null && options.until == null)
    throw invalidRule('A series needs an end: COUNT or UNTIL');
  const last = first + SERIES_MAX_DAYS * 1440;
  const dates = new RRule({ ...options, dtstart: new Date(first * 60_000), tzid: null })
    // One date more than allowed is enough to refuse: the rule is never expanded further.
    .all((_date, i) => i <= MAX_OCCURRENCES)
    .map((date) => date.getTime() / 60_000);
  if (dates.length > MAX_OCCURRENCES || dates.some((d) => d > last))
    throw invalidRule(`At most ${MAX_OCCURRENCES} dates within ${SERIES_MAX_DAYS} days`);
  if (dates.length === 0) throw invalidRule('The rule gives no date');
  return dates;
}

type CreateInput = Parsed<'bookings.create'>;

/** Why a date of a series is skipped, when its refusal is one a single date may have. */
function skipOf(err: unknown, start: number, end: number): SkippedDate | null {
  if (!(err instanceof DomainError)) return null;
  const code = SKIP_CODES.find((c) => c === err.code);
  if (!code) return null;
  const details = err.details ?? {};
  const reason =
    code === 'outside_hours'
      ? details['opens']
        ? `${String(details['opens'])}–${String(details['closes'])}`
        : null
      : typeof details['reason'] === 'string'
        ? details['reason']
        : null;
  return { start: wallTime(start), end: wallTime(end), code, reason };
}

/**
 * Venue staff's booking: one date, or with `recurrence` a series whose dates that cannot be held
 * are skipped and listed. A rule that fits no date at all refuses the series, writing nothing.
 */
export function createBookings(ctx: WriteCtx, input: CreateInput): CreatedBookings {
  settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r));
  const venue = venueOrRefuse(ctx.db, input.venueId);
  const [start, end] = [wallMinutes(input.start), wallMinutes(input.end)];
  if (!input.recurrence) {
    const row = insertBooking(ctx, venue, { start, end }, input, 'staff');
    return { seriesId: null, bookings: [toBooking(row, true)], skipped: [] };
  }
  // What is wrong with every date (the length, the headcount, the purpose) refuses the series.
  checkFits(venue, input);
  const dates = occurrences(input.recurrence, start);
  const repo = venuesRepo(ctx.db);
  const seriesId = repo.insertSeries(input.recurrence, ctx.now().toISOString());
  const bookings: Booking[] = [];
  const skipped: SkippedDate[] = [];
  for (const date of dates) {
    const slot = { start: date, end: date + (end - start) };
    try {
      bookings.push(toBooking(insertBooking(ctx, venue, slot, input, 'staff', seriesId), true));
    } catch (err) {
      const skip = skipOf(err, slot.start, slot.end);
      if (!skip) throw err;
      skipped.push(skip);
    }
  }
  if (bookings.length === 0)
    throw new DomainError('no_free_date', 'None of the series’ dates can be booked', {
      skipped: skipped.length,
    });
  repo.setSkipped(seriesId, JSON.stringify(skipped));
  ctx.audit({ entity: 'booking_series', entityId: seriesId, after: { rule: input.recurrence, skipped } });
  return { seriesId, bookings, skipped };
}

/** States in which a booking is still to come and may change or be cancelled. */
const CHANGEABLE: readonly BookingStatus[] = ['requested', 'approved'];

/** The bookings a change of `row` reaches: itself, or its series' dates still to come from it or from the first. */
function inScope(ctx: WriteCtx, row: BookingRow, scope: Parsed<'bookings.cancel'>['scope']): BookingRow[] {
  if (scope === 'one' || row.series_id === null) return [row];
  const from = scope === 'following' ? row.start_min : 0;
  return venuesRepo(ctx.db)
    .seriesBookings(row.series_id, from)
    .filter((r) => CHANGEABLE.includes(r.status));
}

export function cancelBookings(ctx: WriteCtx, { id, reason, scope }: Parsed<'bookings.cancel'>): Booking[] {
  settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r));
  const row = bookingOrRefuse(ctx.db, id);
  const targets = inScope(ctx, row, scope);
  if (targets.length === 0)
    throw new DomainError('booking_wrong_state', `No date of this series is still to come`, {
      status: row.status,
    });
  return targets.map((t) => toBooking(transition(ctx, t, CHANGEABLE, 'cancelled', reason), true));
}

type UpdateInput = Parsed<'bookings.update'>;

/** Wall minutes count days from midnight: a time's day and its time of day are a division apart. */
const DAY = 1440;

/**
 * What `row` becomes: the fields given, and the times given; with `keepDate` (the dates of a
 * series) the times' time of day on the row's own date.
 */
function changed(row: BookingRow, input: UpdateInput, keepDate: boolean): BookingChange {
  let [start, end] = [row.start_min, row.end_min];
  if (input.start !== undefined && input.end !== undefined) {
    const [newStart, newEnd] = [wallMinutes(input.start), wallMinutes(input.end)];
    start = keepDate ? row.start_min - (row.start_min % DAY) + (newStart % DAY) : newStart;
    end = start + (newEnd - newStart);
  }
  return {
    start_min: start,
    end_min: end,
    title: input.title ?? row.title,
    purpose: input.purpose ?? row.purpose,
    company: input.organiser ? input.organiser.company : row.company,
    branch: input.organiser ? input.organiser.branch : row.branch,
    contact_name: input.contactName ?? row.contact_name,
    contact_phone: input.contactPhone ?? row.contact_phone,
    headcount: input.headcount ?? row.headcount,
    notes: input.notes === undefined ? row.notes : input.notes,
  };
}

function checkChange(ctx: WriteCtx, venue: Venue, row: BookingRow, change: BookingChange): void {
  const moved = change.start_min !== row.start_min || change.end_min !== row.end_min;
  const slot = {
    start: change.start_min,
    end: change.end_min,
    headcount: change.headcount,
    purpose: change.purpose,
  };
  if (moved) checkSlot(ctx.db, venue, slot, wallNow(ctx.now()), true);
  else checkFits(venue, slot);
}

/**
 * Changes a booking not yet begun, or the dates of its series still to come: every date is
 * checked and written in the one transaction, so a date that cannot take the change (its room
 * taken at the new time, say) refuses it for all of them.
 */
export function updateBookings(ctx: WriteCtx, input: UpdateInput): Booking[] {
  settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r));
  const row = bookingOrRefuse(ctx.db, input.id);
  if (!CHANGEABLE.includes(row.status))
    throw new DomainError('booking_wrong_state', `A booking that is ${row.status} cannot change`, {
      status: row.status,
    });
  const keepDate = input.scope !== 'one' && row.series_id !== null;
  if (keepDate && input.start !== undefined && input.start.slice(0, 10) !== dayOfWall(row.start_min))
    throw new DomainError('invalid_time_range', 'A series keeps its dates: move one date alone', {});
  const venue = venueOrRefuse(ctx.db, row.venue_id);
  const repo = venuesRepo(ctx.db);
  return inScope(ctx, row, input.scope).map((target) => {
    const change = changed(target, input, keepDate);
    checkChange(ctx, venue, target, change);
    try {
      repo.change(target.id, change);
    } catch (err) {
      throw slotTakenOr(err, change.start_min, change.end_min);
    }
    const after = bookingOrRefuse(ctx.db, target.id);
    ctx.audit({
      entity: 'booking',
      entityId: target.id,
      before: toBooking(target, true),
      after: toBooking(after, true),
    });
    return toBooking(after, true);
  });
}

export function seriesOf(ctx: Ctx, id: number): BookingSeries {
  const series = venuesRepo(ctx.db).series(id);
  if (!series) throw new DomainError('booking_not_found', 'No such series', { id });
  return {
    id: series.id,
    rule: series.rule,
    bookings: venuesRepo(ctx.db)
      .seriesBookings(id, 0)
      .map((r) => toBooking(r, true)),
    skipped: JSON.parse(series.skipped) as SkippedDate[],
  };
}
