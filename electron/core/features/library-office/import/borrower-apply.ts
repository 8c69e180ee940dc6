import type { ImportIssue } from '../../../../shared/library-office.api';
import type { BorrowerType } from '../../../../shared/library.api';
import { borrowersRepo, fieldsOf, type BorrowerFields } from '../../library/borrowers/borrowers.repo';
import type { LendingCtx } from '../../library/lending/holds.service';
import { inSlices } from '../../../platform/work/slices';
import type { BorrowerRecord } from './borrower-rows';
import type { ImportOutcome } from './catalogue-rows';

export interface BorrowerChanges {
  added: number;
  updated: number;
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** The audit never holds a phone number (every admin reads it), as in `borrowers.create`. */
const audited = (f: BorrowerFields) => ({ ...f, phone: f.phone === null ? null : '***' });

const defaultType = (r: BorrowerRecord): BorrowerType => (r.partyBranch ? 'party_member' : 'employee');

const same = (a: BorrowerFields, b: BorrowerFields) => JSON.stringify(a) === JSON.stringify(b);

/** A roster row read from the file, with the pinyin sort key of its name made beforehand. */
export interface BorrowerRow {
  outcome: ImportOutcome<BorrowerRecord>;
  sortKey: string | null;
}

/**
 * Adds new cards and updates known ones (a roster imported again brings new phones and companies).
 * A column the sheet does not have leaves that field as it is; an empty cell clears it. A slice of
 * rows at a time, yielding between slices; inside the import's one long transaction (`longTwoPhase`).
 */
export async function applyBorrowers(
  ctx: LendingCtx,
  rows: readonly BorrowerRow[],
): Promise<BorrowerChanges> {
  const out: BorrowerChanges = { added: 0, updated: 0, skipped: [], warnings: [] };
  const repo = borrowersRepo(ctx.db);
  const firstRowOf = new Map<string, number>();
  const at = ctx.now().toISOString();
  await inSlices(rows, ({ outcome: o, sortKey }) => {
    out.warnings.push(...o.warnings);
    if (o.skipped) out.skipped.push(o.skipped);
    const r = o.record;
    if (!r || sortKey === null) return;
    const first = firstRowOf.get(r.cardNo);
    if (first !== undefined) {
      out.skipped.push({
        row: r.row,
        reason: 'card_duplicate_in_file',
        params: { cardNo: r.cardNo, firstRow: first },
      });
      return;
    }
    firstRowOf.set(r.cardNo, r.row);
    const row = repo.byCard(r.cardNo);
    const keep = <T>(v: T | undefined, was: T): T => (v === undefined ? was : v);
    if (row) {
      const before = fieldsOf(row);
      const f: BorrowerFields = {
        ...before,
        name: r.name,
        phone: keep(r.phone, before.phone),
        company: keep(r.company, before.company),
        partyBranch: keep(r.partyBranch, before.partyBranch),
        type: r.type ?? before.type,
        note: keep(r.note, before.note),
      };
      if (same(before, f)) return;
      repo.update(row.id, f, sortKey);
      ctx.audit({
        action: 'borrowers.update',
        entity: 'borrower',
        entityId: row.id,
        before: audited(before),
        after: { ...audited(f), phoneChanged: f.phone !== before.phone },
      });
      out.updated++;
    } else {
      const f: BorrowerFields = {
        cardNo: r.cardNo,
        name: r.name,
        phone: r.phone ?? null,
        company: r.company ?? null,
        partyBranch: r.partyBranch ?? null,
        type: r.type ?? defaultType(r),
        active: true,
        note: r.note ?? null,
      };
      const id = repo.insert(f, sortKey, at);
      ctx.audit({ action: 'borrowers.create', entity: 'borrower', entityId: id, after: audited(f) });
      out.added++;
    }
  });
  return out;
}
