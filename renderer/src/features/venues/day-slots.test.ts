import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../../electron/shared/venues.types';
import { dayPlan } from './day-slots';

const room: Venue = {
  id: 1,
  name: '党员活动室',
  nameEn: null,
  floor: '2F',
  capacity: 20,
  equipment: [],
  hours: [{ weekday: 3, opens: '08:00', closes: '21:00' }],
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
const none = { busy: [], blackouts: [] };

describe('a day in a room, as the picker shows it', () => {
  it('holds a booking with the buffer on both sides, and a blackout as it is', () => {
    const plan = dayPlan(
      room,
      '2026-03-04',
      {
        busy: [{ venueId: 1, start: '2026-03-04T10:00', end: '2026-03-04T11:00', pending: true }],
        blackouts: [
          { id: 1, venueId: null, start: '2026-03-04T19:00', end: '2026-03-05T08:00', reason: '检修' },
        ],
      },
      '2026-03-01T09:00',
    );
    expect(plan).toEqual({
      hours: { start: '08:00', end: '21:00' },
      busy: [
        { start: '09:45', end: '11:15' },
        { start: '19:00', end: '24:00' },
      ],
    });
  });

  it('offers nothing before the notice, and no day the room is shut', () => {
    expect(dayPlan(room, '2026-03-04', none, '2026-03-04T09:10').busy).toEqual([
      { start: '00:00', end: '10:10' },
    ]);
    expect(dayPlan(room, '2026-03-04', none, '2026-03-04T23:30').busy).toEqual([
      { start: '00:00', end: '24:00' },
    ]);
    expect(dayPlan(room, '2026-03-05', none, '2026-03-01T09:00')).toEqual({ hours: null, busy: [] });
  });

  it('lets venue staff book from the quarter hour that has begun, for a branch that walks in', () => {
    expect(dayPlan(room, '2026-03-04', none, '2026-03-04T09:40', true).busy).toEqual([
      { start: '00:00', end: '09:30' },
    ]);
    expect(dayPlan(room, '2026-03-04', none, '2026-03-04T09:45', true).busy).toEqual([
      { start: '00:00', end: '09:45' },
    ]);
    expect(dayPlan(room, '2026-03-05', none, '2026-03-04T23:50', true).busy).toEqual([]);
  });
});
