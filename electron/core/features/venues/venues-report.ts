import type { Parsed } from '../../../shared';
import type { ExportFile } from '../../../shared/tables.types';
import type { BookingStatus, ReportLine, RoomUse, VenueReport } from '../../../shared/venues.types';
import { addDays, monthStart, weekdayOf } from '../../../shared/dates';
import { clockMinutes, wallMinutes, wallNow, wallTime } from '../../../shared/wall-time';
import type { Ctx } from '../../context';
import { isOpen } from '../../platform/calendar/calendar.service';
import { exportFile, type Cell, type TableSheet } from '../../platform/tables/table-file';
import { settledStatus } from './bookings.service';
import { countSheet, PURPOSE_ZH } from './records-export';
import { venuesRepo } from './venues.repo';

/** States in which a booking kept its room (a no-show too: nobody else could have it). */
const BOOKED: readonly BookingStatus[] = ['approved', 'checked_in', 'completed', 'no_show'];
/** Settled states of a booking that was to be held: the no-show rate's base. */
const DUE: readonly BookingStatus[] = ['completed', 'no_show'];

type Group = Map<string, { events: number; participants: number }>;

function add(group: Group, key: string, participants: number): void {
  const g = group.get(key) ?? { events: 0, participants: 0 };
  g.events += 1;
  g.participants += participants;
  group.set(key, g);
}

/** The most events first, then by name; months in order. */
function lines(group: Group, byKey = false): ReportLine[] {
  return [...group]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) =>
      byKey ? a.key.localeCompare(b.key) : b.events - a.events || a.key.localeCompare(b.key, 'zh-CN'),
    );
}

/** How much of `opens`…`closes` the closures take (overlapping closures counted once). */
export function closedWithin(
  opens: number,
  closes: number,
  closures: readonly { start: number; end: number }[],
): number {
  const parts = closures
    .map((c) => [Math.max(c.start, opens), Math.min(c.end, closes)] as const)
    .filter(([s, e]) => s < e)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reached = opens;
  for (const [s, e] of parts) {
    if (e <= reached) continue;
    total += e - Math.max(s, reached);
    reached = e;
  }
  return total;
}

/**
 * 场地统计 for `from`…`to` (dates, both included), read as time has decided (a booking not checked
 * in is a no-show once its grace is over, whether or not a write has recorded it yet).
 */
export function venueReport(ctx: Ctx, { from, to }: { from: string; to: string }): VenueReport {
  const repo = venuesRepo(ctx.db);
  const now = wallNow(ctx.now());
  const venues = repo.venues();
  const rooms = new Map<number, RoomUse>(
    venues.map((v) => [
      v.id,
      { venueId: v.id, name: v.name, events: 0, participants: 0, minutesBooked: 0, minutesOpen: 0 },
    ]),
  );
  const closures = repo
    .blackouts(null, wallMinutes(`${from}T00:00`), wallMinutes(`${addDays(to, 1)}T00:00`))
    .map((b) => ({ venueId: b.venueId, start: wallMinutes(b.start), end: wallMinutes(b.end) }));
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (!isOpen(ctx.db, date)) continue;
    const day = wallMinutes(`${date}T00:00`);
    for (const v of venues) {
      const hours = v.hours.find((h) => h.weekday === weekdayOf(date));
      const room = rooms.get(v.id);
      if (!hours || !room) continue;
      const opens = day + clockMinutes(hours.opens);
      const closes = day + clockMinutes(hours.closes);
      const closed = closures.filter((c) => c.venueId === null || c.venueId === v.id);
      room.minutesOpen += closes - opens - closedWithin(opens, closes, closed);
    }
  }
  // Every month of the period, those without an event too: a year's chart shows its quiet months.
  const perMonth: Group = new Map();
  for (let month = monthStart(from); month <= to; month = monthStart(month, 1))
    perMonth.set(month.slice(0, 7), { events: 0, participants: 0 });
  const byPurpose: Group = new Map();
  const byCompany: Group = new Map();
  const byBranch: Group = new Map();
  const totals = { events: 0, participants: 0, held: 0, noShows: 0, minutesBooked: 0, minutesOpen: 0 };
  for (const r of repo.inPeriod(wallMinutes(`${from}T00:00`), wallMinutes(`${addDays(to, 1)}T00:00`))) {
    const status = settledStatus(r, now);
    const room = rooms.get(r.venue_id);
    if (BOOKED.includes(status)) {
      totals.minutesBooked += r.end_min - r.start_min;
      if (room) room.minutesBooked += r.end_min - r.start_min;
    }
    if (DUE.includes(status)) totals.held += 1;
    if (status === 'no_show') totals.noShows += 1;
    if (r.attendance === null) continue;
    totals.events += 1;
    totals.participants += r.attendance;
    add(perMonth, wallTime(r.start_min).slice(0, 7), r.attendance);
    add(byPurpose, r.purpose, r.attendance);
    if (r.company) add(byCompany, r.company, r.attendance);
    if (r.branch) add(byBranch, r.branch, r.attendance);
    if (room) {
      room.events += 1;
      room.participants += r.attendance;
    }
  }
  totals.minutesOpen = [...rooms.values()].reduce((sum, r) => sum + r.minutesOpen, 0);
  return {
    from,
    to,
    totals,
    perMonth: lines(perMonth, true),
    byPurpose: lines(byPurpose),
    byCompany: lines(byCompany),
    byBranch: lines(byBranch),
    byRoom: [...rooms.values()],
  };
}

const hours = (minutes: number) => Math.round(minutes / 6) / 10;
const share = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—';

function lineSheet(
  name: string,
  header: string,
  rows: readonly ReportLine[],
  label = (k: string) => k,
): TableSheet {
  return countSheet(
    name,
    header,
    rows.map((l) => [label(l.key), l.events, l.participants] as const),
  );
}

/** The report as a spreadsheet: 概况, then a sheet per table, in 简体 as a district reads it. */
export function exportReport(ctx: Ctx, input: Parsed<'bookings.exportReport'>): Promise<ExportFile> {
  const report = venueReport(ctx, input);
  const { totals } = report;
  const summary: TableSheet = {
    name: '概况',
    columns: [
      { header: '项目', width: 16 },
      { header: '数值', width: 12 },
    ],
    rows: [
      ['活动场次', totals.events],
      ['参与人次', totals.participants],
      ['应举办的预约', totals.held],
      ['未到场', totals.noShows],
      ['未到率', share(totals.noShows, totals.held)],
      ['预约小时', hours(totals.minutesBooked)],
      ['开放小时', hours(totals.minutesOpen)],
      ['场地使用率', share(totals.minutesBooked, totals.minutesOpen)],
    ],
  };
  const rooms: TableSheet = {
    name: '按场地',
    columns: [
      { header: '场地', width: 16 },
      { header: '活动场次', width: 10 },
      { header: '参与人次', width: 10 },
      { header: '预约小时', width: 10 },
      { header: '开放小时', width: 10 },
      { header: '使用率', width: 10 },
    ],
    rows: report.byRoom.map((r): Cell[] => [
      r.name,
      r.events,
      r.participants,
      hours(r.minutesBooked),
      hours(r.minutesOpen),
      share(r.minutesBooked, r.minutesOpen),
    ]),
  };
  return exportFile(`场地统计-${input.from}至${input.to}`, input.format, [
    summary,
    lineSheet('按月', '月份', report.perMonth),
    lineSheet(
      '按活动类型',
      '活动类型',
      report.byPurpose,
      (k) => PURPOSE_ZH[k as keyof typeof PURPOSE_ZH] ?? k,
    ),
    lineSheet('按单位', '单位', report.byCompany),
    lineSheet('按党支部', '党支部', report.byBranch),
    rooms,
  ]);
}
