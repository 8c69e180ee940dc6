import type { Ctx, Handlers } from '../../../context';
import { DomainError } from '../../../errors';
import { readSettings } from '../../../platform/settings/settings.repo';
import { borrowersRepo } from '../borrowers/borrowers.repo';
import { today } from '../lending/holds.service';
import { blockOf, checkout, giveBack } from '../lending/lending.service';
import { loansRepo } from '../lending/loans.repo';
import { rulesRepo } from '../lending/rules.repo';

const enabled = (ctx: Pick<Ctx, 'db'>) => readSettings(ctx.db)['library.selfService'];

function mustBeOn(ctx: Pick<Ctx, 'db'>): void {
  if (!enabled(ctx)) throw new DomainError('self_service_off', 'Self-service is switched off');
}

/**
 * Borrowing and returning at the kiosk without staff: the desk's rules, but the answers show nothing
 * about anyone else (no names of people waiting, no phone numbers).
 */
export const selfserviceHandlers: Pick<
  Handlers,
  'selfservice.info' | 'selfservice.borrower' | 'selfservice.checkout' | 'selfservice.return'
> = {
  'selfservice.info': (_input, ctx) => ({ enabled: enabled(ctx) }),
  'selfservice.borrower': ({ cardNo }, ctx) => {
    mustBeOn(ctx);
    const b = borrowersRepo(ctx.db).byCard(cardNo);
    if (!b) throw new DomainError('not_found', 'No borrower with this card', { what: 'borrower' });
    const loans = loansRepo(ctx.db).openOf(b.id, today(ctx));
    const rule = rulesRepo(ctx.db).get(b.type);
    return {
      name: b.name,
      loans: loans.map((l) => ({
        barcode: l.barcode,
        title: l.title,
        dueOn: l.dueOn,
        overdue: l.overdueDays > 0,
      })),
      limitLeft: Math.max(0, rule.maxItems - loans.length),
      blocked: blockOf(ctx, b),
    };
  },
  'selfservice.checkout': ({ cardNo, barcode }, ctx) => {
    mustBeOn(ctx);
    const { loan, limitLeft } = checkout(ctx, cardNo, barcode, 'self');
    return { barcode: loan.barcode, title: loan.title, dueOn: loan.dueOn, limitLeft };
  },
  'selfservice.return': ({ barcode }, ctx) => {
    mustBeOn(ctx);
    const r = giveBack(ctx, barcode, 'self');
    return {
      barcode: r.loan.barcode,
      title: r.loan.title,
      wasOverdue: r.wasOverdue,
      toHoldShelf: r.holdFor !== null,
    };
  },
};
