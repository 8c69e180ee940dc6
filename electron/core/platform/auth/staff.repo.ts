import { staffRole, type StaffAccount, type StaffRole } from '../../../shared';
import type { Db } from '../../db/database';

export interface StaffRow {
  id: number;
  staff_no: string;
  name: string;
  roles: string;
  active: number;
  pin_hash: string | null;
  failed_pins: number;
  locked_until: string | null;
  created_at: string;
}

export function parseRoles(json: string): StaffRole[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed)
    ? parsed.flatMap((r) => (staffRole.safeParse(r).success ? [r as StaffRole] : []))
    : [];
}

export function toAccount(row: StaffRow, now: Date): StaffAccount {
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
  const byNo = db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE staff_no = ?');
  return {
    byNo: (staffNo: string) => byNo.get(staffNo),
    all: () => db.prepare<[], StaffRow>('SELECT * FROM staff ORDER BY staff_no').all(),
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
      db.prepare(
        `UPDATE staff SET name = @name, roles = @roles, active = @active, pin_hash = @pinHash,
           failed_pins = CASE WHEN @pinChanged THEN 0 ELSE failed_pins END,
           locked_until = CASE WHEN @pinChanged THEN NULL ELSE locked_until END
         WHERE id = @id`,
      ).run({
        id,
        name: s.name,
        roles: JSON.stringify(s.roles),
        active: s.active ? 1 : 0,
        pinHash: s.pinHash,
        pinChanged: byId(db, id)?.pin_hash !== s.pinHash ? 1 : 0,
      });
    },
    recordFailure(id: number, lockedUntil: string | null) {
      db.prepare(
        `UPDATE staff SET failed_pins = CASE WHEN @lockedUntil IS NULL THEN failed_pins + 1 ELSE 0 END,
           locked_until = @lockedUntil WHERE id = @id`,
      ).run({ id, lockedUntil });
    },
    recordSuccess(id: number) {
      db.prepare('UPDATE staff SET failed_pins = 0, locked_until = NULL WHERE id = ?').run(id);
    },
  };
}

function byId(db: Db, id: number): StaffRow | undefined {
  return db.prepare<[number], StaffRow>('SELECT * FROM staff WHERE id = ?').get(id);
}
