import type { BorrowerStatus, CheckoutLine, Loan, ReturnLine } from '../../../../shared/library.api';
import { DomainError } from '../../../errors';
import { borrowersRepo, toRef, type BorrowerRow } from '../borrowers/borrowers.repo';
import { copiesRepo } from '../catalogue/copies.repo';
import { addDays } from '../../../../shared/dates';
import { nextOpenDay } from '../../../platform/calendar/calendar.service';
import { refreshAvailability } from '../search/search-index';
import { holdsRepo } from './holds.repo';
import { routeToHold, sweepHolds, today, type LendingCtx, type LendingReadCtx } from './holds.service';
import { loansRepo } from './loans.repo';
import { rulesRepo } from './rules.repo';

export type Channel = 'desk' | 'self';

function borrowerByCard(ctx: LendingCtx, cardNo: string): BorrowerRow {
  const b = borrowersRepo(ctx.db).byCard(cardNo);
  if (!b) throw new DomainError('not_found', 'No borrower with this card', { what: 'borrower' });
  return b;
}

function copyByBarcode(ctx: LendingCtx, barcode: string) {
  const c = copiesRepo(ctx.db).byBarcode(barcode);
  if (!c) throw new DomainError('not_found', 'No copy with this barcode', { what: 'copy' });
  return c;
}

/** Why a borrower may not borrow now, or null. */
export function blockOf(ctx: LendingReadCtx, b: BorrowerRow): 'inactive' | 'overdue' | null {
  if (b.active !== 1) return 'inactive';
  const rule = rulesRepo(ctx.db).get(b.type);
  if (rule.blockWhenOverdue && loansRepo(ctx.db).overdueCount(b.id, today(ctx)) > 0) return 'overdue';
  return null;
}

export function dueDate(ctx: LendingCtx, days: number, from = today(ctx)): string {
  return nextOpenDay(ctx.db, addDays(from, days));
}

export function checkout(ctx: LendingCtx, cardNo: string, barcode: string, channel: Channel): CheckoutLine {
  sweepHolds(ctx);
  const borrower = borrowerByCard(ctx, cardNo);
  if (borrower.active !== 1) throw new DomainError('borrower_inactive', 'This card is not active');
  const copy = copyByBarcode(ctx, barcode);
  const loans = loansRepo(ctx.db);
  const holds = holdsRepo(ctx.db);
  if (copy.status === 'on_loan') {
    const open = loans.openByCopy(copy.id);
    throw new DomainError('copy_on_loan', 'This copy is already on loan', {
      dueOn: open?.due_on ?? null,
      sameBorrower: open?.borrower_id === borrower.id,
    });
  }
  let hold = copy.status === 'on_hold_shelf' ? holds.readyForCopy(copy.id) : undefined;
  if (copy.status !== 'available' && !(hold && hold.borrower_id === borrower.id)) {
    throw new DomainError('copy_not_loanable', 'This copy cannot be lent', { status: copy.status });
  }
  const rule = rulesRepo(ctx.db).get(borrower.type);
  const overdue = loans.overdueCount(borrower.id, today(ctx));
  if (rule.blockWhenOverdue && overdue > 0) {
    throw new DomainError('borrower_blocked', 'An overdue loan must come back first', { overdue });
  }
  const open = loans.openCount(borrower.id);
  if (open >= rule.maxItems)
    throw new DomainError('loan_limit', 'Loan limit reached', { max: rule.maxItems });

  // Borrowing the book one waits for fulfils the wait, whichever copy it is.
  hold ??= holds.active(copy.title_id, borrower.id);
  const at = ctx.now().toISOString();
  const id = loans.insert({
    copyId: copy.id,
    titleId: copy.title_id,
    borrowerId: borrower.id,
    loanedAt: at,
    dueOn: dueDate(ctx, rule.days),
    channel,
  });
  if (hold) {
    holds.close(hold.id, 'fulfilled', at);
    // They took another copy than the one kept for them: that one goes to the next reader or the shelf.
    if (hold.status === 'ready' && hold.copy_id !== null && hold.copy_id !== copy.id) {
      if (!routeToHold(ctx, hold.copy_id, copy.title_id))
        copiesRepo(ctx.db).setStatus(hold.copy_id, 'available', at);
    }
  }
  refreshAvailability(ctx.db, [copy.title_id]);
  const loan = loans.view(id, today(ctx));
  ctx.audit({ action: 'lending.checkout', entity: 'loan', entityId: id, after: { ...loan, channel } });
  return { loan, holdFulfilled: hold?.id ?? null, limitLeft: rule.maxItems - open - 1 };
}

export function giveBack(ctx: LendingCtx, barcode: string, channel: Channel): ReturnLine {
  sweepHolds(ctx);
  const copy = copyByBarcode(ctx, barcode);
  const loans = loansRepo(ctx.db);
  const open = loans.openByCopy(copy.id);
  if (!open) throw new DomainError('copy_not_on_loan', 'This copy is not on loan', { status: copy.status });
  const at = ctx.now().toISOString();
  loans.close(open.id, at, 'returned');
  const routed = routeToHold(ctx, copy.id, copy.title_id);
  refreshAvailability(ctx.db, [copy.title_id]);
  const loan = loans.view(open.id, today(ctx), today(ctx));
  let holdFor: ReturnLine['holdFor'] = null;
  if (routed) {
    const who = borrowersRepo(ctx.db).byId(routed.hold.borrower_id);
    if (who) holdFor = { holdId: routed.hold.id, borrower: toRef(who), readyUntil: routed.readyUntil };
  }
  const line: ReturnLine = { loan, wasOverdue: open.due_on < today(ctx), holdFor };
  ctx.audit({
    action: 'lending.return',
    entity: 'loan',
    entityId: open.id,
    before: open,
    after: { ...line, channel },
  });
  return line;
}

export function renew(ctx: LendingCtx, barcode: string, channel: Channel): Loan {
  sweepHolds(ctx);
  const copy = copyByBarcode(ctx, barcode);
  const loans = loansRepo(ctx.db);
  const open = loans.openByCopy(copy.id);
  if (!open) throw new DomainError('copy_not_on_loan', 'This copy is not on loan', { status: copy.status });
  const borrower = borrowersRepo(ctx.db).byId(open.borrower_id);
  if (!borrower) throw new Error(`Borrower ${open.borrower_id} vanished`);
  if (borrower.active !== 1) throw new DomainError('borrower_inactive', 'This card is not active');
  const rule = rulesRepo(ctx.db).get(borrower.type);
  if (open.renewals >= rule.renewals) {
    throw new DomainError('renewal_limit', 'No renewals left', {
      renewals: open.renewals,
      max: rule.renewals,
    });
  }
  const waiting = holdsRepo(ctx.db).waitingCount(copy.title_id);
  if (waiting > 0) throw new DomainError('renewal_held', 'Someone is waiting for this book', { waiting });
  const overdue = loans.overdueCount(borrower.id, today(ctx));
  if (rule.blockWhenOverdue && overdue > 0) {
    throw new DomainError('borrower_blocked', 'An overdue loan must come back first', { overdue });
  }
  const fresh = dueDate(ctx, rule.days);
  const newDue = fresh > open.due_on ? fresh : open.due_on;
  loans.renew(open.id, open.due_on, newDue, ctx.now().toISOString(), channel);
  const loan = loans.view(open.id, today(ctx));
  ctx.audit({
    action: 'lending.renew',
    entity: 'loan',
    entityId: open.id,
    before: open,
    after: { ...loan, channel },
  });
  return loan;
}

export function borrowerStatus(ctx: LendingCtx, cardNo: string): BorrowerStatus {
  sweepHolds(ctx);
  const row = borrowerByCard(ctx, cardNo);
  const borrower = borrowersRepo(ctx.db).view(row.id, today(ctx));
  if (!borrower) throw new DomainError('not_found', 'No borrower with this card', { what: 'borrower' });
  const rule = rulesRepo(ctx.db).get(row.type);
  const loans = loansRepo(ctx.db).openOf(row.id, today(ctx));
  return {
    borrower,
    rule,
    loans,
    limitLeft: Math.max(0, rule.maxItems - loans.length),
    blocked: blockOf(ctx, row),
    readyHolds: holdsRepo(ctx.db).readyOf(row.id),
  };
}
