import type { Borrower } from '../../../../shared/library.api';
import { twoPhase, type Ctx, type Handlers } from '../../../context';
import { DomainError } from '../../../errors';
import { localDate } from '../../../../shared/dates';
import { hashPin } from '../../../platform/auth/pin';
import { pinyinSortKey } from '../../../platform/text/text-fold';
import { borrowerPinsRepo } from './borrower-pins.repo';
import { borrowersRepo, fieldsOf, type BorrowerFields } from './borrowers.repo';
import { eraseBorrower } from './erasure';

function view(ctx: Pick<Ctx, 'db' | 'now'>, id: number): Borrower {
  const b = borrowersRepo(ctx.db).view(id, localDate(ctx.now()));
  if (!b) throw new DomainError('not_found', 'No such borrower', { what: 'borrower' });
  return b;
}

function cardTaken(ctx: Pick<Ctx, 'db'>, cardNo: string, self?: number): void {
  const other = borrowersRepo(ctx.db).byCard(cardNo);
  if (other && other.id !== self) throw new DomainError('duplicate', 'This card number is taken', { cardNo });
}

/** The audit keeps phone numbers masked too: the log is read by every admin. */
const audited = (f: BorrowerFields) => ({ ...f, phone: f.phone === null ? null : '***' });

export const borrowersHandlers: Pick<
  Handlers,
  | 'borrowers.create'
  | 'borrowers.update'
  | 'borrowers.get'
  | 'borrowers.find'
  | 'borrowers.list'
  | 'borrowers.setPin'
  | 'borrowers.clearPin'
  | 'borrowers.erase'
> = {
  'borrowers.create': (input, ctx) => {
    cardTaken(ctx, input.cardNo);
    const f: BorrowerFields = {
      cardNo: input.cardNo,
      name: input.name,
      phone: input.phone ?? null,
      company: input.company ?? null,
      partyBranch: input.partyBranch ?? null,
      type: input.type,
      active: true,
      note: input.note ?? null,
    };
    const id = borrowersRepo(ctx.db).insert(f, pinyinSortKey(f.name), ctx.now().toISOString());
    ctx.audit({ entity: 'borrower', entityId: id, after: audited(f) });
    return view(ctx, id);
  },
  'borrowers.update': (input, ctx) => {
    const row = borrowersRepo(ctx.db).byId(input.id);
    if (!row) throw new DomainError('not_found', 'No such borrower', { what: 'borrower' });
    const before = fieldsOf(row);
    const f: BorrowerFields = {
      cardNo: input.cardNo ?? before.cardNo,
      name: input.name ?? before.name,
      phone: input.phone === undefined ? before.phone : input.phone,
      company: input.company === undefined ? before.company : input.company,
      partyBranch: input.partyBranch === undefined ? before.partyBranch : input.partyBranch,
      type: input.type ?? before.type,
      active: input.active ?? before.active,
      note: input.note === undefined ? before.note : input.note,
    };
    cardTaken(ctx, f.cardNo, row.id);
    borrowersRepo(ctx.db).update(row.id, f, pinyinSortKey(f.name));
    ctx.audit({
      entity: 'borrower',
      entityId: row.id,
      before: audited(before),
      after: { ...audited(f), phoneChanged: f.phone !== before.phone },
    });
    return view(ctx, input.id);
  },
  // The hash is made before the transaction (scrypt is slow on purpose); the audit says only that
  // a PIN was set, never the PIN or its hash.
  'borrowers.setPin': twoPhase(
    ({ pin }: { id: number; pin: string }) => hashPin(pin),
    ({ id }, ctx, hash): Borrower => {
      const row = borrowersRepo(ctx.db).byId(id);
      if (!row) throw new DomainError('not_found', 'No such borrower', { what: 'borrower' });
      const had = borrowerPinsRepo(ctx.db).get(id) !== undefined;
      borrowerPinsRepo(ctx.db).set(id, hash, ctx.now().toISOString());
      ctx.audit({ entity: 'borrower', entityId: id, before: { hasPin: had }, after: { hasPin: true } });
      return view(ctx, id);
    },
  ),
  'borrowers.clearPin': ({ id }, ctx) => {
    if (!borrowersRepo(ctx.db).byId(id)) {
      throw new DomainError('not_found', 'No such borrower', { what: 'borrower' });
    }
    if (borrowerPinsRepo(ctx.db).clear(id)) {
      ctx.audit({ entity: 'borrower', entityId: id, before: { hasPin: true }, after: { hasPin: false } });
    } else ctx.unchanged();
    return view(ctx, id);
  },
  'borrowers.erase': ({ id }, ctx) => eraseBorrower(ctx, id),
  'borrowers.get': ({ id }, ctx) => view(ctx, id),
  'borrowers.find': ({ cardNo }, ctx) => {
    const row = borrowersRepo(ctx.db).byCard(cardNo);
    if (!row) throw new DomainError('not_found', 'No borrower with this card', { what: 'borrower' });
    return view(ctx, row.id);
  },
  'borrowers.list': ({ q, offset, limit }, ctx) =>
    borrowersRepo(ctx.db).list(q || undefined, localDate(ctx.now()), offset, limit),
};
