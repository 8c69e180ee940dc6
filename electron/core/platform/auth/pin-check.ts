import type { Ctx, Peer } from '../../context';
import type { Db } from '../../db/database';
import { afterLongWrites } from '../../db/long-write';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.repo';
import { DUMMY_HASH, verifyPin } from './pin';
import type { LockState } from './pin-locks.repo';
import { EMPTY_LOCK, lockMs, MAX_WRONG_PINS, tooMany } from './sign-in-guard';

/** Who an audit entry about a PIN names: the hub's own screen or a device's address. */
export const deviceActor = (peer: Peer) => `device:${peer.screen ? 'screen' : peer.address}`;

/** Where the wrong-PIN count and the lock of one PIN's owner are kept. */
export interface LockStore {
  read(): LockState;
  write(state: LockState): void;
}

/** What a PIN is checked against, found afresh for each attempt (in turn, see `serially`). */
export interface PinSubject {
  /** The stored hash; null for an owner that does not exist (checked against a dummy, as slowly). */
  hash: string | null;
  store: LockStore;
  /** A refusal before any count (an account with no PIN yet), checked while in turn. */
  refuse?: () => DomainError | null;
}

export interface PinOwner {
  /** Names the owner in the guard's order of attempts, apart from other kinds of owner. */
  key: string;
  /** The audit's entity and id for `auth.failed` and `auth.locked` (`staff` S01, `borrower` C001). */
  entity: string;
  entityId: string;
  /** Added to the audit entries (the scope of a staff lock). */
  where?: string;
  /** The English words of `wrong_pin` (the screen shows its own). */
  wrongText: string;
  /** The owner's hash, count and lock, read from `db` when the attempt's turn comes. */
  find(db: Db): PinSubject;
}

type Verdict = { right: true } | { right: false; refusal: DomainError; locked: boolean };

const locked = (until: string) =>
  new DomainError('account_locked', 'Too many wrong PINs; the account is locked', { until });

/**
 * A refusal is not a transaction of its own (the dispatcher would roll it back with the call), so
 * PIN trouble goes straight to the live database's audit log; while it is damaged, to the log file.
 */
function record(ctx: Ctx, owner: PinOwner, action: string, after: Record<string, unknown>): void {
  const where = owner.where === undefined ? {} : { where: owner.where };
  recordAudit(
    { ...ctx, staff: null },
    { action, entity: owner.entity, entityId: owner.entityId, after: { ...where, ...after } },
    deviceActor(ctx.peer),
  );
}

/**
 * One attempt; the guard runs them one at a time per owner. The lock is read right before the PIN
 * check, and the wrong PIN is counted before the check begins, so neither a burst of parallel
 * attempts nor a restart in the middle gets a PIN checked twice for one count.
 */
async function attempt(ctx: Ctx, owner: PinOwner, pin: string): Promise<Verdict> {
  const db = ctx.app.authDb();
  const { hash, store, refuse } = owner.find(db);
  // The count is written, so an attempt waits for a long write under way (an import) to commit.
  const counted = await afterLongWrites(db, (): LockState => {
    const before = store.read();
    const now = ctx.now().getTime();
    if (before.lockedUntil && Date.parse(before.lockedUntil) > now) throw locked(before.lockedUntil);
    const refusal = refuse?.();
    if (refusal) throw refusal;
    const counted: LockState = { ...before, failures: before.failures + 1 };
    store.write(counted);
    return counted;
  });
  const ok = await ctx.app.signInGuard.hashing(!ctx.peer.screen, () => verifyPin(pin, hash ?? DUMMY_HASH));
  if (ok && hash !== null) {
    await afterLongWrites(db, () => store.write(EMPTY_LOCK));
    return { right: true };
  }
  record(ctx, owner, 'auth.failed', {});
  if (counted.failures < MAX_WRONG_PINS) {
    const refusal = new DomainError('wrong_pin', owner.wrongText, {
      remaining: MAX_WRONG_PINS - counted.failures,
    });
    return { right: false, refusal, locked: false };
  }
  // Five in a row lock the owner; after a lock, each wrong PIN locks it again, twice as long.
  const locks = counted.locks + 1;
  const until = new Date(ctx.now().getTime() + lockMs(locks)).toISOString();
  await afterLongWrites(db, () => store.write({ failures: counted.failures, locks, lockedUntil: until }));
  record(ctx, owner, 'auth.locked', { minutes: lockMs(locks) / 60_000, until });
  return { right: false, refusal: locked(until), locked: true };
}

/**
 * Checks a PIN under the sign-in guard, or throws its refusal (`wrong_pin`, `account_locked`,
 * `too_many_requests`). A device on the LAN is held back on its own after three wrong PINs,
 * before any hashing, whoever's PIN it tries. Used for staff PINs and borrowers' self-service PINs.
 */
export async function checkPinGuarded(ctx: Ctx, owner: PinOwner, pin: string): Promise<void> {
  const { signInGuard: guard } = ctx.app;
  const device = ctx.peer.screen ? null : ctx.peer.address;
  if (device) guard.admit(device, ctx.now().getTime());
  let verdict: Verdict;
  try {
    verdict = await guard.serially(owner.key, () => attempt(ctx, owner, pin));
  } catch (err) {
    if (device) guard.release(device);
    throw err;
  }
  if (verdict.right) {
    if (device) guard.succeeded(device);
    return;
  }
  const heldUntil = device ? guard.failed(device, ctx.now().getTime()) : null;
  if (device && heldUntil !== null) {
    const minutes = (heldUntil - ctx.now().getTime()) / 60_000;
    recordAudit(
      { ...ctx, staff: null },
      {
        action: 'auth.held',
        entity: 'device',
        entityId: device,
        after: { minutes, until: new Date(heldUntil).toISOString() },
      },
      deviceActor(ctx.peer),
    );
    if (!verdict.locked) throw tooMany(heldUntil);
  }
  throw verdict.refusal;
}
