import type { StaffAccount } from '../../../shared';
import type { Ctx, Handlers } from '../../context';
import type { ReadDb } from '../../db/database';
import { DomainError } from '../../errors';
import { readSettings, writeSettings } from '../settings/settings.repo';
import { checkCredentials } from './auth.service';
import { hashPin } from './pin';
import { staffRepo, toAccount } from './staff.repo';

export const ADMIN_STAFF_NO = 'admin';

/** True while the admin account has no PIN: the kiosk shows its setup screen. */
export function setupRequired(ctx: { db: ReadDb }): boolean {
  const admin = staffRepo(ctx.db).byNo(ADMIN_STAFF_NO);
  return !admin || admin.pin_hash === null;
}

function account(ctx: Pick<Ctx, 'now'> & { db: ReadDb }, staffNo: string): StaffAccount {
  const row = staffRepo(ctx.db).accountByNo(staffNo);
  if (!row) throw new DomainError('not_found', `No staff account ${staffNo}`);
  return toAccount(row, ctx.now());
}

export const authHandlers: Pick<
  Handlers,
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.me'
  | 'setup.complete'
  | 'staff.list'
  | 'staff.create'
  | 'staff.update'
> = {
  'auth.signIn': async ({ staffNo, pin }, ctx) => {
    const staff = await checkCredentials(ctx, staffNo, pin);
    ctx.app.sessions.signIn(ctx.clientId, staff);
    return { staff };
  },

  'auth.signOut': (_input, ctx) => {
    ctx.app.sessions.signOut(ctx.clientId);
    return { ok: true };
  },

  'auth.me': (_input, ctx) => ({ staff: ctx.app.sessions.get(ctx.clientId, false) }),

  'setup.complete': {
    prepare: ({ pin }, ctx) => {
      if (!setupRequired(ctx)) throw new DomainError('setup_done', 'The admin PIN is already set');
      // Whoever sets the admin PIN owns the centre: never a device on the LAN (--admin-pin aside).
      if (!ctx.peer.screen)
        throw new DomainError('setup_local_only', "First-run setup only from the hub's own screen");
      return hashPin(pin);
    },
    apply: ({ centreName }, ctx, pinHash) => {
      // Re-checked inside the transaction: two setup screens must not both set the PIN.
      if (!setupRequired(ctx)) throw new DomainError('setup_done', 'The admin PIN is already set');
      const admin = staffRepo(ctx.db).byNo(ADMIN_STAFF_NO);
      if (!admin) throw new DomainError('not_found', 'No admin account');
      ctx.db.prepare('UPDATE staff SET pin_hash = ? WHERE id = ?').run(pinHash, admin.id);
      const before = readSettings(ctx.db)['centre.name'];
      if (centreName && centreName !== before) writeSettings(ctx.db, { 'centre.name': centreName });
      ctx.audit({ entity: 'staff', entityId: admin.staff_no });
      ctx.app.emit('settings.changed', {});
      return { ok: true };
    },
  },

  'staff.list': (_input, ctx) =>
    staffRepo(ctx.db)
      .all()
      .map((r) => toAccount(r, ctx.now())),

  'staff.create': {
    prepare: (input) => hashPin(input.pin),
    apply: (input, ctx, pinHash) => {
      const repo = staffRepo(ctx.db);
      if (repo.byNo(input.staffNo))
        throw new DomainError('duplicate', `Staff number ${input.staffNo} is taken`);
      repo.insert({
        staffNo: input.staffNo,
        name: input.name,
        roles: [...new Set(input.roles)],
        pinHash: pinHash as string,
        createdAt: ctx.now().toISOString(),
      });
      const after = account(ctx, input.staffNo);
      ctx.audit({ entity: 'staff', entityId: input.staffNo, after });
      return after;
    },
  },

  'staff.update': {
    prepare: (input) => (input.pin === undefined ? Promise.resolve(undefined) : hashPin(input.pin)),
    apply: (input, ctx, prepared) => {
      const pinHash = prepared as string | undefined;
      const repo = staffRepo(ctx.db);
      const row = repo.accountByNo(input.staffNo);
      if (!row) throw new DomainError('not_found', `No staff account ${input.staffNo}`);
      const before = toAccount(row, ctx.now());
      const roles = input.roles ? [...new Set(input.roles)] : before.roles;
      const active = input.active ?? before.active;
      // The centre must never lose its last way in.
      if (row.staff_no.toLowerCase() === ADMIN_STAFF_NO && (!active || !roles.includes('admin'))) {
        throw new DomainError('forbidden', 'The admin account cannot be disabled or lose the admin role');
      }
      repo.update(row.id, {
        name: input.name ?? before.name,
        roles,
        active,
        pinHash: pinHash ?? row.pin_hash,
      });
      const after = account(ctx, input.staffNo);
      ctx.audit({
        entity: 'staff',
        entityId: row.staff_no,
        before,
        after: { ...after, pinReset: pinHash !== undefined },
      });
      // A disabled account, changed roles or a new PIN take effect now, not at the next sign-in.
      if (row.id !== ctx.staff?.id) ctx.app.sessions.endStaff(row.id);
      return after;
    },
  },
};
