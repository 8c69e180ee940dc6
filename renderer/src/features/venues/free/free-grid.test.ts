import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../../../electron/shared/venues.types';
import { roomDay } from './free-grid';

const ROOM: Venue = {
  id: 1,
  name: '党员活动室',
  nameEn: null,
  floor: '2F',
  capacity: 20,
  equipment: [],
  // Friday 08:30–12:00 only.
  hours: [{ weekday: 5, opens: '08:30', closes: '12:00' }],
  rules: {
    minMinutes: 30,
    maxMinutes: 240,
    maxDaysAhead: 30,
    minNoticeMinutes: 0,
    bufferMinutes: 0,
    needsApproval: true,
    purposes: [],
  },
  photos: [],
};
const FRIDAY = '2026-03-06';
const EARLY = '2026-03-01T07:00';

describe('a room’s day on the free-rooms screen', () => {
  it('marks each hour free, half free or taken, and counts the free minutes', () => {
    const taken = {
      busy: [{ venueId: 1, start: `${FRIDAY}T09:30`, end: `${FRIDAY}T11:00`, pending: false }],
      blackouts: [
        { id: 1, venueId: 2, start: `${FRIDAY}T08:00`, end: `${FRIDAY}T12:00`, reason: '别的场地' },
      ],
    };
    expect(roomDay(ROOM, FRIDAY, taken, EARLY, true)).toEqual({
      open: true,
      freeMinutes: 120,
      hours: [
        { hour: '08:00', state: 'free' },
        { hour: '09:00', state: 'part' },
        { hour: '10:00', state: 'taken' },
        { hour: '11:00', state: 'free' },
      ],
    });
    // A closure of every room takes the morning; a closed centre or weekday, the day.
    const closed = {
      busy: [],
      blackouts: [{ id: 2, venueId: null, start: `${FRIDAY}T08:00`, end: `${FRIDAY}T09:00`, reason: '活动' }],
    };
    expect(roomDay(ROOM, FRIDAY, closed, EARLY, true)).toMatchObject({ freeMinutes: 180 });
    expect(roomDay(ROOM, FRIDAY, { busy: [], blackouts: [] }, EARLY, false)).toEqual({ open: false });
    expect(roomDay(ROOM, '2026-03-05', { busy: [], blackouts: [] }, EARLY, true)).toEqual({ open: false });
  });
});
