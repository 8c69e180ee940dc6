import { staffRole, type StaffAccount, type StaffRole } from '../../../shared';
import type { Db } from '../../db/database';
import { pinLocksRepo } from './pin-locks.repo';

export interface StaffRow {
  id: number;
  staff_no: string;
  name: string;
  roles: string;
  active: number;
  pin_hash: string | null;
  created_at: string;
}

/** A staff row with the end of its latest lock, on the hub's screen or the LAN. */
export interface AccountRow extends StaffRow {
  locked_until: string | null;
}

const ACCOUNTS = `SELECT staff.*,
  (SELECT max(locked_until) FROM pin_locks WHERE staff_id = staff.id) AS locked_until FROM staff`;

export function parseRoles(json: string): StaffRole[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed)
    ? parsed.flatMap((r) => (staffRole.safeParse(r).success ? [r as StaffRole] : []))
    : [];
}

export function toAccount(row: AccountRow, now: Date): StaffAccount {
  const locked = row.locked_until !== null && Date.parse(row.locked_until) > now.getTime();
  return {
    id: row.id,
    staffNo: row.staff_no,
    name: row.name,
    roles: parseRoles(row.roles),
    active: row.active === 1,
    hasPin: row.pin_hash !== null,
    lockedUntil: locked ? row.locked_until : null,
    createdAt: row.created_at,
  };
}

export function staffRepo(db: Db) {
  // Plain columns only: PINs are also checked in a backup, which may be older than pin_locks.
  const byNo = db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE staff_no = ?');
  return {
    byNo: (staffNo: string) => byNo.get(staffNo),
    accountByNo: (staffNo: string) =>
      db.prepare<[string], AccountRow>(`${ACCOUNTS} WHERE staff_no = ?`).get(staffNo),
    all: () => db.prepare<[], AccountRow>(`${ACCOUNTS} ORDER BY staff_no`).all(),
    count: () => (db.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n,
    insert(s: {
      staffNo: string;
      name: string;
      roles: StaffRole[];
      pinHash: string | null;
      createdAt: string;
    }) {
      return db
        .prepare(
          `INSERT INTO staff (staff_no, name, roles, pin_hash, created_at)
           VALUES (@staffNo, @name, @roles, @pinHash, @createdAt)`,
        )
        .run({ ...s, roles: JSON.stringify(s.roles) }).lastInsertRowid;
    },
    update(id: number, s: { name: string; roles: StaffRole[]; active: boolean; pinHash: string | null }) {
      const pinChanged = byId(db, id)?.pin_hash !== s.pinHash;
      db.prepare(
        'UPDATE staff SET name = @name, roles = @roles, active = @active, pin_hash = @pinHash WHERE id = @id',
      ).run({
        id,
        name: s.name,
        roles: JSON.stringify(s.roles),
        active: s.active ? 1 : 0,
        pinHash: s.pinHash,
      });
      // A new PIN unlocks the account.
      if (pinChanged) pinLocksRepo(db).clear(id);
    },
  };
}

function byId(db: Db, id: number): StaffRow | undefined {
  return db.prepare<[number], StaffRow>('SELECT * FROM staff WHERE id = ?').get(id);
}
