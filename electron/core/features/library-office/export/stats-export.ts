import type { StatsGroup, StatsSummary } from '../../../../shared/library-office.api';
import type { ExportFile, ExportFormat } from '../../../../shared/tables.types';
import { exportFile, type Cell, type TableSheet } from '../../../platform/tables/table-file';
import { BORROWER_TYPE_ZH, EMPTY_GROUP_ZH } from './labels-zh';

const groupSheet = (name: string, header: string, groups: StatsGroup[]): TableSheet => ({
  name,
  columns: [
    { header, width: 28 },
    { header: '借阅次数', width: 10 },
    { header: '读者数', width: 9 },
  ],
  rows: groups.map((g): Cell[] => [g.name ?? EMPTY_GROUP_ZH, g.loans, g.readers]),
});

/** The statistics screen's tables, one sheet each (in CSV one section each). */
export function exportStats(s: StatsSummary, format: ExportFormat): Promise<ExportFile> {
  const sheets: TableSheet[] = [
    {
      name: '概览',
      columns: [
        { header: '指标', width: 16 },
        { header: '数值', width: 24 },
      ],
      rows: [
        ['统计期间', `${s.from} 至 ${s.to}`],
        ['借阅次数', s.totals.loans],
        ['活跃读者', s.totals.activeReaders],
        ['借出品种', s.totals.titlesLent],
        ['续借次数', s.totals.renewals],
      ],
    },
    {
      name: '按月',
      columns: [
        { header: '月份', width: 10 },
        { header: '借阅次数', width: 10 },
        { header: '读者数', width: 9 },
      ],
      rows: s.months.map((m): Cell[] => [m.month, m.loans, m.readers]),
    },
    {
      name: '热门图书',
      columns: [
        { header: '排名', width: 6 },
        { header: '书名', width: 40 },
        { header: '借阅次数', width: 10 },
      ],
      rows: s.topTitles.map((t, i): Cell[] => [i + 1, t.title, t.loans]),
    },
    groupSheet('按单位', '单位', s.byCompany),
    groupSheet('按党支部', '党支部', s.byBranch),
    groupSheet(
      '按读者类型',
      '读者类型',
      s.byType.map((t) => ({ name: BORROWER_TYPE_ZH[t.type], loans: t.loans, readers: t.readers })),
    ),
    groupSheet('按书架', '书架', s.byShelf),
  ];
  return exportFile(`借阅统计-${s.from}至${s.to}`, format, sheets);
}
