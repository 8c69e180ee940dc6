import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../../../electron/shared/venues.types';
import { blankRoom, roomDraftOf, roomInput } from './room-form';

const ROOM: Venue = {
  id: 3,
  name: '会议室',
  nameEn: null,
  floor: '2F',
  capacity: 16,
  equipment: ['screen'],
  hours: [{ weekday: 1, opens: '09:00', closes: '17:00' }],
  rules: {
    minMinutes: 30,
    maxMinutes: 120,
    maxDaysAhead: 14,
    minNoticeMinutes: 120,
    bufferMinutes: 10,
    needsApproval: false,
    purposes: ['training'],
  },
  photos: [],
};

describe('the room form', () => {
  it('gives back the room it was opened with, unchanged', () => {
    expect(roomInput(roomDraftOf(ROOM))).toEqual({ input: ROOM });
  });

  it('says which fields are wrong, and gives no input then', () => {
    const d = { ...blankRoom(), capacity: '0', minMinutes: '120', maxMinutes: '60', minNoticeHours: 'x' };
    d.hours[2] = { opens: '18:00', closes: '09:00' };
    expect(roomInput(d)).toEqual({
      problems: {
        name: 'rooms.problems.name',
        capacity: 'rooms.problems.capacity',
        maxMinutes: 'rooms.problems.maxBelowMin',
        minNoticeHours: 'rooms.problems.notice',
        hours: 'rooms.problems.hours',
      },
    });
    const ok = roomInput({ ...blankRoom(), name: ' 创客空间 ', capacity: '30' });
    expect(ok).toMatchObject({ input: { name: '创客空间', capacity: 30, nameEn: null } });
    expect('input' in ok && ok.input.hours.map((h) => h.weekday)).toEqual([1, 2, 3, 4, 5]);
  });
});
