import type { Handlers } from '../../context';
import {
  availability,
  board,
  checkIn,
  decide,
  listBookings,
  recordEvent,
  requestBooking,
  statusOf,
} from './bookings.service';
import { exportRecords } from './records-export';
import { cancelBookings, createBookings, seriesOf, updateBookings } from './series.service';
import { addBlackout, listBlackouts, removeBlackout, saveVenue } from './rooms.service';
import { bookingsIcs } from './venues-ics';
import { exportReport, venueReport } from './venues-report';
import { venuesRepo } from './venues.repo';

type VenuesMethods =
  | 'venues.list'
  | 'venues.save'
  | 'venues.blackouts'
  | 'venues.addBlackout'
  | 'venues.removeBlackout'
  | 'bookings.availability'
  | 'bookings.request'
  | 'bookings.board'
  | 'bookings.status'
  | 'bookings.create'
  | 'bookings.approve'
  | 'bookings.decline'
  | 'bookings.cancel'
  | 'bookings.update'
  | 'bookings.series'
  | 'bookings.checkIn'
  | 'bookings.record'
  | 'bookings.exportRecords'
  | 'bookings.list'
  | 'bookings.report'
  | 'bookings.exportReport'
  | 'bookings.ics';

export const venuesHandlers: Pick<Handlers, VenuesMethods> = {
  'venues.list': (_input, ctx) => venuesRepo(ctx.db).venues(),
  'venues.save': (input, ctx) => saveVenue(ctx, input),
  'venues.blackouts': (input, ctx) => listBlackouts(ctx, input),
  'venues.addBlackout': (input, ctx) => addBlackout(ctx, input),
  'venues.removeBlackout': ({ id }, ctx) => removeBlackout(ctx, id),
  'bookings.availability': (input, ctx) => availability(ctx, input),
  'bookings.request': (input, ctx) => requestBooking(ctx, input),
  'bookings.board': (input, ctx) => board(ctx, input),
  'bookings.status': ({ ref }, ctx) => statusOf(ctx, ref),
  'bookings.create': (input, ctx) => createBookings(ctx, input),
  'bookings.approve': ({ id }, ctx) => decide(ctx, id, ['requested'], 'approved'),
  'bookings.decline': ({ id, reason }, ctx) => decide(ctx, id, ['requested'], 'declined', reason),
  'bookings.cancel': (input, ctx) => cancelBookings(ctx, input),
  'bookings.update': (input, ctx) => updateBookings(ctx, input),
  'bookings.series': ({ id }, ctx) => seriesOf(ctx, id),
  'bookings.checkIn': ({ ref }, ctx) => checkIn(ctx, ref),
  'bookings.record': (input, ctx) => recordEvent(ctx, input),
  'bookings.exportRecords': (input, ctx) => exportRecords(ctx, input),
  'bookings.list': (input, ctx) => listBookings(ctx, input),
  'bookings.report': (input, ctx) => venueReport(ctx, input),
  'bookings.exportReport': (input, ctx) => exportReport(ctx, input),
  'bookings.ics': (input, ctx) => bookingsIcs(ctx, input),
};
