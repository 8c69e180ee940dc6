import type { Hold } from '../../../../shared/library.api';
import type { Ctx, WriteCtx } from '../../../context';
import { DomainError } from '../../../errors';
import { borrowersRepo } from '../borrowers/borrowers.repo';
import { copiesRepo } from '../catalogue/copies.repo';
import { titlesRepo } from '../catalogue/titles.repo';
import { addDays, localDate } from '../../../../shared/dates';
import { nextOpenDay } from '../../../platform/calendar/calendar.service';
import { refreshAvailability } from '../search/search-index';
import { holdsRepo } from './holds.repo';
import { loansRepo } from './loans.repo';

/** What lending rules read with: any handle and the clock. */
export type LendingReadCtx = Pick<Ctx, 'db' | 'now'>;
/** What lending changes are made with: a declared write's handle, its audit and who acts. */
export type LendingCtx = Pick<WriteCtx, 'db' | 'staff' | 'now' | 'audit'>;

/** How long a book waits on the hold shelf, and how long a hold waits in the queue by default. */
export const HOLD_SHELF_DAYS = 7;
export const HOLD_QUEUE_DAYS = 60;

export const today = (ctx: Pick<Ctx, 'now'>) => localDate(ctx.now());

/**
 * A copy that comes back into circulation (returned, repaired, added) goes to the next waiting
 * hold of its title, if any: onto the hold shelf until a deadline that is not a closed day.
 */
export function routeToHold(ctx: LendingCtx, copyId: number, titleId: number) {
  const holds = holdsRepo(ctx.db);
  const next = holds.nextWaiting(titleId);
  if (!next) return null;
  const until = nextOpenDay(ctx.db, addDays(today(ctx), HOLD_SHELF_DAYS));
  copiesRepo(ctx.db).setStatus(copyId, 'on_hold_shelf', ctx.now().toISOString());
  holds.makeReady(next.id, copyId, ctx.now().toISOString(), until);
  return { hold: next, readyUntil: until };
}

/** A copy leaves the hold shelf for good (withdrawn, lost, in repair): its hold waits again. */
export function releaseHoldOf(ctx: LendingCtx, copyId: number): void {
  const ready = holdsRepo(ctx.db).readyForCopy(copyId);
  if (ready) holdsRepo(ctx.db).backToWaiting(ready.id);
}

/**
 * Lapses holds past their dates: a waiting hold past its expiry, a ready one not collected in time
 * (its copy goes to the next in the queue, or back on the shelf). Runs before every lending step,
 * inside its transaction, so no screen ever acts on a stale queue.
 */
export function sweepHolds(ctx: LendingCtx): void {
  const holds = holdsRepo(ctx.db);
  const at = ctx.now().toISOString();
  const touched = new Set<number>();
  for (const h of holds.lapsed(today(ctx))) {
    holds.close(h.id, 'expired', at);
    if (h.status === 'ready' && h.copy_id !== null) {
      touched.add(h.title_id);
      if (!routeToHold(ctx, h.copy_id, h.title_id)) copiesRepo(ctx.db).setStatus(h.copy_id, 'available', at);
    }
  }
  if (touched.size > 0) refreshAvailability(ctx.db, touched);
}

export function placeHold(ctx: LendingCtx, cardNo: string, titleId: number, expiresOn?: string): Hold {
  sweepHolds(ctx);
  const borrower = borrowersRepo(ctx.db).byCard(cardNo);
  if (!borrower) throw new DomainError('not_found', 'No borrower with this card', { what: 'borrower' });
  if (borrower.active !== 1) throw new DomainError('borrower_inactive', 'This card is not active');
  const title = titlesRepo(ctx.db).byId(titleId);
  if (!title) throw new DomainError('not_found', 'No such title', { what: 'title' });
  const holds = holdsRepo(ctx.db);
  if (holds.active(titleId, borrower.id))
    throw new DomainError('duplicate', 'This borrower already has a hold on it');
  if (title.copies_in > 0) {
    throw new DomainError('conflict', 'A copy is on the shelf: lend it instead', {
      copiesIn: title.copies_in,
    });
  }
  const onLoanToThem = loansRepo(ctx.db)
    .openOf(borrower.id, today(ctx))
    .some((l) => l.titleId === titleId);
  if (onLoanToThem) throw new DomainError('conflict', 'This borrower has the book already', { onLoan: true });
  const expires = expiresOn ?? addDays(today(ctx), HOLD_QUEUE_DAYS);
  if (expires < today(ctx)) throw new DomainError('invalid_input', 'The expiry is in the past');
  const id = holds.insert({
    titleId,
    borrowerId: borrower.id,
    placedAt: ctx.now().toISOString(),
    expiresOn: expires,
  });
  const hold = holds.view(id);
  ctx.audit({ action: 'holds.place', entity: 'hold', entityId: id, after: hold });
  return hold;
}

export function cancelHold(ctx: LendingCtx, id: number): Hold {
  sweepHolds(ctx);
  const holds = holdsRepo(ctx.db);
  const row = holds.byId(id);
  if (!row) throw new DomainError('not_found', 'No such hold', { what: 'hold' });
  if (row.status !== 'waiting' && row.status !== 'ready') {
    throw new DomainError('conflict', 'This hold is no longer active', { status: row.status });
  }
  const before = holds.view(id);
  holds.close(id, 'cancelled', ctx.now().toISOString());
  if (row.status === 'ready' && row.copy_id !== null) {
    if (!routeToHold(ctx, row.copy_id, row.title_id)) {
      copiesRepo(ctx.db).setStatus(row.copy_id, 'available', ctx.now().toISOString());
    }
    refreshAvailability(ctx.db, [row.title_id]);
  }
  const after = holds.view(id);
  ctx.audit({ action: 'holds.cancel', entity: 'hold', entityId: id, before, after });
  return after;
}
