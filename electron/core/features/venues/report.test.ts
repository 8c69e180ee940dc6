import { describe, expect, it } from 'vitest';
import { Excel } from '../../platform/tables/excel';
import { readXlsxExport } from '../../platform/tables/tables-testing';
import { closedWithin } from './venues-report';
import { openVenues } from './venues-test-kit';

// 场地统计 over the kit's first week (Monday 2026-03-02 to Sunday 03-08), its room open Monday to
// Saturday 08:00–21:00 (13 hours), the centre open every day but the Saturday, which staff close.

const VISITOR = 'test:visitor';
const WEEK = { from: '2026-03-02', to: '2026-03-08' };

async function week() {
  const t = await openVenues();
  const room = t.room();
  await t.ok('calendar.setWeekly', { closedWeekdays: [] });
  await t.ok('calendar.set', { date: '2026-03-07', status: 'closed', reason: '设备检修' });
  const create = async (start: string, end: string, extra = {}) =>
    (await t.ok('bookings.create', { ...t.request(room, start, end), ...extra }, t.staff)).bookings[0];
  // Held and recorded; not checked in (a no-show); a request nobody decided; one cancelled.
  const held = await create('2026-03-03T09:00', '2026-03-03T11:00');
  await create('2026-03-04T14:00', '2026-03-04T15:00', {
    purpose: 'training',
    organiser: { company: '星湖精密', branch: null },
  });
  await t.ok('bookings.request', t.request(room, '2026-03-05T10:00', '2026-03-05T11:00'), VISITOR);
  const cancelled = await create('2026-03-06T09:00', '2026-03-06T10:00');
  if (!held || !cancelled) throw new Error('two bookings');
  await t.ok('bookings.cancel', { id: cancelled.id, reason: '改期' }, t.staff);
  await t.minutes(5 * 1440);
  await t.ok('bookings.record', { id: held.id, attendance: 15, summary: '重温入党誓词。' }, t.staff);
  return { t, room };
}

describe('场地统计', () => {
  it('counts recorded events, the no-show rate’s base and each room’s hours booked of its hours open', async () => {
    const { t, room } = await week();
    const report = await t.ok('bookings.report', WEEK, t.staff);
    expect(report.totals).toEqual({
      events: 1,
      participants: 15,
      held: 2,
      noShows: 1,
      minutesBooked: 180,
      minutesOpen: 5 * 13 * 60,
    });
    const line = { events: 1, participants: 15 };
    expect(report.perMonth).toEqual([{ key: '2026-03', ...line }]);
    expect(report.byPurpose).toEqual([{ key: 'theme_day', ...line }]);
    expect(report.byCompany).toEqual([{ key: '苏州纳微科技', ...line }]);
    expect(report.byBranch).toEqual([{ key: '纳微科技党支部', ...line }]);
    expect(report.byRoom).toEqual([
      { venueId: room, name: '活动室1', ...line, minutesBooked: 180, minutesOpen: 3900 },
    ]);
    // A period with nothing in it is all zeros; a period too long or backwards is refused.
    const empty = await t.ok('bookings.report', { from: '2026-02-02', to: '2026-02-08' }, t.staff);
    expect(empty.totals).toMatchObject({ events: 0, held: 0, minutesBooked: 0 });
    // Every month of a period is there, the quiet ones too.
    const quarter = await t.ok('bookings.report', { from: '2026-01-15', to: '2026-03-31' }, t.staff);
    expect(quarter.perMonth.map((l) => [l.key, l.events])).toEqual([
      ['2026-01', 0],
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
    for (const period of [
      { from: '2026-03-08', to: '2026-03-02' },
      { from: '2026-01-01', to: '2027-01-02' },
    ])
      expect((await t.refused('bookings.report', period, t.staff)).code).toBe('invalid_input');
    expect((await t.refused('bookings.report', WEEK, VISITOR)).code).toBe('unauthenticated');
  });

  it('takes a room’s closures off its hours open, overlapping closures once', async () => {
    const t = await openVenues();
    const room = t.room();
    await t.ok('calendar.setWeekly', { closedWeekdays: [] });
    const close = (venueId: number | null, start: string, end: string) =>
      t.ok('venues.addBlackout', { venueId, start, end, reason: '检修' }, t.staff);
    await close(room, '2026-03-06T12:00', '2026-03-06T15:00');
    await close(null, '2026-03-06T14:00', '2026-03-06T16:00');
    await close(room, '2026-03-06T21:00', '2026-03-06T23:00'); // after hours: takes nothing
    const report = await t.ok('bookings.report', WEEK, t.staff);
    expect(report.totals.minutesOpen).toBe(6 * 13 * 60 - 4 * 60);
    expect(closedWithin(600, 700, [])).toBe(0);
    expect(
      closedWithin(600, 700, [
        { start: 500, end: 650 },
        { start: 640, end: 660 },
        { start: 690, end: 800 },
      ]),
    ).toBe(70);
  });

  it('exports a sheet per table, in 简体, with the rates worked out', async () => {
    const { t } = await week();
    const file = await t.ok('bookings.exportReport', WEEK, t.staff);
    expect(file.fileName).toBe('场地统计-2026-03-02至2026-03-08.xlsx');
    expect(await readXlsxExport(file)).toEqual([
      ['项目', '数值'],
      ['活动场次', '1'],
      ['参与人次', '15'],
      ['应举办的预约', '2'],
      ['未到场', '1'],
      ['未到率', '50%'],
      ['预约小时', '3'],
      ['开放小时', '65'],
      ['场地使用率', '4.6%'],
    ]);
    const wb = new Excel.Workbook();
    await wb.xlsx.load(
      Buffer.from(file.contentBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '概况',
      '按月',
      '按活动类型',
      '按单位',
      '按党支部',
      '按场地',
    ]);
    expect(wb.getWorksheet('按活动类型')?.getRow(2).values).toEqual([undefined, '主题党日', 1, 15]);
  });
});
