import { describe, expect, it } from 'vitest';
import type { In } from '../../../shared';
import { TEST_ROOM, openVenues } from './venues-test-kit';

const VISITOR = 'test:visitor';
const ROOM: In<'venues.save'> = { ...TEST_ROOM, name: '创客空间', nameEn: 'Maker space' };

describe('venue staff set up the rooms', () => {
  it('add a room visitors can ask for, then change its hours and rules for what is asked from then on', async () => {
    const t = await openVenues();
    const made = await t.ok('venues.save', ROOM, t.staff);
    expect(made).toMatchObject({ name: '创客空间', capacity: 20, hours: TEST_ROOM.hours });
    expect((await t.ok('venues.list', {}, VISITOR)).map((v) => v.name)).toEqual(['创客空间']);
    const kept = await t.ok(
      'bookings.request',
      t.request(made.id, '2026-03-04T18:00', '2026-03-04T19:00'),
      VISITOR,
    );

    // Evenings off, no approval needed, at most 10 people, tea added.
    const changed = await t.ok(
      'venues.save',
      {
        ...ROOM,
        id: made.id,
        capacity: 10,
        equipment: ['projector', 'tea', 'tea'],
        hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:30' })),
        rules: { ...TEST_ROOM.rules, needsApproval: false },
      },
      t.staff,
    );
    expect(changed).toMatchObject({ capacity: 10, equipment: ['projector', 'tea'] });
    expect(changed.hours[0]).toEqual({ weekday: 1, opens: '08:30', closes: '17:30' });
    expect(
      (
        await t.refused(
          'bookings.request',
          t.request(made.id, '2026-03-05T18:00', '2026-03-05T19:00'),
          VISITOR,
        )
      ).code,
    ).toBe('outside_hours');
    expect(
      (
        await t.ok(
          'bookings.request',
          t.request(made.id, '2026-03-05T09:00', '2026-03-05T10:00', { headcount: 8 }),
          VISITOR,
        )
      ).status,
    ).toBe('approved');
    expect((await t.ok('bookings.status', { ref: kept.ref }, VISITOR)).start).toBe('2026-03-04T18:00');
    const audit = await t.ok('audit.list', {});
    expect(audit.rows.filter((r) => r.action === 'venues.save')).toHaveLength(2);
  });

  it('refuses a second room of the same name, impossible hours or rules, and visitors, changing nothing', async () => {
    const t = await openVenues();
    const first = await t.ok('venues.save', ROOM, t.staff);
    const other = await t.ok('venues.save', { ...ROOM, name: '会议室' }, t.staff);
    const taken = await t.refused('venues.save', { ...ROOM, id: other.id }, t.staff);
    expect(taken).toMatchObject({ code: 'venue_name_taken', details: { name: '创客空间' } });
    const bad: In<'venues.save'>[] = [
      { ...ROOM, hours: [{ weekday: 1, opens: '18:00', closes: '09:00' }] },
      { ...ROOM, hours: [1, 1].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })) },
      { ...ROOM, hours: [{ weekday: 1, opens: '09:15', closes: '17:00' }] },
      { ...ROOM, rules: { ...ROOM.rules, minMinutes: 120, maxMinutes: 60 } },
      { ...ROOM, capacity: 0 },
      { ...ROOM, name: '  ' },
    ];
    for (const input of bad) {
      expect((await t.refused('venues.save', { ...input, id: other.id }, t.staff)).code).toBe(
        'invalid_input',
      );
    }
    expect((await t.refused('venues.save', { ...ROOM, name: '新场地' }, VISITOR)).code).toBe(
      'unauthenticated',
    );
    expect((await t.ok('venues.list', {}, VISITOR)).map((v) => [v.id, v.name])).toEqual([
      [first.id, '创客空间'],
      [other.id, '会议室'],
    ]);
    expect((await t.refused('venues.save', { ...ROOM, id: 9999, name: '不存在' }, t.staff)).code).toBe(
      'venue_not_found',
    );
  });

  it('close a room for a time: nothing more is asked for in it, the bookings already there are named, and it opens again', async () => {
    const t = await openVenues();
    const room = (await t.ok('venues.save', ROOM, t.staff)).id;
    const other = (await t.ok('venues.save', { ...ROOM, name: '会议室' }, t.staff)).id;
    const held = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-04T09:00', '2026-03-04T10:00'),
      VISITOR,
    );
    const closed = await t.ok(
      'venues.addBlackout',
      { venueId: room, start: '2026-03-04T08:00', end: '2026-03-04T12:00', reason: '空调检修' },
      t.staff,
    );
    expect(closed.blackout).toMatchObject({ venueId: room, start: '2026-03-04T08:00', reason: '空调检修' });
    expect(closed.affected.map((b) => b.ref)).toEqual([held.ref]);
    const refused = await t.refused(
      'bookings.request',
      t.request(room, '2026-03-04T10:30', '2026-03-04T11:30'),
      VISITOR,
    );
    expect(refused).toMatchObject({ code: 'closed_day', details: { reason: '空调检修' } });
    await t.ok('bookings.request', t.request(other, '2026-03-04T10:30', '2026-03-04T11:30'), VISITOR);
    expect(
      (
        await t.ok(
          'bookings.availability',
          { venueId: room, from: '2026-03-04T00:00', to: '2026-03-05T00:00' },
          VISITOR,
        )
      ).blackouts,
    ).toHaveLength(1);
    // Every room, a day: listed for the desk beside the first.
    await t.ok(
      'venues.addBlackout',
      { venueId: null, start: '2026-03-06T00:00', end: '2026-03-07T00:00', reason: '中心活动' },
      t.staff,
    );
    const listed = await t.ok('venues.blackouts', { from: '2026-03-01', to: '2026-03-31' }, t.staff);
    expect(listed.map((b) => [b.venueId, b.reason])).toEqual([
      [room, '空调检修'],
      [null, '中心活动'],
    ]);
    await t.ok('venues.removeBlackout', { id: closed.blackout.id }, t.staff);
    await t.ok('bookings.request', t.request(room, '2026-03-04T10:30', '2026-03-04T11:30'), VISITOR);
    expect((await t.refused('venues.removeBlackout', { id: closed.blackout.id }, t.staff)).code).toBe(
      'not_found',
    );
    const wrong = [
      { venueId: room, start: '2026-03-04T12:00', end: '2026-03-04T08:00', reason: '反了' },
      { venueId: room, start: '2026-03-04T08:00', end: '2026-03-04T12:00', reason: ' ' },
    ];
    for (const input of wrong)
      expect((await t.refused('venues.addBlackout', input, t.staff)).code).toBe('invalid_input');
    expect(
      (
        await t.refused(
          'venues.addBlackout',
          { ...wrong[0], start: '2026-03-04T08:00', end: '2026-03-04T09:00', venueId: 999 },
          t.staff,
        )
      ).code,
    ).toBe('venue_not_found');
    expect(
      (await t.refused('venues.blackouts', { from: '2026-03-01', to: '2026-03-31' }, VISITOR)).code,
    ).toBe('unauthenticated');
  });
});
