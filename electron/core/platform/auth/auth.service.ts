import type { Ctx, Peer, SessionStaff } from '../../context';
import { DomainError } from '../../errors';
import { afterLongWrites } from '../../db/long-write';
import { storageFault } from '../../db/storage-faults';
import { recordAudit } from '../audit/audit.repo';
import { DUMMY_HASH, verifyPin } from './pin';
import { pinLocksRepo, type LockScope, type LockState } from './pin-locks.repo';
import { EMPTY_LOCK, lockMs, MAX_WRONG_PINS, tooMany } from './sign-in-guard';
import { parseRoles, staffRepo, type StaffRow } from './staff.repo';

export { LOCK_MS, MAX_WRONG_PINS } from './sign-in-guard';

/** Who an audit entry about a sign-in names: the hub's own screen or a device's address. */
export const deviceActor = (peer: Peer) => `device:${peer.screen ? 'screen' : peer.address}`;

type Verdict = { right: true; row: StaffRow } | { right: false; refusal: DomainError; locked: boolean };

const locked = (until: string) =>
  new DomainError('account_locked', 'Too many wrong PINs; the account is locked', { until });

/**
 * A refusal is not a transaction of its own (the dispatcher would roll it back with the call), so
 * sign-in trouble goes straight to the live database's audit log; while it is damaged, to the log file.
 */
function record(ctx: Ctx, action: string, entity: string, entityId: string, after: unknown): void {
  recordAudit({ ...ctx, staff: null }, { action, entity, entityId, after }, deviceActor(ctx.peer));
}

/**
 * Where an account's count and lock are kept: the live database; in memory for an unknown staff
 * number, and for every account while the database is damaged, missing or read-only. When a write
 * of the count fails for the disk's sake (full, or turned read-only while running), the count is
 * kept in memory instead and read from there until a write succeeds again: a full disk must not
 * keep staff out, nor forget a wrong PIN.
 */
function lockStore(ctx: Ctx, row: StaffRow | undefined, scope: LockScope, staffNo: string) {
  const live = ctx.app.db();
  const memory = ctx.app.signInGuard.unwrittenLock(scope, staffNo, ctx.now().getTime());
  if (!row || !live) return memory;
  const repo = pinLocksRepo(live);
  return {
    read: (): LockState => memory.held() ?? repo.get(row.id, scope),
    write: (s: LockState): void => {
      try {
        repo.put(row.id, scope, s);
        memory.forget();
      } catch (err) {
        const fault = storageFault(err);
        if (!fault) throw err;
        ctx.app.log.error(`Sign-in count of ${row.staff_no} kept in memory (${fault})`, err);
        memory.write(s);
      }
    },
  };
}

/**
 * One attempt on one staff number; the guard runs them one at a time per number. The lock is read
 * right before the PIN check, and the wrong PIN is counted before the check begins, so neither a
 * burst of parallel attempts nor a restart in the middle gets a PIN checked twice for one count.
 */
async function attempt(ctx: Ctx, staffNo: string, pin: string): Promise<Verdict> {
  const db = ctx.app.authDb();
  const row = staffRepo(db).byNo(staffNo);
  const scope: LockScope = ctx.peer.screen ? 'screen' : 'lan';
  const store = lockStore(ctx, row, scope, staffNo);
  // The count is written, so an attempt waits for a long write under way (an import) to commit.
  const counted = await afterLongWrites(db, (): LockState => {
    const before = store.read();
    const now = ctx.now().getTime();
    if (before.lockedUntil && Date.parse(before.lockedUntil) > now) throw locked(before.lockedUntil);
    if (row && row.pin_hash === null) throw new DomainError('setup_required', 'This account has no PIN yet');
    const counted: LockState = { ...before, failures: before.failures + 1 };
    store.write(counted);
    return counted;
  });
  const ok = await ctx.app.signInGuard.hashing(!ctx.peer.screen, () =>
    verifyPin(pin, row?.pin_hash ?? DUMMY_HASH),
  );
  if (ok && row) {
    await afterLongWrites(db, () => store.write(EMPTY_LOCK));
    return { right: true, row };
  }
  record(ctx, 'auth.failed', 'staff', staffNo, { where: scope });
  if (counted.failures < MAX_WRONG_PINS) {
    const refusal = new DomainError('wrong_pin', 'Wrong staff number or PIN', {
      remaining: MAX_WRONG_PINS - counted.failures,
    });
    return { right: false, refusal, locked: false };
  }
  // Five in a row lock the account; after a lock, each wrong PIN locks it again, twice as long.
  const locks = counted.locks + 1;
  const until = new Date(ctx.now().getTime() + lockMs(locks)).toISOString();
  await afterLongWrites(db, () => store.write({ failures: counted.failures, locks, lockedUntil: until }));
  record(ctx, 'auth.locked', 'staff', staffNo, { where: scope, minutes: lockMs(locks) / 60_000, until });
  return { right: false, refusal: locked(until), locked: true };
}

/**
 * Checks a staff number and PIN. An unknown staff number gets the same answers as a wrong PIN (the
 * same count, the same lock, the same hashing time), so the screen does not reveal which numbers
 * exist. A device on the LAN is held back on its own after three wrong PINs, before any hashing,
 * and its attempts count against the account's LAN scope only: it cannot lock the hub's screen.
 */
export async function checkCredentials(ctx: Ctx, staffNo: string, pin: string): Promise<SessionStaff> {
  const { signInGuard: guard } = ctx.app;
  const device = ctx.peer.screen ? null : ctx.peer.address;
  if (device) guard.admit(device, ctx.now().getTime());
  let verdict: Verdict;
  try {
    verdict = await guard.serially(staffNo, () => attempt(ctx, staffNo, pin));
  } catch (err) {
    if (device) guard.release(device);
    throw err;
  }
  if (verdict.right) {
    if (device) guard.succeeded(device);
    const { row } = verdict;
    if (row.active !== 1) throw new DomainError('account_disabled', 'This account is disabled');
    return { id: row.id, staffNo: row.staff_no, name: row.name, roles: parseRoles(row.roles) };
  }
  const heldUntil = device ? guard.failed(device, ctx.now().getTime()) : null;
  if (device && heldUntil !== null) {
    const minutes = (heldUntil - ctx.now().getTime()) / 60_000;
    record(ctx, 'auth.held', 'device', device, { minutes, until: new Date(heldUntil).toISOString() });
    if (!verdict.locked) throw tooMany(heldUntil);
  }
  throw verdict.refusal;
}
