import { createEvents, type EventAttributes, type EventStatus } from 'ics';
import type { Parsed } from '../../../shared';
import type { ExportFile } from '../../../shared/tables.types';
import { HOLDING, type BookingStatus, type Venue } from '../../../shared/venues.types';
import { addDays } from '../../../shared/dates';
import { wallInstant, wallMinutes, wallNow } from '../../../shared/wall-time';
import type { Ctx } from '../../context';
import { DomainError } from '../../errors';
import { readSettings } from '../../platform/settings/settings.repo';
import { settledStatus, venueOrRefuse } from './bookings.service';
import { venuesRepo, type BookingRow } from './venues.repo';

// Calendar files (RFC 5545, written by the `ics` package) an organiser adds to a phone's calendar:
// one booking by its reference number (or its series' dates still to come), or a room's calendar
// over some days. Times are written in
// UTC, so every calendar shows them right wherever it is set; what is in them is what a door sign
// shows (what, who, when; never the contact), and a request still waiting shows only that the
// time is asked for.

function statusOf(status: BookingStatus): EventStatus {
  if (status === 'requested') return 'TENTATIVE';
  return HOLDING.includes(status) ? 'CONFIRMED' : 'CANCELLED';
}

function eventOf(row: BookingRow, status: BookingStatus, venue: Venue, centre: string): EventAttributes {
  const pending = status === 'requested';
  return {
    uid: `booking-${row.ref}@hongyi`,
    start: wallInstant(row.start_min),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: wallInstant(row.end_min),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: pending ? `${venue.name}（已申请，待审核）` : row.title,
    location: `${centre} ${venue.name}（${venue.floor}）`,
    description: [`预约号 ${row.ref}`, pending ? null : (row.branch ?? row.company)]
      .filter(Boolean)
      .join('\n'),
    status: statusOf(status),
    productId: 'hongyi/venues',
  };
}

function file(name: string, events: EventAttributes[], calName: string): ExportFile {
  const { error, value } = createEvents(events, { productId: 'hongyi/venues', calName });
  if (error || value === null) throw error ?? new Error('no calendar written');
  return {
    fileName: `${name}.ics`,
    mimeType: 'text/calendar',
    contentBase64: Buffer.from(value, 'utf8').toString('base64'),
  };
}

/** A booking's calendar file by its reference number, or a room's over `from`…`to`. */
export function bookingsIcs(ctx: Ctx, input: Parsed<'bookings.ics'>): ExportFile {
  const repo = venuesRepo(ctx.db);
  const centre = readSettings(ctx.db)['centre.name'];
  const now = wallNow(ctx.now());
  if ('ref' in input) {
    const row = repo.byRef(input.ref);
    if (!row)
      throw new DomainError('booking_not_found', 'No booking has this reference number', { ref: input.ref });
    const venue = venueOrRefuse(ctx.db, row.venue_id);
    if (input.series && row.series_id !== null) {
      // The dates still to come (today's too), each in its room: one date may have moved.
      const events = repo
        .seriesBookings(row.series_id, now - (now % 1440))
        .map((r) => ({ row: r, status: settledStatus(r, now) }))
        .filter(({ status }) => HOLDING.includes(status))
        .map(({ row: r, status }) => eventOf(r, status, venueOrRefuse(ctx.db, r.venue_id), centre));
      return file(`系列预约-${row.ref}`, events, venue.name);
    }
    return file(`预约-${row.ref}`, [eventOf(row, settledStatus(row, now), venue, centre)], venue.name);
  }
  const venue = venueOrRefuse(ctx.db, input.venueId);
  const events = repo
    .list(wallMinutes(`${input.from}T00:00`), wallMinutes(`${addDays(input.to, 1)}T00:00`), venue.id, null)
    .map((r) => ({ row: r, status: settledStatus(r, now) }))
    .filter(({ status }) => HOLDING.includes(status))
    .map(({ row, status }) => eventOf(row, status, venue, centre));
  return file(`${venue.name}-${input.from}至${input.to}`, events, venue.name);
}
