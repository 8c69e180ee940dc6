import { maskName, type SelfCheckoutLine, type SelfReturnLine } from '../../../../shared/library.api';
import type { Parsed } from '../../../../shared';
import { twoPhase, type Ctx, type Handlers } from '../../../context';
import { DomainError } from '../../../errors';
import { readSettings } from '../../../platform/settings/settings.repo';
import { copiesRepo } from '../catalogue/copies.repo';
import { today } from '../lending/holds.service';
import { blockOf, checkout, giveBack } from '../lending/lending.service';
import { loansRepo } from '../lending/loans.repo';
import { rulesRepo } from '../lending/rules.repo';
import { checkCard, mustBeOn, selfServiceOn, type CheckedCard } from './card-check';

type BookInput = Parsed<'selfservice.checkout'>;

const checked = ({ cardNo, pin }: BookInput, ctx: Ctx) => checkCard(ctx, cardNo, pin);

/**
 * Borrowing and returning at the kiosk without staff: the desk's rules, but whoever stands at the
 * screen may not be the card's owner. So the card's PIN is checked (card-check.ts) before anything
 * is read or written, every call, a repeated request id included; the name is masked, loans are
 * listed only after a PIN, a phone never; a book is returned only onto the card it was lent to;
 * and nothing is said about anyone else (no names of people waiting).
 */
export const selfserviceHandlers: Pick<
  Handlers,
  'selfservice.info' | 'selfservice.borrower' | 'selfservice.checkout' | 'selfservice.return'
> = {
  'selfservice.info': (_input, ctx) => ({
    enabled: selfServiceOn(ctx),
    pinRequired: readSettings(ctx.db)['library.selfServicePin'],
  }),
  'selfservice.borrower': async (input, ctx) => {
    const { borrower: b, pinChecked } = await checkCard(ctx, input.cardNo, input.pin);
    const loans = loansRepo(ctx.db).openOf(b.id, today(ctx));
    const rule = rulesRepo(ctx.db).get(b.type);
    return {
      name: maskName(b.name),
      pinChecked,
      loans: pinChecked
        ? loans.map((l) => ({
            barcode: l.barcode,
            title: l.title,
            dueOn: l.dueOn,
            overdue: l.overdueDays > 0,
          }))
        : [],
      loanCount: loans.length,
      overdueCount: loans.filter((l) => l.overdueDays > 0).length,
      limitLeft: Math.max(0, rule.maxItems - loans.length),
      blocked: blockOf(ctx, b),
    };
  },
  'selfservice.checkout': twoPhase(checked, ({ barcode }, ctx, card: CheckedCard): SelfCheckoutLine => {
    mustBeOn(ctx);
    const { loan, limitLeft } = checkout(ctx, card.borrower.card_no, barcode, 'self');
    return { barcode: loan.barcode, title: loan.title, dueOn: loan.dueOn, limitLeft };
  }),
  'selfservice.return': twoPhase(checked, ({ barcode }, ctx, card: CheckedCard): SelfReturnLine => {
    mustBeOn(ctx);
    // A barcode can be typed by anyone: only the card's own loans come back here.
    const copy = copiesRepo(ctx.db).byBarcode(barcode);
    const open = copy ? loansRepo(ctx.db).openByCopy(copy.id) : undefined;
    if (open && open.borrower_id !== card.borrower.id) {
      throw new DomainError('not_your_loan', 'This book is not on loan to this card');
    }
    const r = giveBack(ctx, barcode, 'self');
    return {
      barcode: r.loan.barcode,
      title: r.loan.title,
      wasOverdue: r.wasOverdue,
      toHoldShelf: r.holdFor !== null,
    };
  }),
};
