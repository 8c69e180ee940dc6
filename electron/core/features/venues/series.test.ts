import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Booking } from '../../../shared/venues.types';
import { occurrences } from './series.service';
import { openVenues, type VenuesKit } from './venues-test-kit';
import { wallMinutes, wallTime } from '../../../shared/wall-time';

// Recurring bookings: the kit's clock stands at Monday 2026-03-02 08:00 at the centre, and its room
// is open Monday to Saturday 08:00–21:00 with a 15-minute buffer.

const VISITOR = 'test:visitor';
const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};
const starts = (bookings: readonly Booking[]) => bookings.map((b) => b.start);

/** A weekly 主题党日 on Fridays, 14:30–16:30, from 2026-03-06, `count` dates. */
async function fridays(t: VenuesKit, room: number, count: number) {
  return t.ok(
    'bookings.create',
    { ...t.request(room, '2026-03-06T14:30', '2026-03-06T16:30'), recurrence: `FREQ=WEEKLY;COUNT=${count}` },
    t.staff,
  );
}

describe('a series made at the desk', () => {
  it('books every date it can and lists the closed day and the taken date it skipped', async () => {
    const t = await openVenues();
    const room = t.room();
    await t.ok('calendar.set', { date: '2026-03-20', status: 'closed', reason: '区党建观摩' });
    await t.ok('bookings.request', t.request(room, '2026-03-27T16:00', '2026-03-27T17:00'), VISITOR);
    const made = await fridays(t, room, 5);
    expect(starts(made.bookings)).toEqual(['2026-03-06T14:30', '2026-03-13T14:30', '2026-04-03T14:30']);
    expect(made.bookings.every((b) => b.status === 'approved' && b.seriesId === made.seriesId)).toBe(true);
    expect(new Set(made.bookings.map((b) => b.ref)).size).toBe(3);
    expect(made.skipped).toEqual([
      { start: '2026-03-20T14:30', end: '2026-03-20T16:30', code: 'closed_day', reason: '区党建观摩' },
      { start: '2026-03-27T14:30', end: '2026-03-27T16:30', code: 'slot_taken', reason: null },
    ]);
    // The series keeps its rule and what it skipped, for the desk to show later.
    const series = await t.ok('bookings.series', { id: made.seriesId ?? 0 }, t.staff);
    expect(series).toMatchObject({ rule: 'FREQ=WEEKLY;COUNT=5', skipped: made.skipped });
    expect(starts(series.bookings)).toEqual(starts(made.bookings));
  });

  it('skips a statutory holiday with its name, and a date outside the room’s hours', async () => {
    const t = await openVenues();
    // Open Monday to Friday: the first Saturday of the month is outside its hours.
    const room = t.room({
      hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
    });
    const made = await t.ok(
      'bookings.create',
      {
        ...t.request(room, '2026-04-03T09:00', '2026-04-03T11:00'),
        recurrence: 'RRULE:FREQ=MONTHLY;BYDAY=1FR,1SA;UNTIL=20260531T235959',
      },
      t.staff,
    );
    expect(starts(made.bookings)).toEqual(['2026-04-03T09:00']);
    expect(made.skipped.map(({ start, code }) => [start, code])).toEqual([
      ['2026-04-04T09:00', 'closed_day'],
      ['2026-05-01T09:00', 'closed_day'],
      ['2026-05-02T09:00', 'closed_day'],
    ]);
    expect(made.skipped[1]?.reason).toMatch(/劳动节/);
  });

  it('refuses a rule it cannot take, and a series with no free date, writing nothing', async () => {
    const t = await openVenues();
    const room = t.room();
    const base = t.request(room, '2026-03-06T14:30', '2026-03-06T16:30');
    const rules = [
      'every friday',
      'FREQ=WEEKLY',
      'FREQ=HOURLY;COUNT=3',
      'FREQ=DAILY;COUNT=61',
      'FREQ=YEARLY;COUNT=3',
    ];
    for (const recurrence of rules) {
      const refused = await t.refused(
        'bookings.create',
        { ...base, recurrence, requestId: `rule-${rules.indexOf(recurrence)}-refused` },
        t.staff,
      );
      expect(refused.code, recurrence).toBe('invalid_recurrence');
    }
    expect(
      (
        await t.refused(
          'bookings.create',
          { ...base, headcount: 99, recurrence: 'FREQ=WEEKLY;COUNT=2' },
          t.staff,
        )
      ).code,
    ).toBe('over_capacity');
    // Every Sunday: the room is closed on Sundays.
    const sundays = t.request(room, '2026-03-08T14:30', '2026-03-08T16:30');
    expect(
      (await t.refused('bookings.create', { ...sundays, recurrence: 'FREQ=WEEKLY;COUNT=4' }, t.staff)).code,
    ).toBe('no_free_date');
    expect(rows(t.dbFile, 'SELECT count(*) FROM bookings')).toBe(0);
    expect(rows(t.dbFile, 'SELECT count(*) FROM booking_series')).toBe(0);
    expect(
      (await t.refused('bookings.create', { ...base, recurrence: 'FREQ=WEEKLY;COUNT=2' }, VISITOR)).code,
    ).toBe('unauthenticated');
  });

  it('is made once for one requestId, whatever the retries', async () => {
    const t = await openVenues();
    const room = t.room();
    const input = {
      ...t.request(room, '2026-03-06T14:30', '2026-03-06T16:30'),
      recurrence: 'FREQ=WEEKLY;COUNT=3',
    };
    const first = await t.ok('bookings.create', input, t.staff);
    expect(await t.ok('bookings.create', input, t.staff)).toEqual(first);
    expect(rows(t.dbFile, 'SELECT count(*) FROM bookings')).toBe(3);
  });
});

describe('a change reaches one date, this and the following, or all', () => {
  it('cancels one date, then this and the following, and leaves a date already held', async () => {
    const t = await openVenues();
    const room = t.room();
    const { bookings } = await fridays(t, room, 5);
    const [first, second, third] = bookings;
    if (!first || !second || !third) throw new Error('five dates');
    const one = await t.ok('bookings.cancel', { id: second.id, reason: '支部改期', scope: 'one' }, t.staff);
    expect(starts(one)).toEqual(['2026-03-13T14:30']);
    // The first date is held (the organiser checks in on Friday at 14:10); "all" reaches only the
    // dates still to come.
    await t.minutes(4 * 1440 + 370);
    await t.ok('bookings.checkIn', { ref: first.ref }, VISITOR);
    const following = await t.ok(
      'bookings.cancel',
      { id: third.id, reason: '换到周四', scope: 'following' },
      t.staff,
    );
    expect(starts(following)).toEqual(['2026-03-20T14:30', '2026-03-27T14:30', '2026-04-03T14:30']);
    expect(following.every((b) => b.status === 'cancelled' && b.reason === '换到周四')).toBe(true);
    expect(
      (await t.refused('bookings.cancel', { id: first.id, reason: 'x', scope: 'all' }, t.staff)).code,
    ).toBe('booking_wrong_state');
    const series = await t.ok('bookings.series', { id: first.seriesId ?? 0 }, t.staff);
    expect(series.bookings.map((b) => b.status)).toEqual([
      'checked_in',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('moves every date’s time of day together, or none when one date would clash', async () => {
    const t = await openVenues();
    const room = t.room();
    const { bookings } = await fridays(t, room, 3);
    const [first, , third] = bookings;
    if (!first || !third) throw new Error('three dates');
    // On the third Friday the room is taken from 16:45, just after the series' 16:30 and its buffer.
    await t.ok('bookings.create', t.request(room, '2026-03-20T16:45', '2026-03-20T17:45'), t.staff);
    const clash = await t.refused(
      'bookings.update',
      { id: first.id, scope: 'all', start: '2026-03-06T15:00', end: '2026-03-06T16:45' },
      t.staff,
    );
    expect(clash).toMatchObject({ code: 'slot_taken', details: { start: '2026-03-20T15:00' } });
    const unchanged = await t.ok('bookings.series', { id: first.seriesId ?? 0 }, t.staff);
    expect(starts(unchanged.bookings)).toEqual(starts(bookings));

    const moved = await t.ok(
      'bookings.update',
      {
        id: first.id,
        scope: 'all',
        start: '2026-03-06T15:00',
        end: '2026-03-06T16:30',
        title: '主题党日（改时间）',
      },
      t.staff,
    );
    expect(moved.map((b) => [b.start, b.end, b.title])).toEqual([
      ['2026-03-06T15:00', '2026-03-06T16:30', '主题党日（改时间）'],
      ['2026-03-13T15:00', '2026-03-13T16:30', '主题党日（改时间）'],
      ['2026-03-20T15:00', '2026-03-20T16:30', '主题党日（改时间）'],
    ]);
  });

  it('moves one date to another day alone, but not the series', async () => {
    const t = await openVenues();
    const room = t.room();
    const { bookings } = await fridays(t, room, 3);
    const [, second] = bookings;
    if (!second) throw new Error('three dates');
    const refused = await t.refused(
      'bookings.update',
      { id: second.id, scope: 'following', start: '2026-03-12T14:30', end: '2026-03-12T16:30' },
      t.staff,
    );
    expect(refused.code).toBe('invalid_time_range');
    const [alone] = await t.ok(
      'bookings.update',
      {
        id: second.id,
        scope: 'one',
        start: '2026-03-12T14:30',
        end: '2026-03-12T16:30',
        notes: '周五有检查',
      },
      t.staff,
    );
    expect(alone).toMatchObject({
      start: '2026-03-12T14:30',
      notes: '周五有检查',
      seriesId: bookings[0]?.seriesId,
    });
    // Its Friday is free again; a closed day and a full room refuse the move in words.
    await t.ok('bookings.create', t.request(room, '2026-03-13T14:30', '2026-03-13T16:30'), t.staff);
    expect(
      (await t.refused('bookings.update', { id: second.id, scope: 'one', headcount: 21 }, t.staff)).code,
    ).toBe('over_capacity');
  });
});

describe('occurrences', () => {
  it('reads the wall clock as it stands: a first Friday stays at 14:30 all year', () => {
    const first = wallMinutes('2026-01-02T14:30');
    const dates = occurrences('FREQ=MONTHLY;BYDAY=1FR;COUNT=12', first).map(wallTime);
    expect(dates).toHaveLength(12);
    expect(dates.every((d) => d.endsWith('T14:30'))).toBe(true);
    expect(dates.slice(0, 3)).toEqual(['2026-01-02T14:30', '2026-02-06T14:30', '2026-03-06T14:30']);
  });
});
