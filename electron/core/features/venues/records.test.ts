import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { picture } from '../../platform/media/media-testing';
import { Excel } from '../../platform/tables/excel';
import { readXlsxExport } from '../../platform/tables/tables-testing';
import { openVenues, type VenuesKit } from './venues-test-kit';

const VISITOR = 'test:visitor';

/** A branch's 支委会 at 10:00 today, approved and checked in; the clock then moves past it. */
async function heldMeeting(t: VenuesKit, room: number) {
  const asked = await t.ok(
    'bookings.request',
    t.request(room, '2026-03-02T10:00', '2026-03-02T11:00', {
      purpose: 'branch_committee',
      title: '三月支委会',
    }),
    VISITOR,
  );
  await t.ok('bookings.approve', { id: asked.id }, t.staff);
  await t.minutes(100);
  await t.ok('bookings.checkIn', { ref: asked.ref }, VISITOR);
  await t.minutes(80);
  return asked;
}

describe('the event record (活动台账)', () => {
  it('is written after the event, completes it, counts on the attract screen and can be corrected', async () => {
    const t = await openVenues();
    const room = t.room();
    const asked = await heldMeeting(t, room);
    const record = {
      attendance: 7,
      summary: '讨论发展党员工作。',
      topic: '发展党员',
      absent: '李明',
      photos: [],
    };
    const saved = await t.ok('bookings.record', { id: asked.id, ...record }, t.staff);
    expect(saved).toMatchObject({ status: 'completed', record });
    expect(saved.record?.recordedAt).toBe(t.clock.now().toISOString());
    const counters = await t.ok('kiosk.counters', {}, VISITOR);
    expect(counters).toEqual(
      expect.arrayContaining([
        { key: 'venues.events', value: 1 },
        { key: 'venues.participants', value: 7 },
      ]),
    );
    await t.ok('bookings.record', { id: asked.id, ...record, attendance: 8 }, t.staff);
    expect(await t.ok('kiosk.counters', {}, VISITOR)).toEqual(
      expect.arrayContaining([{ key: 'venues.participants', value: 8 }]),
    );
    const [listed] = await t.ok(
      'bookings.list',
      { from: '2026-03-02T00:00', to: '2026-03-03T00:00' },
      t.staff,
    );
    expect(listed?.record?.attendance).toBe(8);
  });

  it('is refused before the event and for a booking that was never held, and lists what is left to record', async () => {
    const t = await openVenues();
    const room = t.room();
    const later = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-03T10:00', '2026-03-03T11:00'),
      VISITOR,
    );
    await t.ok('bookings.approve', { id: later.id }, t.staff);
    const early = await t.refused(
      'bookings.record',
      { id: later.id, attendance: 5, summary: '提前' },
      t.staff,
    );
    expect(early.code).toBe('booking_wrong_state');
    const declined = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-02T15:00', '2026-03-02T16:00'),
      VISITOR,
    );
    await t.ok('bookings.decline', { id: declined.id, reason: '场地检修' }, t.staff);
    const held = await heldMeeting(t, room);
    await t.minutes(6 * 60);
    expect(
      (await t.refused('bookings.record', { id: declined.id, attendance: 5, summary: 'x' }, t.staff)).code,
    ).toBe('booking_wrong_state');
    const todo = await t.ok(
      'bookings.list',
      { from: '2026-02-01T00:00', to: '2026-03-03T00:00', status: 'unrecorded' },
      t.staff,
    );
    expect(todo.map((b) => b.id)).toEqual([held.id]);
  });

  it('exports as the district asks: a line per event, totals per branch, kind and month; a branch’s 三会一课 register', async () => {
    const t = await openVenues();
    const room = t.room();
    const asked = await heldMeeting(t, room);
    await t.ok(
      'bookings.record',
      { id: asked.id, attendance: 9, summary: '研究三月工作。', topic: '三月工作' },
      t.staff,
    );
    const file = await t.ok('bookings.exportRecords', { from: '2026-03-01', to: '2026-03-31' }, t.staff);
    expect(file.fileName).toBe('活动台账-2026-03-01至2026-03-31.xlsx');
    const rows = await readXlsxExport(file);
    expect(rows[0]).toEqual([
      '日期',
      '时间',
      '场地',
      '活动类型',
      '活动名称',
      '单位',
      '党支部',
      '预计人数',
      '实到人数',
      '主题',
      '缺席人员',
      '活动简介',
    ]);
    expect(rows[1]).toEqual([
      '2026-03-02',
      '10:00–11:00',
      '活动室1',
      '支委会',
      '三月支委会',
      '苏州纳微科技',
      '纳微科技党支部',
      '12',
      '9',
      '三月工作',
      '',
      '研究三月工作。',
    ]);
    const wb = new Excel.Workbook();
    await wb.xlsx.load(
      Buffer.from(file.contentBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['活动台账', '按党支部', '按活动类型', '按月']);
    expect(wb.getWorksheet('按党支部')?.getRow(2).values).toEqual([undefined, '纳微科技党支部', 1, 9]);

    const register = await t.ok(
      'bookings.exportRecords',
      { from: '2026-03-01', to: '2026-03-31', branch: '纳微科技党支部' },
      t.staff,
    );
    expect(register.fileName).toBe('三会一课记录-纳微科技党支部-2026-03-01至2026-03-31.xlsx');
    expect(await readXlsxExport(register)).toHaveLength(2);
    const other = await t.ok(
      'bookings.exportRecords',
      { from: '2026-03-01', to: '2026-03-31', branch: '别的支部' },
      t.staff,
    );
    expect(await readXlsxExport(other)).toHaveLength(1);
  });

  it('keeps the event’s photos from the media store, refuses what is not a picture there, and keeps the files in use', async () => {
    const t = await openVenues();
    const room = t.room();
    const asked = await heldMeeting(t, room);
    const stored = await t.core.importMedia(
      Readable.from([await picture('jpeg', 64, 48, { r: 200, g: 30, b: 40 })]),
      { name: 'meeting.jpg' },
      t.staff,
    );
    if (!stored.ok) throw new Error(JSON.stringify(stored.error));
    const photo = stored.value.id;
    const base = { id: asked.id, attendance: 7, summary: '讨论发展党员工作。' };
    const saved = await t.ok('bookings.record', { ...base, photos: [photo, photo] }, t.staff);
    expect(saved.record?.photos).toEqual([photo]);
    const unknown = 'a'.repeat(64);
    const refused = await t.refused('bookings.record', { ...base, photos: [photo, unknown] }, t.staff);
    expect(refused).toMatchObject({ code: 'photo_invalid', details: { mediaId: unknown } });
    expect(
      (await t.ok('bookings.list', { from: '2026-03-02T00:00', to: '2026-03-03T00:00' }, t.staff))[0]?.record
        ?.photos,
    ).toEqual([photo]);
    // The media store will not delete a photo a record shows.
    expect((await t.refused('media.delete', { id: photo }, t.staff)).code).toBe('media_in_use');
  });
});
