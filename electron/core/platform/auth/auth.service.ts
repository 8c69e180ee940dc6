import type { Ctx, SessionStaff } from '../../context';
import type { Db } from '../../db/database';
import { DomainError } from '../../errors';
import { storageFault } from '../../db/storage-faults';
import { checkPinGuarded, type LockStore } from './pin-check';
import { pinLocksRepo, type LockScope, type LockState } from './pin-locks.repo';
import { parseRoles, staffRepo, type StaffRow } from './staff.repo';

export { LOCK_MS, MAX_WRONG_PINS } from './sign-in-guard';

/**
 * Where an account's count and lock are kept: the live database; in memory for an unknown staff
 * number, and for every account while the database is damaged, missing or read-only. When a write
 * of the count fails for the disk's sake (full, or turned read-only while running), the count is
 * kept in memory instead and read from there until a write succeeds again: a full disk must not
 * keep staff out, nor forget a wrong PIN.
 */
function lockStore(ctx: Ctx, row: StaffRow | undefined, scope: LockScope, staffNo: string): LockStore {
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
 * Checks a staff number and PIN. An unknown staff number gets the same answers as a wrong PIN (the
 * same count, the same lock, the same hashing time), so the screen does not reveal which numbers
 * exist. A device on the LAN is held back on its own after three wrong PINs, before any hashing,
 * and its attempts count against the account's LAN scope only: it cannot lock the hub's screen.
 */
export async function checkCredentials(ctx: Ctx, staffNo: string, pin: string): Promise<SessionStaff> {
  const scope: LockScope = ctx.peer.screen ? 'screen' : 'lan';
  let found: StaffRow | undefined;
  await checkPinGuarded(
    ctx,
    {
      key: staffNo,
      entity: 'staff',
      entityId: staffNo,
      where: scope,
      wrongText: 'Wrong staff number or PIN',
      find: (db: Db) => {
        const row = staffRepo(db).byNo(staffNo);
        found = row;
        return {
          hash: row?.pin_hash ?? null,
          store: lockStore(ctx, row, scope, staffNo),
          refuse: () =>
            row && row.pin_hash === null
              ? new DomainError('setup_required', 'This account has no PIN yet')
              : null,
        };
      },
    },
    pin,
  );
  const row = found;
  if (!row) throw new DomainError('wrong_pin', 'Wrong staff number or PIN');
  if (row.active !== 1) throw new DomainError('account_disabled', 'This account is disabled');
  return { id: row.id, staffNo: row.staff_no, name: row.name, roles: parseRoles(row.roles) };
}
