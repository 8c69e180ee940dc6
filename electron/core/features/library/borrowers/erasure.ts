import type { ErasedBorrower } from '../../../../shared/library.api';
import type { WriteCtx } from '../../../context';
import { DomainError } from '../../../errors';
import { copiesRepo } from '../catalogue/copies.repo';
import { routeToHold } from '../lending/holds.service';
import type { HoldRow } from '../lending/holds.repo';
import { loansRepo } from '../lending/loans.repo';
import { refreshAvailability } from '../search/search-index';
import { borrowersRepo } from './borrowers.repo';
import { scrubPeople } from './scrub';

/** What an erased borrower's row holds instead of a card and a name: no card number can be this. */
const ERASED_CARD = (id: number) => `~${id}`;
const ERASED_NAME = '~';

/**
 * Erases a borrower (PIPL, on their request): name, card, phone, note, PIN and holds go, and their
 * name and card are taken out of the audit log and the stored request answers. The row stays as an
 * anonymous reader with only what the statistics group by (type, company, party branch), so every
 * count and breakdown of past loans is the same after as before. Refused while books are out: the
 * loan must end first, or the books could not be traced.
 */
export function eraseBorrower(
  ctx: Pick<WriteCtx, 'db' | 'now' | 'audit' | 'staff'>,
  id: number,
): ErasedBorrower {
  const row = borrowersRepo(ctx.db).byId(id);
  if (!row) throw new DomainError('not_found', 'No such borrower', { what: 'borrower' });
  const open = loansRepo(ctx.db).openCount(id);
  if (open > 0) {
    throw new DomainError('borrower_has_loans', 'Books are still out on this card', { openLoans: open });
  }
  const at = ctx.now().toISOString();

  // Their holds end first (a book kept for them goes to the next reader or back on the shelf); then
  // the rows go, since who waited for which book is reading history too.
  const active = ctx.db
    .prepare<[number], HoldRow>(
      "SELECT * FROM holds WHERE borrower_id = ? AND status IN ('waiting', 'ready')",
    )
    .all(id);
  const titles = new Set<number>();
  for (const h of active) {
    if (h.status !== 'ready' || h.copy_id === null) continue;
    ctx.db.prepare("UPDATE holds SET status = 'cancelled', closed_at = ? WHERE id = ?").run(at, h.id);
    if (!routeToHold(ctx, h.copy_id, h.title_id)) copiesRepo(ctx.db).setStatus(h.copy_id, 'available', at);
    titles.add(h.title_id);
  }
  ctx.db.prepare('DELETE FROM holds WHERE borrower_id = ?').run(id);
  if (titles.size > 0) refreshAvailability(ctx.db, titles);
  ctx.db.prepare('DELETE FROM borrower_pins WHERE borrower_id = ?').run(id);

  const person = { cardNo: row.card_no, name: row.name, phone: row.phone };
  const scrubbed = scrubPeople(ctx.db, [person], { inText: true });
  ctx.db
    .prepare(
      `UPDATE borrowers SET card_no = ?, name = ?, phone = NULL, note = NULL, active = 0, sort_key = ?,
         created_at = ?, erased_at = ? WHERE id = ?`,
    )
    .run(ERASED_CARD(id), ERASED_NAME, ERASED_NAME, at, at, id);
  const loansKept =
    ctx.db.prepare<[number], number>('SELECT count(*) FROM loans WHERE borrower_id = ?').pluck().get(id) ?? 0;
  const erased: ErasedBorrower = {
    id,
    loansKept,
    holdsCancelled: active.length,
    auditScrubbed: scrubbed.audit,
    requestsScrubbed: scrubbed.requests,
  };
  // The erasure's own entry names no one: the row's id, and what was done.
  ctx.audit({ entity: 'borrower', entityId: id, after: { ...erased, id: undefined } });
  return erased;
}
