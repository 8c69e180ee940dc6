import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase, type Db } from '../../db/database';
import { openTestCore, testClock, type TestCore } from '../../testing';
import { nextOpenDay } from './calendar.service';
import { statutoryYears } from './statutory';

const VISITOR = 'test:visitor';

/** A second, read-only connection: what lending sees, without going through a method. */
function reader(t: TestCore): Db {
  const db = openDatabase(t.dbFile, { readonly: true });
  onTestFinished(() => {
    db.close();
  });
  return db;
}
const open = () =>
  openTestCore({ clock: testClock('2026-09-01T02:00:00.000Z') }).then(async (t) => {
    await t.signIn();
    return t;
  });

describe('the centre calendar', () => {
  it('knows the statutory holidays and 调休 workdays from chinese-days, 2004 to at least 2026', async () => {
    expect(statutoryYears().first).toBe(2004);
    expect(statutoryYears().last).toBeGreaterThanOrEqual(2026);
    const t = await open();
    const { days, statutoryYears: years } = await t.ok(
      'calendar.days',
      { from: '2026-09-19', to: '2026-10-11' },
      VISITOR,
    );
    expect(years).toEqual(statutoryYears());
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(days).toHaveLength(23);
    for (const d of ['2026-10-01', '2026-10-04', '2026-10-07']) {
      expect(byDate.get(d)).toMatchObject({
        open: false,
        statutory: { kind: 'holiday', id: 'national_day', name: '国庆节' },
        override: null,
      });
    }
    // Sunday 20 September and Saturday 10 October are worked for the holiday.
    expect(byDate.get('2026-09-20')).toMatchObject({
      weekday: 0,
      open: true,
      statutory: { kind: 'workday', id: 'national_day' },
    });
    expect(byDate.get('2026-10-10')).toMatchObject({
      weekday: 6,
      open: true,
      statutory: { kind: 'workday' },
    });
    expect(byDate.get('2026-10-08')).toMatchObject({ open: true, statutory: null });
    // 2015's one-off holiday has a name of its own.
    const victory = await t.ok('calendar.days', { from: '2015-09-03', to: '2015-09-03' }, VISITOR);
    expect(victory.days[0]?.statutory).toMatchObject({ kind: 'holiday', id: 'victory_70' });
  });

  it('closes on a statutory holiday: the next open day is after it', async () => {
    const t = await open();
    const may = await t.ok('calendar.days', { from: '2026-05-01', to: '2026-05-06' }, VISITOR);
    expect(may.days.map((d) => d.open)).toEqual([false, false, false, false, false, true]);
    expect(nextOpenDay(reader(t), '2026-05-01')).toBe('2026-05-06');
    expect(nextOpenDay(reader(t), '2026-05-06')).toBe('2026-05-06');
  });

  it('opens on a 调休 Saturday when closed every weekend, and not on the Saturday after', async () => {
    const t = await open();
    expect(await t.ok('calendar.setWeekly', { closedWeekdays: [6, 0] })).toEqual({ closedWeekdays: [0, 6] });
    const { days, closedWeekdays } = await t.ok('calendar.days', { from: '2026-10-10', to: '2026-10-18' });
    expect(closedWeekdays).toEqual([0, 6]);
    expect(days.filter((d) => d.open).map((d) => d.date)).toEqual([
      '2026-10-10',
      '2026-10-12',
      '2026-10-13',
      '2026-10-14',
      '2026-10-15',
      '2026-10-16',
    ]);
    expect(days[0]).toMatchObject({ weeklyClosed: true, open: true, statutory: { kind: 'workday' } });
    expect(nextOpenDay(reader(t), '2026-10-17')).toBe('2026-10-19');
  });

  it('lets staff close a day with a reason, open a holiday, and give a day back to the schedule', async () => {
    const t = await open();
    const closed = await t.ok('calendar.set', { date: '2026-09-15', status: 'closed', reason: ' 设备检修 ' });
    expect(closed).toMatchObject({ open: false, override: { status: 'closed', reason: '设备检修' } });

    const holiday = await t.ok('calendar.set', {
      date: '2026-10-03',
      status: 'open',
      reason: '国庆值班开放',
    });
    expect(holiday).toMatchObject({
      open: true,
      statutory: { kind: 'holiday' },
      override: { status: 'open', reason: '国庆值班开放' },
    });
    expect(nextOpenDay(reader(t), '2026-10-01')).toBe('2026-10-03');

    // Opening a day that is open anyway keeps no decision; `default` takes one away.
    expect((await t.ok('calendar.set', { date: '2026-09-16', status: 'open' })).override).toBeNull();
    expect(await t.ok('calendar.set', { date: '2026-10-03', status: 'default' })).toMatchObject({
      open: false,
      override: null,
    });
    const opened = await t.ok('calendar.set', { date: '2026-09-15', status: 'open' });
    expect(opened).toMatchObject({ open: true, override: null });

    const audit = await t.ok('audit.list', {});
    const mine = audit.rows.filter((r) => r.action === 'calendar.set').reverse();
    // Opening the day that was open anyway changed nothing: it is not in the log.
    expect(mine.map((r) => r.entityId)).toEqual(['2026-09-15', '2026-10-03', '2026-10-03', '2026-09-15']);
    expect(mine.every((r) => r.area === 'calendar')).toBe(true);
    expect(mine[0]).toMatchObject({ before: null, after: { open: false, note: '设备检修' } });
  });

  it('refuses bad input with the field, and changes nothing', async () => {
    const t = await open();
    const before = await t.ok('calendar.days', { from: '2026-09-01', to: '2026-09-30' });
    const bad: [string, unknown][] = [
      ['calendar.set', { date: '2026-02-30', status: 'closed' }],
      ['calendar.set', { date: '2026-9-1', status: 'closed' }],
      ['calendar.set', { date: '2026-09-01', status: 'shut' }],
      ['calendar.set', { date: '2026-09-01', status: 'closed', reason: '长'.repeat(41) }],
      ['calendar.setWeekly', { closedWeekdays: [0, 1, 2, 3, 4, 5, 6] }],
      ['calendar.setWeekly', { closedWeekdays: [1, 1] }],
      ['calendar.setWeekly', { closedWeekdays: [7] }],
      ['calendar.days', { from: '2026-09-30', to: '2026-09-01' }],
      ['calendar.days', { from: '2026-01-01', to: '2027-01-02' }],
    ];
    for (const [method, input] of bad) {
      const error = await t.refused(method, input);
      expect(error.code, JSON.stringify(input)).toBe('invalid_input');
      expect(error.issues?.length).toBeGreaterThan(0);
    }
    expect(await t.ok('calendar.days', { from: '2026-09-01', to: '2026-09-30' })).toEqual(before);
  });

  it('lets visitors read the calendar but not change it', async () => {
    const t = await open();
    expect((await t.refused('calendar.set', { date: '2026-09-15', status: 'closed' }, VISITOR)).code).toBe(
      'unauthenticated',
    );
    expect((await t.refused('calendar.setWeekly', { closedWeekdays: [1] }, VISITOR)).code).toBe(
      'unauthenticated',
    );
    const day = await t.ok('calendar.days', { from: '2026-09-15', to: '2026-09-15' }, VISITOR);
    expect(day.days[0]).toMatchObject({ open: true, override: null });
  });
});
