import type { BorrowerType, CopyStatus } from '../../../../shared/library.api';
import { localDate } from '../../../../shared/dates';

/**
 * Words inside exported files. A spreadsheet for a Chinese reading room is written in Chinese
 * whatever the screen's language (the issue asks for Chinese headers); the importer reads them back.
 */
export const COPY_STATUS_ZH: Record<CopyStatus, string> = {
  available: '在架',
  on_loan: '借出',
  on_hold_shelf: '预约架',
  lost: '遗失',
  in_repair: '修补',
  withdrawn: '剔除',
};

export const BORROWER_TYPE_ZH: Record<BorrowerType, string> = {
  party_member: '党员',
  employee: '职工',
  resident: '居民',
  volunteer: '志愿者',
};

export const EMPTY_GROUP_ZH = '（未填写）';

/** An instant as the librarian reads it: local date and time to the minute. */
export function localDateTime(iso: string | null): string | null {
  if (iso === null) return null;
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${localDate(d)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
