import type { In } from '../../../shared';
import type { Venue } from '../../../shared/venues.types';
import { openDatabase } from '../../db/database';
import { openTestCore, STAFF_PIN, testClock, type TestCore, type TestCoreOptions } from '../../testing';
import { venuesRepo } from './venues.repo';

/** A Monday, 08:00 at the centre (00:00 UTC), away from statutory holidays. */
export const VENUES_START = '2026-03-02T00:00:00.000Z';
export const MINUTE = 60_000;

/** A room open Monday to Saturday 08:00–21:00, 30 min to 4 h, an hour's notice, a 15-minute buffer. */
export const TEST_ROOM: Omit<Venue, 'id'> = {
  name: '党员活动室',
  nameEn: 'Party members’ room',
  floor: '2F',
  capacity: 20,
  equipment: ['projector'],
  hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:00', closes: '21:00' })),
  rules: {
    minMinutes: 30,
    maxMinutes: 240,
    maxDaysAhead: 30,
    minNoticeMinutes: 60,
    bufferMinutes: 15,
    needsApproval: true,
    purposes: [],
  },
  photos: [],
};

/**
 * Venue booking for one test: a real Core, rooms written beside it (there is no room editor in
 * the API yet), a venue staff member signed in, and a visitor's request builder. Only tests
 * import this file.
 */
export interface VenuesKit extends TestCore {
  staff: string;
  /** Adds a room like {@link TEST_ROOM} with `changes`, and gives its id. */
  room(changes?: Partial<Omit<Venue, 'id' | 'rules'>> & { rules?: Partial<Venue['rules']> }): number;
  /** A visitor's request for `venueId` from `start` to `end` (wall times), with a fresh requestId. */
  request(
    venueId: number,
    start: string,
    end: string,
    extra?: Partial<In<'bookings.request'>>,
  ): In<'bookings.request'>;
  /** Moves the clock on; venue staff sign in again (sessions end after 10 idle minutes). */
  minutes(n: number): Promise<void>;
}

export async function openVenues(options: TestCoreOptions = {}): Promise<VenuesKit> {
  const t = await openTestCore({ clock: testClock(VENUES_START), ...options });
  await t.signIn();
  const staff = await t.staffMember('v1', ['venue_staff']);
  let rooms = 0;
  let n = 0;
  return {
    ...t,
    staff,
    room(changes = {}) {
      const db = openDatabase(t.dbFile);
      try {
        const rules = { ...TEST_ROOM.rules, ...changes.rules };
        return venuesRepo(db).addVenue({ ...TEST_ROOM, name: `活动室${++rooms}`, ...changes, rules }, rooms);
      } finally {
        db.close();
      }
    },
    request: (venueId, start, end, extra = {}) => ({
      venueId,
      start,
      end,
      title: '三月主题党日',
      purpose: 'theme_day',
      organiser: { company: '苏州纳微科技', branch: '纳微科技党支部' },
      contactName: '王芳',
      contactPhone: '13812345678',
      headcount: 12,
      requestId: `book-${String(++n).padStart(8, '0')}`,
      ...extra,
    }),
    async minutes(m) {
      t.clock.advance(m * MINUTE);
      await t.signIn(staff, 'v1', STAFF_PIN);
    },
  };
}
