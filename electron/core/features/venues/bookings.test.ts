import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openVenues } from './venues-test-kit';

const VISITOR = 'test:visitor';
const count = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) AS n FROM bookings').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('a visitor asks for a room at the kiosk', () => {
  it('gets an eight-digit reference, and the reference shows the state and nothing personal', async () => {
    const t = await openVenues();
    const room = t.room();
    const answer = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-04T14:30', '2026-03-04T16:30'),
      VISITOR,
    );
    expect(answer).toMatchObject({ status: 'requested' });
    expect(answer.ref).toMatch(/^\d{8}$/);
    const status = await t.ok('bookings.status', { ref: answer.ref }, VISITOR);
    expect(status).toEqual({
      ref: answer.ref,
      venueId: room,
      venueName: '活动室1',
      start: '2026-03-04T14:30',
      end: '2026-03-04T16:30',
      status: 'requested',
      reason: null,
    });
    expect(JSON.stringify(status)).not.toMatch(/王芳|13812345678|纳微/);
    // Venue staff see the request in the queue, with the phone number; the kiosk never does.
    const [queued] = await t.ok(
      'bookings.list',
      { from: '2026-03-01T00:00', to: '2026-04-01T00:00', status: 'requested' },
      t.staff,
    );
    expect(queued).toMatchObject({
      id: answer.id,
      contactPhone: '13812345678',
      organiser: { branch: '纳微科技党支部' },
    });
    expect(
      (await t.refused('bookings.list', { from: '2026-03-01T00:00', to: '2026-04-01T00:00' }, VISITOR)).code,
    ).toBe('unauthenticated');
    const busy = await t.ok(
      'bookings.availability',
      { from: '2026-03-04T00:00', to: '2026-03-05T00:00' },
      VISITOR,
    );
    expect(busy.busy).toEqual([
      { venueId: room, start: '2026-03-04T14:30', end: '2026-03-04T16:30', pending: true },
    ]);
  });

  it('answers a repeated request id with the first answer, and books once', async () => {
    const t = await openVenues();
    const input = t.request(t.room(), '2026-03-04T09:00', '2026-03-04T10:00');
    const first = await t.ok('bookings.request', input, VISITOR);
    expect(await t.ok('bookings.request', input, VISITOR)).toEqual(first);
    expect(count(t.dbFile)).toBe(1);
  });

  it('is approved at once in a room that needs no approval', async () => {
    const t = await openVenues();
    const room = t.room({ rules: { needsApproval: false } });
    const answer = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-04T09:00', '2026-03-04T10:00'),
      VISITOR,
    );
    expect(answer.status).toBe('approved');
  });
});

describe("the room's rules", () => {
  it.each([
    ['the end before the start', '2026-03-04T10:00', '2026-03-04T09:00', {}, 'invalid_time_range'],
    ['off the quarter hour', '2026-03-04T10:10', '2026-03-04T11:00', {}, 'invalid_time_range'],
    ['across midnight', '2026-03-04T20:00', '2026-03-05T01:00', {}, 'invalid_time_range'],
    ['longer than the room takes', '2026-03-04T09:00', '2026-03-04T13:15', {}, 'invalid_time_range'],
    ['shorter than the room takes', '2026-03-04T09:00', '2026-03-04T09:15', {}, 'invalid_time_range'],
    ['less than an hour ahead', '2026-03-02T08:45', '2026-03-02T09:30', {}, 'too_short_notice'],
    ['in the past', '2026-03-01T09:00', '2026-03-01T10:00', {}, 'too_short_notice'],
    ['more than 30 days ahead', '2026-04-01T09:00', '2026-04-01T10:00', {}, 'too_far_ahead'],
    ['on a Sunday, when the room is shut', '2026-03-08T09:00', '2026-03-08T10:00', {}, 'outside_hours'],
    ['before it opens', '2026-03-04T07:30', '2026-03-04T09:00', {}, 'outside_hours'],
    ['after it closes', '2026-03-04T20:00', '2026-03-04T21:15', {}, 'outside_hours'],
    [
      'for more people than it holds',
      '2026-03-04T09:00',
      '2026-03-04T10:00',
      { headcount: 21 },
      'over_capacity',
    ],
  ] as const)('refuses a request %s, and writes nothing', async (_case, start, end, extra, code) => {
    const t = await openVenues();
    const refusal = await t.refused('bookings.request', t.request(t.room(), start, end, extra), VISITOR);
    expect(refusal.code).toBe(code);
    expect(count(t.dbFile)).toBe(0);
  });

  it('refuses a closed day of the centre calendar: a statutory holiday, and a day staff closed', async () => {
    const t = await openVenues();
    const room = t.room({ rules: { maxDaysAhead: 90 } });
    // 2026-04-05 is 清明节 (a Sunday, but the room opens on no Sunday: use the Monday after, 04-06, a holiday too).
    const holiday = await t.refused(
      'bookings.request',
      t.request(room, '2026-04-06T09:00', '2026-04-06T10:00'),
      VISITOR,
    );
    expect(holiday).toMatchObject({ code: 'closed_day', details: { date: '2026-04-06' } });
    await t.ok('calendar.set', { date: '2026-03-11', status: 'closed', reason: '设备检修' });
    const closed = await t.refused(
      'bookings.request',
      t.request(room, '2026-03-11T09:00', '2026-03-11T10:00'),
      VISITOR,
    );
    expect(closed).toMatchObject({ code: 'closed_day', details: { reason: '设备检修' } });
  });

  it('refuses a purpose the room does not take, and a room that is not there', async () => {
    const t = await openVenues();
    const maker = t.room({ rules: { purposes: ['maker_salon'] } });
    const wrong = await t.refused(
      'bookings.request',
      t.request(maker, '2026-03-04T09:00', '2026-03-04T10:00'),
      VISITOR,
    );
    expect(wrong.code).toBe('purpose_not_allowed');
    const none = await t.refused(
      'bookings.request',
      t.request(999, '2026-03-04T09:00', '2026-03-04T10:00'),
      VISITOR,
    );
    expect(none.code).toBe('venue_not_found');
  });

  it('lets venue staff book without notice, approved at once, from the quarter hour begun but not before', async () => {
    const t = await openVenues();
    const room = t.room();
    const soon = await t.ok(
      'bookings.create',
      t.request(room, '2026-03-02T08:15', '2026-03-02T09:00'),
      t.staff,
    );
    expect(soon).toMatchObject({ seriesId: null, skipped: [] });
    expect(soon.bookings).toMatchObject([{ status: 'approved', source: 'staff', seriesId: null }]);
    const past = await t.refused(
      'bookings.create',
      t.request(room, '2026-03-02T07:00', '2026-03-02T07:45'),
      t.staff,
    );
    expect(past.code).toBe('too_short_notice');
    // A branch walks in at 09:40: staff book it from the quarter hour that has begun, and no earlier.
    t.clock.advance(100 * 60_000);
    await t.minutes(0);
    const walkIn = t.request(room, '2026-03-02T09:15', '2026-03-02T10:30');
    expect((await t.refused('bookings.create', walkIn, t.staff)).code).toBe('too_short_notice');
    const fromNow = await t.ok(
      'bookings.create',
      { ...walkIn, start: '2026-03-02T09:30', requestId: 'walk-in-0930' },
      t.staff,
    );
    expect(fromNow.bookings).toMatchObject([{ start: '2026-03-02T09:30', status: 'approved' }]);
    expect(
      (await t.refused('bookings.create', t.request(room, '2026-03-03T09:00', '2026-03-03T10:00'), VISITOR))
        .code,
    ).toBe('unauthenticated');
  });
});

describe('one holder per slot', () => {
  it('keeps the buffer free, and a waiting request holds its slot', async () => {
    const t = await openVenues();
    const room = t.room();
    await t.ok('bookings.request', t.request(room, '2026-03-04T10:00', '2026-03-04T11:00'), VISITOR);
    const clash = await t.refused(
      'bookings.request',
      t.request(room, '2026-03-04T10:30', '2026-03-04T11:30'),
      VISITOR,
    );
    expect(clash).toMatchObject({ code: 'slot_taken', details: { start: '2026-03-04T10:30' } });
    // 11:00 is inside the 15-minute buffer; 11:15 is not.
    expect(
      (await t.refused('bookings.request', t.request(room, '2026-03-04T11:00', '2026-03-04T12:00'), VISITOR))
        .code,
    ).toBe('slot_taken');
    expect(
      (await t.refused('bookings.create', t.request(room, '2026-03-04T09:00', '2026-03-04T10:00'), t.staff))
        .code,
    ).toBe('slot_taken');
    await t.ok('bookings.request', t.request(room, '2026-03-04T11:15', '2026-03-04T12:00'), VISITOR);
    // Another room is another room.
    await t.ok('bookings.request', t.request(t.room(), '2026-03-04T10:00', '2026-03-04T11:00'), VISITOR);
    expect(count(t.dbFile)).toBe(3);
  });

  it('frees the slot when a request is declined or a booking cancelled, with the reason kept', async () => {
    const t = await openVenues();
    const room = t.room();
    const slot = ['2026-03-04T10:00', '2026-03-04T11:00'] as const;
    const first = await t.ok('bookings.request', t.request(room, ...slot), VISITOR);
    const declined = await t.ok('bookings.decline', { id: first.id, reason: '当天有区里的检查' }, t.staff);
    expect(declined).toMatchObject({ status: 'declined', reason: '当天有区里的检查' });
    expect(await t.ok('bookings.status', { ref: first.ref }, VISITOR)).toMatchObject({
      status: 'declined',
      reason: '当天有区里的检查',
    });
    const second = await t.ok('bookings.request', t.request(room, ...slot), VISITOR);
    expect((await t.ok('bookings.approve', { id: second.id }, t.staff)).status).toBe('approved');
    expect((await t.refused('bookings.approve', { id: second.id }, t.staff)).code).toBe(
      'booking_wrong_state',
    );
    await t.ok('bookings.cancel', { id: second.id, reason: '支部改期' }, t.staff);
    await t.ok('bookings.request', t.request(room, ...slot), VISITOR);
  });

  it('is kept by the database itself: a second holder written around the API is refused', async () => {
    const t = await openVenues();
    const room = t.room();
    await t.ok('bookings.request', t.request(room, '2026-03-04T10:00', '2026-03-04T11:00'), VISITOR);
    const db = new Database(t.dbFile);
    try {
      const insert = db.prepare(
        `INSERT INTO bookings (ref, venue_id, start_min, end_min, title, purpose, contact_name, contact_phone,
           headcount, status, source, created_at)
         SELECT ?, venue_id, start_min + 30, end_min + 30, 'x', 'other', 'x', '1', 1, ?, 'staff', 'now' FROM bookings`,
      );
      expect(() => insert.run('00000001', 'approved')).toThrow('slot_taken');
      insert.run('00000002', 'cancelled');
      expect(() =>
        db.prepare("UPDATE bookings SET status = 'approved' WHERE ref = '00000002'").run(),
      ).toThrow('slot_taken');
    } finally {
      db.close();
    }
  });
});

describe('time', () => {
  it('opens check-in half an hour before the start, and releases a booking nobody checked in', async () => {
    const t = await openVenues();
    const room = t.room();
    const a = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-02T10:00', '2026-03-02T11:00'),
      VISITOR,
    );
    const b = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-02T14:00', '2026-03-02T15:00'),
      VISITOR,
    );
    await t.ok('bookings.approve', { id: a.id }, t.staff);
    await t.ok('bookings.approve', { id: b.id }, t.staff);
    expect(await t.refused('bookings.checkIn', { ref: a.ref }, VISITOR)).toMatchObject({
      code: 'check_in_closed',
      details: { opensAt: '2026-03-02T09:30' },
    });
    await t.minutes(95); // 09:35
    expect((await t.ok('bookings.checkIn', { ref: a.ref }, VISITOR)).status).toBe('checked_in');
    await t.minutes(6 * 60); // 15:35: a ended, b was never checked in
    expect((await t.ok('bookings.status', { ref: a.ref }, VISITOR)).status).toBe('completed');
    expect((await t.ok('bookings.status', { ref: b.ref }, VISITOR)).status).toBe('no_show');
    expect((await t.refused('bookings.checkIn', { ref: b.ref }, VISITOR)).code).toBe('booking_wrong_state');
  });

  it('lets a request nobody decided expire at its start, and frees its slot for the rest of it', async () => {
    const t = await openVenues();
    const room = t.room({ rules: { minNoticeMinutes: 0 } });
    const late = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-02T09:00', '2026-03-02T12:00'),
      VISITOR,
    );
    await t.minutes(75); // 09:15
    expect((await t.ok('bookings.status', { ref: late.ref }, VISITOR)).status).toBe('expired');
    await t.ok('bookings.request', t.request(room, '2026-03-02T10:00', '2026-03-02T11:00'), VISITOR);
    expect((await t.refused('bookings.approve', { id: late.id }, t.staff)).code).toBe('booking_wrong_state');
  });
});

describe('links', () => {
  it('names a room another area links to, and nothing for one that is not there', async () => {
    const t = await openVenues();
    const room = t.room();
    const resolved = await t.ok('links.resolve', {
      targets: [
        { area: 'venues', kind: 'room', id: String(room) },
        { area: 'venues', kind: 'room', id: '999' },
      ],
    });
    expect(resolved.map((r) => r.title)).toEqual(['活动室1', null]);
  });
});

describe('the door sign and the lobby board', () => {
  it('show the day’s holders with what and who, never the contact; a waiting request only as asked for', async () => {
    const t = await openVenues();
    const [a, b] = [t.room(), t.room()];
    const approved = await t.ok(
      'bookings.request',
      t.request(a, '2026-03-02T10:00', '2026-03-02T11:00'),
      VISITOR,
    );
    await t.ok('bookings.approve', { id: approved.id }, t.staff);
    await t.ok(
      'bookings.request',
      t.request(b, '2026-03-02T14:00', '2026-03-02T15:00', { title: '支委会' }),
      VISITOR,
    );
    await t.ok('bookings.request', t.request(a, '2026-03-03T10:00', '2026-03-03T11:00'), VISITOR);
    const day = await t.ok('bookings.board', { date: '2026-03-02' }, VISITOR);
    expect(day).toEqual([
      {
        venueId: a,
        start: '2026-03-02T10:00',
        end: '2026-03-02T11:00',
        status: 'approved',
        title: '三月主题党日',
        purpose: 'theme_day',
        organiser: '纳微科技党支部',
      },
      {
        venueId: b,
        start: '2026-03-02T14:00',
        end: '2026-03-02T15:00',
        status: 'requested',
        title: null,
        purpose: null,
        organiser: null,
      },
    ]);
    expect(JSON.stringify(day)).not.toMatch(/王芳|13812345678/);
    expect(await t.ok('bookings.board', { venueId: b, date: '2026-03-02' }, VISITOR)).toHaveLength(1);
    // Nobody checked in by 10:30: the door no longer shows it.
    await t.minutes(155);
    expect(await t.ok('bookings.board', { venueId: a, date: '2026-03-02' }, VISITOR)).toEqual([]);
  });
});
