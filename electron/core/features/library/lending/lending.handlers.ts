import type { Handlers } from '../../../context';
import { DomainError } from '../../../errors';
import { borrowersRepo } from '../borrowers/borrowers.repo';
import { mustTitle } from '../catalogue/catalogue.service';
import { holdsRepo } from './holds.repo';
import { cancelHold, placeHold, sweepHolds, today } from './holds.service';
import { borrowerStatus, checkout, giveBack, renew } from './lending.service';
import { loansRepo } from './loans.repo';
import { rulesRepo } from './rules.repo';

type LendingMethods =
  | 'lending.borrowerStatus'
  | 'lending.checkout'
  | 'lending.return'
  | 'lending.renew'
  | 'lending.loans'
  | 'holds.place'
  | 'holds.cancel'
  | 'holds.list'
  | 'loanRules.list'
  | 'loanRules.update';

function borrowerId(
  ctx: Parameters<Handlers['lending.loans']>[1],
  cardNo: string | undefined,
): number | null {
  if (cardNo === undefined) return null;
  const b = borrowersRepo(ctx.db).byCard(cardNo);
  if (!b) throw new DomainError('not_found', 'No borrower with this card', { what: 'borrower' });
  return b.id;
}

export const lendingHandlers: Pick<Handlers, LendingMethods> = {
  'lending.borrowerStatus': ({ cardNo }, ctx) => borrowerStatus(ctx, cardNo),
  'lending.checkout': ({ cardNo, barcode }, ctx) => checkout(ctx, cardNo, barcode, 'desk'),
  'lending.return': ({ barcode }, ctx) => giveBack(ctx, barcode, 'desk'),
  'lending.renew': ({ barcode }, ctx) => renew(ctx, barcode, 'desk'),
  'lending.loans': ({ cardNo, overdueOnly, offset, limit }, ctx) =>
    loansRepo(ctx.db).openPage({
      borrowerId: borrowerId(ctx, cardNo),
      overdueOnly,
      today: today(ctx),
      offset,
      limit,
    }),

  'holds.place': ({ cardNo, titleId, expiresOn }, ctx) => placeHold(ctx, cardNo, titleId, expiresOn),
  'holds.cancel': ({ id }, ctx) => cancelHold(ctx, id),
  'holds.list': ({ titleId, cardNo, offset, limit }, ctx) => {
    sweepHolds(ctx);
    if (titleId !== undefined) mustTitle(ctx.db, titleId);
    return holdsRepo(ctx.db).page({
      titleId: titleId ?? null,
      borrowerId: borrowerId(ctx, cardNo),
      offset,
      limit,
    });
  },

  'loanRules.list': (_input, ctx) => rulesRepo(ctx.db).all(),
  'loanRules.update': ({ borrowerType, ...patch }, ctx) => {
    const rules = rulesRepo(ctx.db);
    const before = rules.get(borrowerType);
    const after = {
      borrowerType,
      days: patch.days ?? before.days,
      maxItems: patch.maxItems ?? before.maxItems,
      renewals: patch.renewals ?? before.renewals,
      blockWhenOverdue: patch.blockWhenOverdue ?? before.blockWhenOverdue,
    };
    rules.save(after);
    ctx.audit({ entity: 'loanRule', entityId: borrowerType, before, after });
    return after;
  },
};
