import type { ExportFile, ExportFormat } from '../../../../shared/tables.types';
import { maskPhone, type BorrowerType } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { daysBetween } from '../../../../shared/dates';
import { instantRange } from '../stats/stats.service';
import { BORROWER_TYPE_ZH, localDateTime } from './labels-zh';
import { exportFile, type Cell, type Column } from '../../../platform/tables/table-file';

interface BorrowerRow {
  card_no: string;
  name: string;
  phone: string | null;
  company: string | null;
  party_branch: string | null;
  type: BorrowerType;
  active: number;
  note: string | null;
  open_loans: number;
  created_at: string;
}

const BORROWER_COLUMNS: Column[] = [
  { header: '借书证号', width: 12, text: true },
  { header: '姓名', width: 10 },
  { header: '电话', width: 14 },
  { header: '单位', width: 24 },
  { header: '党支部', width: 20 },
  { header: '读者类型', width: 9 },
  { header: '状态', width: 7 },
  { header: '在借册数', width: 9 },
  { header: '登记时间', width: 17 },
  { header: '备注', width: 24 },
];

/**
 * Phones stay masked: a file leaves the machine, and the app never shows a whole number. The
 * importer reads a masked number as "unchanged", so this file imports back without losing any.
 */
export async function exportBorrowers(db: Db, format: ExportFormat, today: string): Promise<ExportFile> {
  const rows = db
    .prepare<[], BorrowerRow>(
      `SELECT b.card_no, b.name, b.phone, b.company, b.party_branch, b.type, b.active, b.note, b.created_at,
         (SELECT count(*) FROM loans l WHERE l.borrower_id = b.id AND l.returned_at IS NULL) AS open_loans
       FROM borrowers b WHERE b.erased_at IS NULL ORDER BY b.sort_key, b.id`,
    )
    .all();
  const cells = rows.map((r): Cell[] => [
    r.card_no,
    r.name,
    r.phone === null ? null : maskPhone(r.phone),
    r.company,
    r.party_branch,
    BORROWER_TYPE_ZH[r.type],
    r.active === 1 ? '有效' : '停用',
    r.open_loans,
    localDateTime(r.created_at),
    r.note,
  ]);
  return exportFile(`读者名单-${today}`, format, [
    { name: '读者名单', columns: BORROWER_COLUMNS, rows: cells },
  ]);
}

interface LoanRow {
  /** Null for an erased borrower: their loans are counted, no longer theirs. */
  card_no: string | null;
  name: string | null;
  company: string | null;
  party_branch: string | null;
  barcode: string;
  title: string;
  loaned_at: string;
  due_on: string;
  renewals: number;
  returned_at: string | null;
  closed_as: 'returned' | 'lost' | null;
}

const LOAN_COLUMNS: Column[] = [
  { header: '借书证号', width: 12, text: true },
  { header: '姓名', width: 10 },
  { header: '单位', width: 24 },
  { header: '党支部', width: 20 },
  { header: '条码号', width: 12, text: true },
  { header: '书名', width: 36 },
  { header: '借出时间', width: 17 },
  { header: '应还日期', width: 11 },
  { header: '续借次数', width: 9 },
  { header: '归还时间', width: 17 },
  { header: '状态', width: 7 },
  { header: '逾期天数', width: 9 },
];

export interface LoansExportInput {
  format: ExportFormat;
  from?: string | undefined;
  to?: string | undefined;
  openOnly: boolean;
}

/** Loans made in the range (local dates; open-ended without one), or the open ones. Oldest first. */
export async function exportLoans(db: Db, input: LoansExportInput, today: string): Promise<ExportFile> {
  const [start, end] = instantRange(input.from ?? '1900-01-01', input.to ?? '2999-12-31');
  const rows = db
    .prepare<[{ start: string; end: string; open: number }], LoanRow>(
      `SELECT CASE WHEN b.erased_at IS NULL THEN b.card_no END AS card_no,
         CASE WHEN b.erased_at IS NULL THEN b.name END AS name, b.company, b.party_branch, c.barcode, t.title, l.loaned_at, l.due_on,
         l.renewals, l.returned_at, l.closed_as
       FROM loans l
       JOIN borrowers b ON b.id = l.borrower_id
       JOIN copies c ON c.id = l.copy_id
       JOIN titles t ON t.id = l.title_id
       WHERE l.loaned_at >= @start AND l.loaned_at < @end AND (@open = 0 OR l.returned_at IS NULL)
       ORDER BY l.loaned_at, l.id`,
    )
    .all({ start, end, open: input.openOnly ? 1 : 0 });
  const cells = rows.map((r): Cell[] => {
    const endOn = r.returned_at === null ? today : (localDateTime(r.returned_at) ?? today).slice(0, 10);
    const overdue = Math.max(0, daysBetween(r.due_on, endOn));
    const state =
      r.closed_as === 'lost' ? '遗失' : r.returned_at !== null ? '已还' : overdue > 0 ? '逾期' : '在借';
    return [
      r.card_no,
      r.name,
      r.company,
      r.party_branch,
      r.barcode,
      r.title,
      localDateTime(r.loaned_at),
      r.due_on,
      r.renewals,
      localDateTime(r.returned_at),
      state,
      overdue,
    ];
  });
  const range = input.openOnly
    ? '在借'
    : input.from || input.to
      ? `${input.from ?? ''}至${input.to ?? today}`
      : '全部';
  return exportFile(`借阅记录-${range}`, input.format, [
    { name: '借阅记录', columns: LOAN_COLUMNS, rows: cells },
  ]);
}
