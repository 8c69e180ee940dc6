import type { Ctx } from '../../../context';
import type { Db } from '../../../db/database';
import { DomainError } from '../../../errors';
import { checkPinGuarded, type LockStore } from '../../../platform/auth/pin-check';
import { readSettings } from '../../../platform/settings/settings.repo';
import { borrowerPinsRepo } from '../borrowers/borrower-pins.repo';
import { borrowersRepo, type BorrowerRow } from '../borrowers/borrowers.repo';

export interface CheckedCard {
  borrower: BorrowerRow;
  /** A PIN was given and was right (else the borrower has none and the centre asks for none). */
  pinChecked: boolean;
}

export function selfServiceOn(ctx: Pick<Ctx, 'db'>): boolean {
  return readSettings(ctx.db)['library.selfService'];
}

export function mustBeOn(ctx: Pick<Ctx, 'db'>): void {
  if (!selfServiceOn(ctx)) throw new DomainError('self_service_off', 'Self-service is switched off');
}

const noCard = () => new DomainError('not_found', 'No borrower with this card', { what: 'borrower' });

/**
 * Where a card's wrong-PIN count and lock are kept: beside its PIN in the live database; in memory
 * for a card that does not exist, and while the database is damaged.
 */
function lockStore(ctx: Ctx, borrowerId: number | null, cardNo: string): LockStore {
  const live = ctx.app.db();
  if (borrowerId !== null && live) {
    const repo = borrowerPinsRepo(live);
    return {
      read: () => repo.get(borrowerId)?.lock ?? { failures: 0, locks: 0, lockedUntil: null },
      write: (s) => repo.putLock(borrowerId, s),
    };
  }
  return ctx.app.signInGuard.unwrittenLock('borrower', cardNo, ctx.now().getTime());
}

/**
 * Who is at the self-service screen: the card, and its PIN when the borrower set one or the centre
 * asks every borrower for one (`library.selfServicePin`). Wrong PINs are counted and locked exactly
 * as staff PINs (five in a row, then 5, 10, 20, 40 minutes, an hour), on the card, in the database.
 * While PINs are asked of everyone, an unknown card is answered like a wrong PIN (same count, lock
 * and hashing time), so the screen does not tell which card numbers exist.
 */
export async function checkCard(ctx: Ctx, cardNo: string, pin: string | undefined): Promise<CheckedCard> {
  mustBeOn(ctx);
  const required = readSettings(ctx.db)['library.selfServicePin'];
  const known = borrowersRepo(ctx.db).byCard(cardNo);
  if (!known && !required) throw noCard();
  const stored = known ? borrowerPinsRepo(ctx.db).get(known.id) : undefined;
  if (known && !stored && !required) return { borrower: known, pinChecked: false };
  if (pin === undefined) throw new DomainError('pin_required', 'This card needs its PIN');
  if (known && !stored) throw new DomainError('pin_not_set', 'Self-service needs a PIN set at the desk');

  let found: BorrowerRow | undefined;
  await checkPinGuarded(
    ctx,
    {
      key: `borrower:${cardNo}`,
      entity: 'borrower',
      entityId: cardNo,
      wrongText: 'Wrong card number or PIN',
      find: (db: Db) => {
        const row = borrowersRepo(db).byCard(cardNo);
        found = row;
        const now = row ? borrowerPinsRepo(db).get(row.id) : undefined;
        return {
          hash: now?.hash ?? null,
          store: lockStore(ctx, row && now ? row.id : null, cardNo),
        };
      },
    },
    pin,
  );
  if (!found) throw noCard();
  return { borrower: found, pinChecked: true };
}
