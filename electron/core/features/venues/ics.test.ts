import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../shared/tables.types';
import { openVenues } from './venues-test-kit';

const VISITOR = 'test:visitor';
/** The calendar's text with its folded lines joined again (RFC 5545 folds at 75 octets). */
const text = (file: ExportFile) =>
  Buffer.from(file.contentBase64, 'base64')
    .toString('utf8')
    .replace(/\r\n[ \t]/g, '');
const field = (ics: string, name: string) =>
  [...ics.matchAll(new RegExp(`^${name}[:;](.*)$`, 'gm'))].map((m) => m[1]);

describe('calendar files', () => {
  it('gives a booking by its reference: times in UTC, what and where, never the contact', async () => {
    const t = await openVenues();
    const room = t.room();
    const asked = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-04T14:30', '2026-03-04T16:30'),
      VISITOR,
    );
    const file = await t.ok('bookings.ics', { ref: asked.ref }, VISITOR);
    expect(file).toMatchObject({ fileName: `预约-${asked.ref}.ics`, mimeType: 'text/calendar' });
    const waiting = text(file);
    expect(field(waiting, 'DTSTART')).toEqual(['20260304T063000Z']);
    expect(field(waiting, 'DTEND')).toEqual(['20260304T083000Z']);
    expect(field(waiting, 'STATUS')).toEqual(['TENTATIVE']);
    // Waiting: only that the time is asked for.
    expect(field(waiting, 'SUMMARY')).toEqual(['活动室1（已申请，待审核）']);
    expect(waiting).not.toMatch(/王芳|13812345678|三月主题党日/);

    await t.ok('bookings.approve', { id: asked.id }, t.staff);
    const approved = text(await t.ok('bookings.ics', { ref: asked.ref }, VISITOR));
    expect(field(approved, 'SUMMARY')).toEqual(['三月主题党日']);
    expect(field(approved, 'STATUS')).toEqual(['CONFIRMED']);
    expect(field(approved, 'LOCATION')[0]).toContain('活动室1（2F）');
    expect(field(approved, 'DESCRIPTION')[0]).toBe(`预约号 ${asked.ref}\\n纳微科技党支部`);
    expect(approved).not.toMatch(/王芳|13812345678/);
    expect((await t.refused('bookings.ics', { ref: '00000000' }, VISITOR)).code).toBe('booking_not_found');
  });

  it('gives a room’s calendar over some days, leaving out what no longer holds the room', async () => {
    const t = await openVenues();
    const room = t.room();
    const create = async (start: string, end: string) =>
      (await t.ok('bookings.create', t.request(room, start, end), t.staff)).bookings[0];
    await create('2026-03-04T09:00', '2026-03-04T10:00');
    await create('2026-03-05T09:00', '2026-03-05T10:00');
    const gone = await create('2026-03-06T09:00', '2026-03-06T10:00');
    await t.ok('bookings.cancel', { id: gone?.id ?? 0, reason: '改期' }, t.staff);
    const file = await t.ok('bookings.ics', { venueId: room, from: '2026-03-01', to: '2026-03-31' }, VISITOR);
    expect(file.fileName).toBe('活动室1-2026-03-01至2026-03-31.ics');
    expect(field(text(file), 'DTSTART')).toEqual(['20260304T010000Z', '20260305T010000Z']);
    expect(
      (await t.refused('bookings.ics', { venueId: room, from: '2026-03-01', to: '2026-08-01' }, VISITOR))
        .code,
    ).toBe('invalid_input');
  });

  it('gives a series’ dates still to come by any one of their reference numbers', async () => {
    const t = await openVenues();
    const room = t.room();
    const made = await t.ok(
      'bookings.create',
      { ...t.request(room, '2026-03-04T14:30', '2026-03-04T16:30'), recurrence: 'FREQ=WEEKLY;COUNT=4' },
      t.staff,
    );
    const [first, second] = made.bookings;
    await t.ok('bookings.cancel', { id: second?.id ?? 0, reason: '改期', scope: 'one' }, t.staff);
    // A week on: the first date is past, the second cancelled, two still to come.
    await t.minutes(7 * 1440);
    const file = await t.ok('bookings.ics', { ref: first?.ref ?? '', series: true }, VISITOR);
    expect(file.fileName).toBe(`系列预约-${first?.ref}.ics`);
    expect(field(text(file), 'DTSTART')).toEqual(['20260318T063000Z', '20260325T063000Z']);
    // Without `series`, the one booking; a booking of no series gives itself either way.
    expect(field(text(await t.ok('bookings.ics', { ref: first?.ref ?? '' }, VISITOR)), 'DTSTART')).toEqual([
      '20260304T063000Z',
    ]);
    const alone = await t.ok(
      'bookings.create',
      t.request(room, '2026-03-10T09:00', '2026-03-10T10:00'),
      t.staff,
    );
    const single = await t.ok('bookings.ics', { ref: alone.bookings[0]?.ref ?? '', series: true }, VISITOR);
    expect(field(text(single), 'DTSTART')).toEqual(['20260310T010000Z']);
  });
});
