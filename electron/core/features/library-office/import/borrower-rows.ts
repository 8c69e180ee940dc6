import type { ImportReason } from '../../../../shared/library-office.api';
import type { BorrowerType } from '../../../../shared/library.api';
import { clean } from '../../../platform/tables/cells';
import type { SheetRow } from '../../../platform/tables/csv-parse';
import type { HeaderMap } from '../../../platform/tables/headers';
import { rowReader } from '../../../platform/tables/row-report';
import type { ImportOutcome } from './catalogue-rows';
import { CODE_PATTERN, normaliseCode } from './fields';
import type { BORROWER_HEADERS } from './headers';

export type BorrowerField = keyof typeof BORROWER_HEADERS;

export interface BorrowerRecord {
  row: number;
  cardNo: string;
  name: string;
  /** undefined: no phone column, or a masked or bad number: keep what the borrower has. */
  phone: string | null | undefined;
  company: string | null | undefined;
  partyBranch: string | null | undefined;
  type: BorrowerType | undefined;
  note: string | null | undefined;
}

/** The labels a roster uses for the borrower types, folded by {@link typeKey}. */
const TYPE_LABELS: Record<BorrowerType, string[]> = {
  party_member: [
    '党员',
    '中共党员',
    '正式党员',
    '预备党员',
    '党员读者',
    'partymember',
    'party_member',
    'party',
  ],
  employee: ['职工', '员工', '企业职工', '园区职工', '企业员工', '在职职工', 'employee', 'staff', 'worker'],
  resident: ['居民', '社区居民', '群众', '市民', 'resident', 'public'],
  volunteer: ['志愿者', '志愿服务者', '义工', 'volunteer'],
};

const typeKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s-]/g, '');

export function parseBorrowerType(raw: string): BorrowerType | null {
  const key = typeKey(raw);
  for (const [type, labels] of Object.entries(TYPE_LABELS) as [BorrowerType, string[]][]) {
    if (labels.includes(key)) return type;
  }
  return null;
}

/** The contract's limits for borrower fields (library.api.ts). */
const LIMITS = { name: 40, company: 80, partyBranch: 80, note: 200 } as const;

/**
 * Reads one roster row. No card number or no name skips the row: the card is how the desk finds
 * a borrower, and a card cannot be made up for someone who already carries one. A bad phone or an
 * unknown type is warned about: the phone stays as it was, the type falls back (see below).
 */
export function readBorrowerRow(map: HeaderMap<BorrowerField>, row: SheetRow): ImportOutcome<BorrowerRecord> {
  const { raw, text, warn, warnings } = rowReader<BorrowerField, ImportReason>(map, row);
  const has = (f: BorrowerField) => map.index[f] !== undefined;
  const cardRaw = clean(raw('cardNo'));
  if (cardRaw === '')
    return { record: null, skipped: { row: row.row, reason: 'card_missing' }, warnings: [] };
  const cardNo = normaliseCode(cardRaw);
  if (!CODE_PATTERN.test(cardNo)) {
    return {
      record: null,
      skipped: { row: row.row, reason: 'card_invalid', params: { value: cardRaw } },
      warnings: [],
    };
  }
  const name = text('name', LIMITS.name);
  if (name === null) return { record: null, skipped: { row: row.row, reason: 'name_missing' }, warnings: [] };

  // A masked number (our own export: 138****1234) or a bad one keeps the phone the borrower has.
  let phone: string | null | undefined;
  if (has('phone')) {
    const p = clean(raw('phone')).replace(/[\s()-]/g, '');
    if (p === '') phone = null;
    else if (/^\+?\d{5,20}$/.test(p)) phone = p;
    else if (!p.includes('*')) warn('phone_invalid', { value: clean(raw('phone')) });
  }
  const partyBranch = has('partyBranch') ? text('partyBranch', LIMITS.partyBranch) : undefined;
  let type: BorrowerType | undefined;
  const typeRaw = clean(raw('type'));
  if (typeRaw !== '') {
    const parsed = parseBorrowerType(typeRaw);
    // Someone listed under a 党支部 is a party member; everyone else at a park centre is an employee.
    const fallback: BorrowerType = partyBranch ? 'party_member' : 'employee';
    if (parsed === null) warn('type_unknown', { value: typeRaw, used: fallback });
    type = parsed ?? fallback;
  }
  return {
    record: {
      row: row.row,
      cardNo,
      name,
      phone,
      company: has('company') ? text('company', LIMITS.company) : undefined,
      partyBranch,
      type,
      note: has('note') ? text('note', LIMITS.note) : undefined,
    },
    skipped: null,
    warnings,
  };
}
