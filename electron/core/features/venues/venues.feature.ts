import { venuesApi } from '../../../shared/venues.api';
import { venuesErrors } from '../../../shared/venues.errors';
import type { Feature, LinkResolver } from '../../context';
import { settleLapsed } from './bookings.service';
import { m001Venues } from './migrations/001-venues';
import { m002Records } from './migrations/002-records';
import { m003StatusIndex } from './migrations/003-status-index';
import { m004Series } from './migrations/004-series';
import { m005Photos } from './migrations/005-photos';
import { venuesHandlers } from './venues.handlers';
import { roomNow } from './room-now';
import { venuesRepo } from './venues.repo';
import { seedDemoBookings } from './venues.demo';
import { seedDemoVenues } from './venues.seed';

/** A link to a room: its name, and where it stands now (free, in use until …, closed). */
const room: LinkResolver = (db, id, now) => {
  const venue = /^[1-9]\d{0,15}$/.test(id) ? venuesRepo(db).venue(Number(id)) : null;
  const state = venue ? roomNow(db, venue.id, now) : null;
  return venue && state ? { title: venue.name, state } : null;
};

/**
 * 场地预约, venue booking: the centre's rooms, requested by visitors and party branches, approved
 * and checked in by venue staff. The database itself keeps any two holders of a room apart.
 */
export const venuesFeature: Feature = {
  id: 'venues',
  area: true,
  api: venuesApi,
  errors: venuesErrors,
  migrations: [m001Venues, m002Records, m003StatusIndex, m004Series, m005Photos],
  handlers: venuesHandlers,
  links: { room },
  organisations: (db) => venuesRepo(db).organisations(),
  mediaRefs: (db) => venuesRepo(db).photos(),
  counters: (db) => {
    const { events, people } = venuesRepo(db).totals();
    return [
      { key: 'venues.events', value: events },
      { key: 'venues.participants', value: people },
    ];
  },
  seed: (db, now) => {
    seedDemoVenues(db);
    seedDemoBookings(db, now);
  },
  daily: (ctx) => settleLapsed(ctx.db, ctx.now(), (r) => ctx.audit(r)) > 0,
};
