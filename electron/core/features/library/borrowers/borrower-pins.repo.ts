import type { Db } from '../../../db/database';
import type { LockState } from '../../../platform/auth/pin-locks.repo';
import { cached } from '../../../platform/sql/statements';

interface PinRow {
  pin_hash: string;
  failures: number;
  locks: number;
  locked_until: string | null;
}

export interface BorrowerPin {
  hash: string;
  lock: LockState;
}

/** Borrowers' self-service PINs (scrypt hashes) and their wrong-PIN counts; see migration 6. */
export function borrowerPinsRepo(db: Db) {
  return {
    get(borrowerId: number): BorrowerPin | undefined {
      const row = cached<[number], PinRow>(
        db,
        'SELECT pin_hash, failures, locks, locked_until FROM borrower_pins WHERE borrower_id = ?',
      ).get(borrowerId);
      return (
        row && {
          hash: row.pin_hash,
          lock: { failures: row.failures, locks: row.locks, lockedUntil: row.locked_until },
        }
      );
    },
    /** A new PIN starts with no count and no lock. */
    set(borrowerId: number, hash: string, at: string): void {
      cached(
        db,
        `INSERT INTO borrower_pins (borrower_id, pin_hash, set_at) VALUES (?, ?, ?)
         ON CONFLICT (borrower_id) DO UPDATE SET pin_hash = excluded.pin_hash, set_at = excluded.set_at,
           failures = 0, locks = 0, locked_until = NULL`,
      ).run(borrowerId, hash, at);
    },
    clear(borrowerId: number): boolean {
      return cached(db, 'DELETE FROM borrower_pins WHERE borrower_id = ?').run(borrowerId).changes > 0;
    },
    putLock(borrowerId: number, s: LockState): void {
      cached(
        db,
        'UPDATE borrower_pins SET failures = ?, locks = ?, locked_until = ? WHERE borrower_id = ?',
      ).run(s.failures, s.locks, s.lockedUntil, borrowerId);
    },
  };
}
