import { describe, expect, it } from 'vitest';
import { openTestCore, testClock } from '../../testing';
import { VENUES_START } from './venues-test-kit';

describe('the demo centre', () => {
  it('has five rooms, three months of bookings behind and one ahead, and requests waiting', async () => {
    const t = await openTestCore({ demo: true, clock: testClock(VENUES_START) });
    await t.signIn();
    const rooms = await t.ok('venues.list', {});
    expect(rooms.map((r) => r.name)).toEqual([
      '多功能厅',
      '党员活动室',
      '会议室',
      '创客空间',
      '红色书吧阅读区',
    ]);
    const past = await t.ok('bookings.list', { from: '2025-12-01T00:00', to: '2026-03-02T00:00' });
    const ahead = await t.ok('bookings.list', { from: '2026-03-02T00:00', to: '2026-04-02T00:00' });
    expect(past.length).toBeGreaterThan(100);
    expect(past.filter((b) => b.status === 'completed').length).toBeGreaterThan(past.length * 0.8);
    expect(ahead.filter((b) => b.status === 'requested').length).toBeGreaterThan(3);
    // A few were cancelled or not turned up to, as in any centre's year.
    for (const status of ['cancelled', 'no_show'])
      expect(past.filter((b) => b.status === status).length, status).toBeGreaterThan(2);
    // Every booking keeps to its room's rules: purposes, hours, capacity.
    for (const b of [...past, ...ahead]) {
      const room = rooms.find((r) => r.id === b.venueId);
      expect(room).toBeDefined();
      if (!room) continue;
      if (room.rules.purposes.length > 0) expect(room.rules.purposes).toContain(b.purpose);
      expect(b.headcount).toBeLessThanOrEqual(room.capacity);
      const weekday = new Date(`${b.start.slice(0, 10)}T00:00:00Z`).getUTCDay();
      expect(room.hours.map((h) => h.weekday)).toContain(weekday);
    }
  }, 60_000);
});
