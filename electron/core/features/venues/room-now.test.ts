import { describe, expect, it } from 'vitest';
import { openVenues } from './venues-test-kit';

const VISITOR = 'test:visitor';

describe("a link to a room tells where the room stands now (the 3D tour's hotspots)", () => {
  it('free until the next booking, in use until its end, closed by a closure or outside its hours', async () => {
    // Monday 2026-03-02, 08:00 at the centre; the test room opens 08:00–21:00 Monday to Saturday.
    const t = await openVenues();
    const room = t.room();
    const state = async () =>
      (
        await t.ok(
          'links.resolve',
          { targets: [{ area: 'venues', kind: 'room', id: String(room) }] },
          VISITOR,
        )
      )[0];

    expect(await state()).toMatchObject({
      title: '活动室1',
      state: { now: 'free', until: '21:00', next: null },
    });

    // A request not yet decided holds the room, untitled; approved, it shows its title.
    const asked = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-02T14:30', '2026-03-02T16:00'),
      VISITOR,
    );
    expect((await state())?.state).toEqual({
      now: 'free',
      until: '14:30',
      next: { start: '14:30', title: null },
    });
    const [booking] = await t.ok(
      'bookings.list',
      { from: '2026-03-02T00:00', to: '2026-03-03T00:00' },
      t.staff,
    );
    expect(booking?.ref).toBe(asked.ref);
    await t.ok('bookings.approve', { id: booking?.id ?? 0 }, t.staff);
    expect((await state())?.state?.next).toEqual({ start: '14:30', title: '三月主题党日' });

    t.clock.advance(6.75 * 3600_000); // 14:45
    expect((await state())?.state).toEqual({ now: 'busy', until: '16:00', next: null });
    await t.ok('bookings.checkIn', { ref: asked.ref }, VISITOR);
    t.clock.advance(0.75 * 3600_000); // 15:30, checked in: still in use
    expect((await state())?.state).toEqual({ now: 'busy', until: '16:00', next: null });

    t.clock.advance(0.5 * 3600_000); // 16:00: free again until closing
    expect((await state())?.state).toEqual({ now: 'free', until: '21:00', next: null });

    await t.minutes(0);
    await t.ok(
      'venues.addBlackout',
      { venueId: room, start: '2026-03-02T16:00', end: '2026-03-02T18:00', reason: '消防检查' },
      t.staff,
    );
    expect((await state())?.state).toEqual({ now: 'closed', until: '18:00', next: null });

    t.clock.advance(6 * 3600_000); // 22:00, after closing: closed for the rest of the day
    expect((await state())?.state).toEqual({ now: 'closed', until: null, next: null });
  });

  it('a room that is gone, or an id that is not one, resolves to nothing', async () => {
    const t = await openVenues();
    const targets = ['999', 'x', '0'].map((id) => ({ area: 'venues', kind: 'room', id }));
    for (const link of await t.ok('links.resolve', { targets }, VISITOR)) {
      expect(link.title).toBeNull();
      expect(link.state).toBeUndefined();
    }
  });
});
