import type { DailyCtx } from '../../../context';
import { localDate } from '../../../../shared/dates';
import { readSettings } from '../../../platform/settings/settings.repo';
import { scrubPeople, type Person } from '../borrowers/scrub';

interface AgedLoan {
  id: number;
  borrower_id: number;
  loaned_at: string;
  returned_at: string | null;
  card_no: string;
  name: string;
  phone: string | null;
  type: string;
  company: string | null;
  party_branch: string | null;
}

/** The instant a local date begins (loans store UTC instants; years are the centre's own). */
const startOf = (date: string) => new Date(`${date}T00:00:00`).toISOString();

/** The day it last ran, in `library_meta` (an integer, YYYYMMDD): once a day is enough. */
const CHECKED = 'retention_checked_on';

/**
 * The reading room's retention (`library.historyRetentionYears`, PIPL): once a year has been over
 * for that many whole years, each borrower's returned loans of that year pass to an anonymous
 * reader of their own (one per borrower and year, holding only type, company and party branch), so
 * the statistics of that year, by month, title, company, branch and type, readers included, stay
 * as they were. A borrower's year with a book still out waits until it is back. The audit entries
 * of those loans and the stored request answers up to their last return lose the borrower's name
 * and card; closed holds placed before then are deleted. Runs once a day.
 */
export function applyRetention(ctx: DailyCtx): boolean {
  const years = readSettings(ctx.db)['library.historyRetentionYears'];
  const today = localDate(ctx.now());
  const day = Number(today.replace(/-/g, ''));
  const meta = ctx.db.prepare('INSERT OR REPLACE INTO library_meta (key, value) VALUES (?, ?)');
  const last = ctx.db
    .prepare<[string], number>('SELECT value FROM library_meta WHERE key = ?')
    .pluck()
    .get(CHECKED);
  if (years === 0 || last === day) return false;
  meta.run(CHECKED, day);

  // Loans made before the first day of the oldest year kept named (local dates).
  const firstKept = `${Number(today.slice(0, 4)) - years}-01-01`;
  const cutoff = startOf(firstKept);
  const aged = ctx.db
    .prepare<[string], AgedLoan>(
      `SELECT l.id, l.borrower_id, l.loaned_at, l.returned_at, b.card_no, b.name, b.phone, b.type,
         b.company, b.party_branch
       FROM loans l JOIN borrowers b ON b.id = l.borrower_id
       WHERE l.loaned_at < ? AND b.erased_at IS NULL`,
    )
    .all(cutoff);
  const groups = new Map<string, AgedLoan[]>();
  for (const loan of aged) {
    const key = `${loan.borrower_id}:${localDate(new Date(loan.loaned_at)).slice(0, 4)}`;
    const group = groups.get(key);
    if (group) group.push(loan);
    else groups.set(key, [loan]);
  }

  const insert = ctx.db.prepare(
    `INSERT INTO borrowers (card_no, name, type, company, party_branch, active, sort_key, created_at, erased_at)
     VALUES ('~new', '~', ?, ?, ?, 0, '~', ?, ?)`,
  );
  const named = ctx.db.prepare("UPDATE borrowers SET card_no = '~' || id WHERE id = ?");
  const move = ctx.db.prepare('UPDATE loans SET borrower_id = ? WHERE id = ?');
  const at = ctx.now().toISOString();
  const people = new Map<string, Person>();
  const moved = new Map<number, string>();
  let lastReturn = cutoff;
  for (const loans of groups.values()) {
    if (loans.some((l) => l.returned_at === null)) continue;
    const first = loans[0];
    if (!first) continue;
    const reader = Number(insert.run(first.type, first.company, first.party_branch, at, at).lastInsertRowid);
    named.run(reader);
    people.set(first.card_no, { cardNo: first.card_no, name: first.name, phone: first.phone });
    for (const l of loans) {
      move.run(reader, l.id);
      moved.set(l.id, first.card_no);
      if (l.returned_at !== null && l.returned_at > lastReturn) lastReturn = l.returned_at;
    }
  }
  const holds = ctx.db
    .prepare("DELETE FROM holds WHERE status NOT IN ('waiting', 'ready') AND placed_at < ?")
    .run(cutoff).changes;
  if (moved.size === 0 && holds === 0) return false;

  const scrubbed = scrubPeople(ctx.db, [...people.values()], {
    auditOf: (entity, entityId) => entity === 'loan' && entityId !== null && moved.has(Number(entityId)),
    requestsUntil: lastReturn,
  });
  ctx.audit({
    action: 'library.retention',
    entity: 'loans',
    after: { loanedBefore: firstKept, years, loans: moved.size, readers: people.size, holds, ...scrubbed },
  });
  return true;
}
