import type { Parsed } from '../../../shared';
import type { ExportFile } from '../../../shared/tables.types';
import { THREE_MEETINGS, type Purpose } from '../../../shared/venues.types';
import { addDays } from '../../../shared/dates';
import { wallMinutes, wallTime } from '../../../shared/wall-time';
import type { Ctx } from '../../context';
import { exportFile, type Cell, type TableSheet } from '../../platform/tables/table-file';
import { venuesRepo } from './venues.repo';

/** Purposes as a district's 活动台账 names them (the export is in 简体, as the district reads it). */
export const PURPOSE_ZH: Record<Purpose, string> = {
  theme_day: '主题党日',
  branch_assembly: '支部党员大会',
  branch_committee: '支委会',
  party_group: '党小组会',
  party_lecture: '党课',
  study_group: '理论学习中心组',
  training: '培训',
  onsite_teaching: '现场教学',
  maker_salon: '创客沙龙',
  volunteer: '志愿服务',
  other: '其他',
};
const NO_BRANCH = '（未填党支部）';

type Row = ReturnType<ReturnType<typeof venuesRepo>['recorded']>[number];

/** A sheet of counts: a name per line, its events and the people who came. */
export function countSheet(
  name: string,
  header: string,
  lines: readonly (readonly [string, number, number])[],
): TableSheet {
  return {
    name,
    columns: [
      { header, width: 30 },
      { header: '活动场次', width: 10 },
      { header: '参与人次', width: 10 },
    ],
    rows: lines.map((l): Cell[] => [...l]),
  };
}

function totalsBy(rows: readonly Row[], name: string, header: string, key: (r: Row) => string): TableSheet {
  const groups = new Map<string, { events: number; people: number }>();
  for (const r of rows) {
    const g = groups.get(key(r)) ?? { events: 0, people: 0 };
    g.events += 1;
    g.people += r.attendance;
    groups.set(key(r), g);
  }
  return countSheet(
    name,
    header,
    [...groups]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([k, g]) => [k, g.events, g.people] as const),
  );
}

/**
 * The 活动台账 as a district asks for it: one line per event held (date, time, room, kind, name,
 * company, branch, expected and actual headcount, topic, absent, summary) and totals per branch,
 * kind and month; with a branch, only its 三会一课, as its own register.
 */
export function exportRecords(ctx: Ctx, input: Parsed<'bookings.exportRecords'>): Promise<ExportFile> {
  const repo = venuesRepo(ctx.db);
  const rooms = new Map(repo.venues().map((v) => [v.id, v.name]));
  const branch = input.branch ?? null;
  const rows = repo
    .recorded(wallMinutes(`${input.from}T00:00`), wallMinutes(`${addDays(input.to, 1)}T00:00`))
    .filter((r) => branch === null || (r.branch === branch && THREE_MEETINGS.includes(r.purpose)));
  const ledger: TableSheet = {
    name: branch ? '三会一课记录' : '活动台账',
    columns: [
      { header: '日期', width: 12 },
      { header: '时间', width: 13 },
      { header: '场地', width: 14 },
      { header: '活动类型', width: 14 },
      { header: '活动名称', width: 30 },
      { header: '单位', width: 26 },
      { header: '党支部', width: 30 },
      { header: '预计人数', width: 9 },
      { header: '实到人数', width: 9 },
      { header: '主题', width: 30 },
      { header: '缺席人员', width: 24 },
      { header: '活动简介', width: 60 },
    ],
    rows: rows.map((r): Cell[] => {
      const start = wallTime(r.start_min);
      return [
        start.slice(0, 10),
        `${start.slice(11)}–${wallTime(r.end_min).slice(11)}`,
        rooms.get(r.venue_id) ?? '',
        PURPOSE_ZH[r.purpose],
        r.title,
        r.company,
        r.branch,
        r.headcount,
        r.attendance,
        r.topic,
        r.absent,
        r.summary,
      ];
    }),
  };
  const sheets = branch
    ? [ledger]
    : [
        ledger,
        totalsBy(rows, '按党支部', '党支部', (r) => r.branch ?? NO_BRANCH),
        totalsBy(rows, '按活动类型', '活动类型', (r) => PURPOSE_ZH[r.purpose]),
        totalsBy(rows, '按月', '月份', (r) => wallTime(r.start_min).slice(0, 7)),
      ];
  const name = branch ? `三会一课记录-${branch}` : '活动台账';
  return exportFile(`${name}-${input.from}至${input.to}`, input.format, sheets);
}
