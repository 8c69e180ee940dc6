import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Peer } from '../../context';
import { openDatabase } from '../../db/database';
import { migrate } from '../../db/migrations';
import { FEATURES } from '../../features';
import { openTestCore, tempDir, testClock, type TestCore } from '../../testing';
import { hashPin } from './pin';

const MINUTE = 60_000;
const SCREEN_CLIENT = 'test:screen';

async function withLibrarian(): Promise<TestCore> {
  const t = await openTestCore();
  await t.signIn();
  await t.ok('staff.create', { staffNo: 'lib1', name: '李图书', roles: ['librarian'], pin: '1357' });
  return t;
}

const attempt = (t: TestCore, pin: string, peer?: Peer) =>
  t.invoke('auth.signIn', { staffNo: 'lib1', pin }, peer ? `lan:${peer.address}` : SCREEN_CLIENT, peer);
const code = async (t: TestCore, pin: string, peer?: Peer) => {
  const r = await attempt(t, pin, peer);
  return r.ok ? 'ok' : r.error.code;
};
const lockFor = async (t: TestCore, pin: string, peer?: Peer) => {
  const r = await attempt(t, pin, peer);
  if (r.ok) throw new Error('signed in');
  return {
    code: r.error.code,
    minutes: (Date.parse(String(r.error.details?.until)) - t.clock.now().getTime()) / MINUTE,
  };
};

describe('the account lock', () => {
  it('lasts five minutes, to the millisecond, and refuses the right PIN meanwhile', async () => {
    const t = await withLibrarian();
    for (let i = 0; i < 4; i++) expect(await code(t, '0000')).toBe('wrong_pin');
    expect(await lockFor(t, '0000')).toEqual({ code: 'account_locked', minutes: 5 });
    t.clock.advance(5 * MINUTE - 1);
    expect(await code(t, '1357')).toBe('account_locked');
    t.clock.advance(1);
    expect(await code(t, '1357')).toBe('ok');
  });

  it('grows for a repeat offender: one more wrong PIN after a lock locks again for twice as long, up to an hour', async () => {
    const t = await withLibrarian();
    for (let i = 0; i < 4; i++) await code(t, '0000');
    const locks: number[] = [];
    for (let i = 0; i < 7; i++) {
      const lock = await lockFor(t, '0000');
      expect(lock.code).toBe('account_locked');
      locks.push(lock.minutes);
      t.clock.advance(lock.minutes * MINUTE);
    }
    expect(locks).toEqual([5, 10, 20, 40, 60, 60, 60]);
    // The right PIN, once the lock is over, starts everything again.
    expect(await code(t, '1357')).toBe('ok');
    for (let i = 0; i < 4; i++) expect(await code(t, '0000')).toBe('wrong_pin');
    expect(await lockFor(t, '0000')).toEqual({ code: 'account_locked', minutes: 5 });
  });
});

describe('a device on the LAN', () => {
  it('is held back on its own after three wrong PINs, longer each time', async () => {
    const t = await withLibrarian();
    const device = t.lanDevice('192.168.1.50');
    expect(await code(t, '0000', device)).toBe('wrong_pin');
    expect(await code(t, '0000', device)).toBe('wrong_pin');
    expect(await lockFor(t, '0000', device)).toEqual({ code: 'too_many_requests', minutes: 5 });
    // Held back for every account, the right PIN too, without a PIN check.
    expect(await code(t, '1357', device)).toBe('too_many_requests');
    const admin = await t.invoke('auth.signIn', { staffNo: 'admin', pin: '0000' }, 'lan', device);
    expect(admin.ok || admin.error.code).toBe('too_many_requests');
    t.clock.advance(5 * MINUTE);
    expect(await lockFor(t, '0000', device)).toEqual({ code: 'too_many_requests', minutes: 10 });
    // Another device and the hub's own screen are not held back.
    expect(await code(t, '1357', t.lanDevice('192.168.1.51'))).toBe('ok');
    expect(await code(t, '1357')).toBe('ok');
  });

  it('cannot lock staff out of the hub own screen, however many devices it uses', async () => {
    const t = await withLibrarian();
    for (const d of ['192.168.1.50', '192.168.1.51', '192.168.1.52']) {
      await code(t, '0000', t.lanDevice(d));
      await code(t, '0000', t.lanDevice(d));
    }
    expect(await code(t, '1357', t.lanDevice('192.168.1.53'))).toBe('account_locked');
    expect(await code(t, '1357')).toBe('ok');
    // A lock made at the screen is the screen's: a desk on the LAN still signs in.
    for (let i = 0; i < 5; i++) await code(t, '0000');
    expect(await code(t, '1357')).toBe('account_locked');
    t.clock.advance(60 * MINUTE);
    expect(await code(t, '1357', t.lanDevice('192.168.1.60'))).toBe('ok');
  });
});

describe('the admin is told', () => {
  it('every failed sign-in, lock and held-back device is in the audit log, from where', async () => {
    const t = await withLibrarian();
    for (let i = 0; i < 5; i++) await code(t, '0000');
    const device = t.lanDevice('192.168.1.50');
    for (let i = 0; i < 3; i++)
      await t.invoke('auth.signIn', { staffNo: 'ghost', pin: '0000' }, 'lan', device);
    const { rows } = await t.ok('audit.list', {});
    const entries = rows.map((r) => [r.actor, r.action, r.entityId]);
    expect(entries.filter(([, a]) => a === 'auth.failed')).toHaveLength(8);
    expect(entries).toContainEqual(['device:screen', 'auth.failed', 'lib1']);
    expect(entries).toContainEqual(['device:screen', 'auth.locked', 'lib1']);
    expect(entries).toContainEqual(['device:192.168.1.50', 'auth.failed', 'ghost']);
    expect(entries).toContainEqual(['device:192.168.1.50', 'auth.held', '192.168.1.50']);
    const lock = rows.find((r) => r.action === 'auth.locked');
    expect(lock?.after).toEqual({ where: 'screen', minutes: 5, until: '2025-03-01T08:05:00.000Z' });
  });

  it('a notice counts the locks and held-back devices since the admin last looked', async () => {
    const t = await withLibrarian();
    expect(await t.ok('security.alerts', {})).toEqual({ since: null, failed: 0, locked: 0, held: 0 });
    for (let i = 0; i < 5; i++) await code(t, '0000');
    const device = t.lanDevice('192.168.1.50');
    for (let i = 0; i < 3; i++) await code(t, '0000', device);
    const alerts = await t.ok('security.alerts', {});
    expect(alerts).toEqual({ since: null, failed: 8, locked: 1, held: 1 });
    expect((await t.refused('security.alerts', {}, 'test:nobody')).code).toBe('unauthenticated');
    await t.ok('security.acknowledge', {});
    expect(await t.ok('security.alerts', {})).toMatchObject({ failed: 0, locked: 0, held: 0 });
    t.clock.advance(MINUTE);
    await code(t, '0000', t.lanDevice('192.168.1.51'));
    expect(await t.ok('security.alerts', {})).toMatchObject({
      since: '2025-03-01T08:00:00.000Z',
      failed: 1,
      locked: 0,
      held: 0,
    });
  });
});

describe('an older database', () => {
  it('keeps its wrong-PIN counts and locks through the upgrade, on the screen and for the LAN', async () => {
    const dataDir = tempDir();
    // The schema before the sign-in feature: every feature's migrations but its own.
    const db = openDatabase(path.join(dataDir, 'hongyi.sqlite'));
    migrate(
      db,
      FEATURES.filter((f) => f.id !== 'sign-in').map((f) => ({ feature: f.id, migrations: f.migrations })),
    );
    const clock = testClock();
    const until = new Date(clock.now().getTime() + 3 * MINUTE).toISOString();
    const insert = db.prepare(
      `INSERT INTO staff (staff_no, name, roles, pin_hash, failed_pins, locked_until, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run('admin', 'Admin', '["admin"]', null, 0, null, clock.now().toISOString());
    insert.run('lib1', '李图书', '["librarian"]', await hashPin('1357'), 5, until, clock.now().toISOString());
    db.close();

    const t = await openTestCore({ dataDir, clock });
    expect(await code(t, '1357')).toBe('account_locked');
    expect(await code(t, '1357', t.lanDevice('192.168.1.50'))).toBe('account_locked');
    await t.signIn();
    expect((await t.ok('staff.list', {})).find((s) => s.staffNo === 'lib1')?.lockedUntil).toBe(until);
    t.clock.advance(3 * MINUTE);
    // The count carried over: one more wrong PIN locks again, for ten minutes.
    expect(await lockFor(t, '0000')).toEqual({ code: 'account_locked', minutes: 10 });
  });
});
