import type { Feature } from '../../context';
import type { WriteDb } from '../../db/database';
import { ADMIN_STAFF_NO } from './auth.handlers';
import { hashPin } from './pin';
import { staffRepo } from './staff.repo';

/** A fresh database: the admin account (no PIN yet: the setup screen asks), then the demo centre. */
export function seedFresh(db: WriteDb, features: readonly Feature[], at: Date, demo: boolean): void {
  db.transaction(() => {
    staffRepo(db).insert({
      staffNo: ADMIN_STAFF_NO,
      name: 'Admin',
      roles: ['admin'],
      pinHash: null,
      createdAt: at.toISOString(),
    });
    if (demo) for (const f of features) f.seed?.(db, at);
  })();
}

/** `--admin-pin`: sets the admin's PIN when it has none yet (never changes one already set). */
export async function ensureAdminPin(db: WriteDb, pin: string | undefined): Promise<void> {
  if (!pin) return;
  const admin = staffRepo(db).byNo(ADMIN_STAFF_NO);
  if (!admin || admin.pin_hash !== null) return;
  if (!/^\d{4,12}$/.test(pin)) throw new Error('The admin PIN must be 4 to 12 digits');
  db.prepare('UPDATE staff SET pin_hash = ? WHERE id = ?').run(await hashPin(pin), admin.id);
}
