import type { Db } from '../../db/database';

export type LockScope = 'screen' | 'lan';

/** Wrong PINs in a row, locks since the last right PIN, and the lock's end (ISO), of one scope. */
export interface LockState {
  failures: number;
  locks: number;
  lockedUntil: string | null;
}

interface LockRow {
  failures: number;
  locks: number;
  locked_until: string | null;
}

export function pinLocksRepo(db: Db) {
  return {
    get(staffId: number, scope: LockScope): LockState {
      const row = db
        .prepare<[number, string], LockRow>(
          'SELECT failures, locks, locked_until FROM pin_locks WHERE staff_id = ? AND scope = ?',
        )
        .get(staffId, scope);
      return row
        ? { failures: row.failures, locks: row.locks, lockedUntil: row.locked_until }
        : { failures: 0, locks: 0, lockedUntil: null };
    },
    put(staffId: number, scope: LockScope, s: LockState): void {
      if (s.failures === 0 && s.locks === 0 && s.lockedUntil === null) {
        db.prepare('DELETE FROM pin_locks WHERE staff_id = ? AND scope = ?').run(staffId, scope);
        return;
      }
      db.prepare(
        `INSERT INTO pin_locks (staff_id, scope, failures, locks, locked_until)
         VALUES (@staffId, @scope, @failures, @locks, @lockedUntil)
         ON CONFLICT (staff_id, scope) DO UPDATE SET failures = excluded.failures,
           locks = excluded.locks, locked_until = excluded.locked_until`,
      ).run({ staffId, scope, ...s });
    },
    /** A new PIN unlocks the account everywhere. */
    clear(staffId: number): void {
      db.prepare('DELETE FROM pin_locks WHERE staff_id = ?').run(staffId);
    },
  };
}
