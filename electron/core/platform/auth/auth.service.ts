import type { Db } from '../../db/database';
import { DomainError } from '../../errors';
import type { SessionStaff } from '../../context';
import { verifyPin } from './pin';
import { parseRoles, staffRepo } from './staff.repo';

export const MAX_WRONG_PINS = 5;
export const LOCK_MS = 5 * 60 * 1000;

/**
 * Checks a staff number and PIN. Five wrong PINs in a row lock the account for five minutes; the
 * count is in the database so a restart does not reset it. An unknown staff number gets the same
 * answer as a wrong PIN, so the screen does not reveal which numbers exist.
 */
export async function checkCredentials(
  db: Db,
  staffNo: string,
  pin: string,
  now: () => Date,
): Promise<SessionStaff> {
  const repo = staffRepo(db);
  const row = repo.byNo(staffNo);
  if (!row) throw new DomainError('wrong_pin', 'Wrong staff number or PIN');
  if (row.locked_until && Date.parse(row.locked_until) > now().getTime()) {
    throw new DomainError('account_locked', 'Too many wrong PINs; the account is locked', {
      until: row.locked_until,
    });
  }
  if (row.pin_hash === null) throw new DomainError('setup_required', 'This account has no PIN yet');
  const ok = await verifyPin(pin, row.pin_hash);
  // The hash check awaited; re-read so concurrent attempts each count.
  const current = repo.byNo(staffNo) ?? row;
  if (!ok) {
    const failures = current.failed_pins + 1;
    const lockedUntil = failures >= MAX_WRONG_PINS ? new Date(now().getTime() + LOCK_MS).toISOString() : null;
    if (!db.readonly) repo.recordFailure(current.id, lockedUntil);
    if (lockedUntil) {
      throw new DomainError('account_locked', 'Too many wrong PINs; the account is locked', {
        until: lockedUntil,
      });
    }
    throw new DomainError('wrong_pin', 'Wrong staff number or PIN', { remaining: MAX_WRONG_PINS - failures });
  }
  if (current.active !== 1) throw new DomainError('account_disabled', 'This account is disabled');
  if (!db.readonly) repo.recordSuccess(current.id);
  return { id: current.id, staffNo: current.staff_no, name: current.name, roles: parseRoles(current.roles) };
}
