import type { Db } from '../../db/database';
import { DomainError } from '../../errors';
import type { SessionStaff } from '../../context';
import { DUMMY_HASH, verifyPin } from './pin';
import { parseRoles, staffRepo } from './staff.repo';
import { afterLongWrites } from '../../db/long-write';

export const MAX_WRONG_PINS = 5;
export const LOCK_MS = 5 * 60 * 1000;

interface Attempts {
  failures: number;
  lockedUntil: string | null;
  known: boolean;
}

/**
 * Wrong PINs that cannot be written to the database: those for unknown staff numbers, and all of
 * them while the database is damaged (sign-in then reads a backup, read-only). Kept per handle in
 * memory; the few unknown numbers an attacker can try are capped.
 */
const unwritten = new WeakMap<Db, Map<string, Attempts>>();
const MAX_REMEMBERED_UNKNOWN = 1000;

function attemptsOf(db: Db, staffNo: string, known: boolean, failedSoFar: number): Attempts {
  let byNo = unwritten.get(db);
  if (!byNo) unwritten.set(db, (byNo = new Map<string, Attempts>()));
  const key = staffNo.toLowerCase();
  let attempts = byNo.get(key);
  if (!attempts) {
    if (!known && byNo.size >= MAX_REMEMBERED_UNKNOWN) {
      for (const [k, a] of byNo) {
        if (a.known) continue;
        byNo.delete(k);
        break;
      }
    }
    byNo.set(key, (attempts = { failures: failedSoFar, lockedUntil: null, known }));
  }
  return attempts;
}

const later = (a: string | null | undefined, b: string | null | undefined) =>
  !a ? (b ?? null) : !b ? a : Date.parse(a) > Date.parse(b) ? a : b;

/**
 * Checks a staff number and PIN. Five wrong PINs in a row lock the account for five minutes; the
 * count is in the database so a restart does not reset it. An unknown staff number gets the same
 * answers as a wrong PIN (the same count, the same lock, the same hashing time), so the screen
 * does not reveal which numbers exist.
 */
export async function checkCredentials(
  db: Db,
  staffNo: string,
  pin: string,
  now: () => Date,
): Promise<SessionStaff> {
  const repo = staffRepo(db);
  const row = repo.byNo(staffNo);
  const memory = !row || db.readonly ? attemptsOf(db, staffNo, !!row, row?.failed_pins ?? 0) : null;
  const lock = later(row?.locked_until, memory?.lockedUntil);
  if (lock && Date.parse(lock) > now().getTime()) {
    throw new DomainError('account_locked', 'Too many wrong PINs; the account is locked', { until: lock });
  }
  if (row && row.pin_hash === null) throw new DomainError('setup_required', 'This account has no PIN yet');
  const ok = await verifyPin(pin, row?.pin_hash ?? DUMMY_HASH);
  const settle = (): SessionStaff => {
    // The hash check awaited; re-read so concurrent attempts each count.
    const current = row ? (repo.byNo(staffNo) ?? row) : null;
    if (!ok || !current) {
      const failures = (memory ? memory.failures : (current?.failed_pins ?? 0)) + 1;
      const lockedUntil =
        failures >= MAX_WRONG_PINS ? new Date(now().getTime() + LOCK_MS).toISOString() : null;
      if (memory) {
        memory.failures = lockedUntil ? 0 : failures;
        memory.lockedUntil = lockedUntil;
      } else if (current) repo.recordFailure(current.id, lockedUntil);
      if (lockedUntil) {
        throw new DomainError('account_locked', 'Too many wrong PINs; the account is locked', {
          until: lockedUntil,
        });
      }
      throw new DomainError('wrong_pin', 'Wrong staff number or PIN', {
        remaining: MAX_WRONG_PINS - failures,
      });
    }
    if (current.active !== 1) throw new DomainError('account_disabled', 'This account is disabled');
    if (memory) {
      memory.failures = 0;
      memory.lockedUntil = null;
    } else if (current.failed_pins !== 0 || current.locked_until !== null) repo.recordSuccess(current.id);
    return {
      id: current.id,
      staffNo: current.staff_no,
      name: current.name,
      roles: parseRoles(current.roles),
    };
  };
  // Counting an attempt writes, so it waits for a long write under way (an import) to commit. A
  // right PIN on an account without wrong ones has nothing to write and is answered at once.
  const clean = ok && row && !memory && row.failed_pins === 0 && row.locked_until === null;
  return clean ? settle() : afterLongWrites(db, settle);
}
