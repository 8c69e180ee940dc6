import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared';
import { openTestCore, tempDir, testClock, TEST_ADMIN_PIN, type TestCore } from '../../testing';
import { LOCK_MS } from './auth.service';
import { hashPin, verifyPin } from './pin';
import { SESSION_IDLE_MS } from './sessions';

const MINUTE = 60_000;
const LIB = 'test:librarian';

async function withLibrarian(t: TestCore, roles: ('librarian' | 'admin')[] = ['librarian']): Promise<void> {
  await t.signIn();
  await t.ok('staff.create', { staffNo: 'lib1', name: '李图书', roles, pin: '1357' });
}

const me = async (t: TestCore, clientId: string) =>
  (await t.ok('auth.me', {}, clientId)).staff?.staffNo ?? null;

describe('PINs', () => {
  it('are stored as salted scrypt hashes', async () => {
    const a = await hashPin('1234');
    const b = await hashPin('1234');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(await verifyPin('1234', a)).toBe(true);
    expect(await verifyPin('1235', a)).toBe(false);
    expect(await verifyPin('1234', 'plain$1234')).toBe(false);
  });

  it('never leave the database or an answer in the clear', async () => {
    const t = await openTestCore();
    await withLibrarian(t);
    const db = new Database(t.dbFile, { readonly: true });
    const hashes = db.prepare('SELECT pin_hash FROM staff ORDER BY id').pluck().all() as string[];
    db.close();
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(h).toMatch(/^scrypt\$/);
    const answers = JSON.stringify([
      await t.ok('staff.list', {}),
      await t.ok('auth.me', {}),
      await t.ok('audit.list', {}),
    ]);
    expect(answers).not.toMatch(/scrypt|1357|pin_hash/);
  });
});

describe('sign-in', () => {
  it('signs in, tells who is signed in, and signs out', async () => {
    const t = await openTestCore();
    expect(await me(t, 'c1')).toBeNull();
    const signed = await t.ok('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN }, 'c1');
    expect(signed.staff).toMatchObject({ staffNo: 'admin', roles: ['admin'] });
    expect(await me(t, 'c1')).toBe('admin');
    expect(await me(t, 'c2')).toBeNull();
    await t.ok('auth.signOut', {}, 'c1');
    expect(await me(t, 'c1')).toBeNull();
    expect((await t.refused('settings.get', {}, 'c1')).code).toBe('unauthenticated');
  });

  it('counts wrong PINs, locks for five minutes after five, across a restart', async () => {
    const clock = testClock();
    const dataDir = tempDir();
    const t = await openTestCore({ dataDir, clock });
    await withLibrarian(t);
    const wrong = { staffNo: 'lib1', pin: '0000' };
    for (const remaining of [4, 3, 2, 1]) {
      const error = await t.refused('auth.signIn', wrong, LIB);
      expect(error).toMatchObject({ code: 'wrong_pin', details: { remaining } });
    }
    const locked = await t.refused('auth.signIn', wrong, LIB);
    const until = new Date(clock.now().getTime() + LOCK_MS).toISOString();
    expect(locked).toMatchObject({ code: 'account_locked', details: { until } });
    expect((await t.refused('auth.signIn', { staffNo: 'lib1', pin: '1357' }, LIB)).code).toBe(
      'account_locked',
    );
    expect((await t.ok('staff.list', {})).find((s) => s.staffNo === 'lib1')?.lockedUntil).toBe(until);

    t.core.close();
    const restarted = await openTestCore({ dataDir, clock });
    clock.advance(LOCK_MS - 1);
    expect((await restarted.refused('auth.signIn', { staffNo: 'lib1', pin: '1357' }, LIB)).code).toBe(
      'account_locked',
    );
    clock.advance(1);
    await restarted.signIn(LIB, 'lib1', '1357');
    expect(await me(restarted, LIB)).toBe('lib1');
    // The count starts again.
    expect(await restarted.refused('auth.signIn', wrong, LIB)).toMatchObject({ details: { remaining: 4 } });
  });

  it('starts the count again after a right PIN', async () => {
    const t = await openTestCore();
    await withLibrarian(t);
    await t.refused('auth.signIn', { staffNo: 'lib1', pin: '0000' }, LIB);
    await t.refused('auth.signIn', { staffNo: 'lib1', pin: '0000' }, LIB);
    await t.signIn(LIB, 'lib1', '1357');
    expect(await t.refused('auth.signIn', { staffNo: 'lib1', pin: '0000' }, LIB)).toMatchObject({
      details: { remaining: 4 },
    });
  });

  it('answers an unknown staff number exactly like a wrong PIN', async () => {
    const t = await openTestCore();
    await withLibrarian(t);
    const answers = async (staffNo: string) => {
      const out: ApiError[] = [];
      for (let i = 0; i < 6; i++)
        out.push(await t.refused('auth.signIn', { staffNo, pin: '0000' }, `c-${staffNo}`));
      return out;
    };
    const known = await answers('lib1');
    const unknown = await answers('ghost');
    expect(unknown).toEqual(known);
    expect(known.map((e) => e.code)).toEqual([
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
      'account_locked',
      'account_locked',
    ]);
  });

  it('refuses a disabled account, even with the right PIN', async () => {
    const t = await openTestCore();
    await withLibrarian(t);
    await t.ok('staff.update', { staffNo: 'lib1', active: false });
    expect((await t.refused('auth.signIn', { staffNo: 'lib1', pin: '1357' }, LIB)).code).toBe(
      'account_disabled',
    );
    await t.ok('staff.update', { staffNo: 'lib1', active: true });
    await t.signIn(LIB, 'lib1', '1357');
  });
});

describe('sessions', () => {
  it('end after ten minutes without a staff action', async () => {
    const t = await openTestCore();
    await t.signIn();
    t.clock.advance(SESSION_IDLE_MS - MINUTE);
    await t.ok('settings.get', {});
    t.clock.advance(SESSION_IDLE_MS);
    await t.ok('settings.get', {});
    // Visitor calls are not staff activity.
    t.clock.advance(SESSION_IDLE_MS - MINUTE);
    await t.ok('kiosk.info', {});
    expect(await me(t, 'test:admin')).toBe('admin');
    t.clock.advance(MINUTE + 1);
    expect((await t.refused('settings.get', {})).code).toBe('unauthenticated');
    expect(await me(t, 'test:admin')).toBeNull();
  });

  it('end at the kiosk idle reset', async () => {
    const t = await openTestCore();
    await t.signIn();
    await t.ok('kiosk.reset', {});
    expect(await me(t, 'test:admin')).toBeNull();
  });

  it('of an account end when it is disabled, its roles change or its PIN is reset', async () => {
    const t = await openTestCore();
    await withLibrarian(t);
    const changes = [{ active: false }, { roles: ['curator' as const] }, { pin: '2468' }];
    let pin = '1357';
    for (const change of changes) {
      await t.ok('staff.update', { staffNo: 'lib1', active: true });
      await t.signIn(LIB, 'lib1', pin);
      await t.ok('staff.update', { staffNo: 'lib1', ...change });
      expect(await me(t, LIB), JSON.stringify(change)).toBeNull();
      if (change.pin) pin = change.pin;
    }
    expect(await me(t, 'test:admin')).toBe('admin');
  });
});

describe('the admin account', () => {
  it('cannot be disabled or lose the admin role', async () => {
    const t = await openTestCore();
    await t.signIn();
    const before = await t.ok('staff.list', {});
    for (const change of [{ active: false }, { roles: ['librarian' as const] }]) {
      expect((await t.refused('staff.update', { staffNo: 'admin', ...change })).code).toBe('forbidden');
      expect((await t.refused('staff.update', { staffNo: 'ADMIN', ...change })).code).toBe('forbidden');
    }
    expect(await t.ok('staff.list', {})).toEqual(before);
  });
});

describe('setup', () => {
  it('a fresh folder asks for the admin PIN once', async () => {
    const t = await openTestCore({ adminPin: null });
    expect((await t.ok('kiosk.info', {})).setupRequired).toBe(true);
    expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: '1234' })).code).toBe('setup_required');
    await t.ok('setup.complete', { pin: '8642', centreName: '  星湖党群服务中心  ' }, 'test:visitor');
    const info = await t.ok('kiosk.info', {});
    expect(info).toMatchObject({ setupRequired: false, centreName: '星湖党群服务中心' });
    expect((await t.refused('setup.complete', { pin: '1111' }, 'test:visitor')).code).toBe('setup_done');
    expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: '1111' })).code).toBe('wrong_pin');
    await t.signIn('test:admin', 'admin', '8642');
    const audit = await t.ok('audit.list', {});
    expect(audit.rows.map((r) => [r.actor, r.action])).toContainEqual(['system', 'setup.complete']);
  });

  it('--admin-pin sets the PIN of a fresh folder, and only of a fresh folder', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir, adminPin: '97531' });
    expect((await first.ok('kiosk.info', {})).setupRequired).toBe(false);
    await first.signIn('test:admin', 'admin', '97531');
    first.core.close();
    const second = await openTestCore({ dataDir, adminPin: '11111' });
    expect((await second.refused('auth.signIn', { staffNo: 'admin', pin: '11111' })).code).toBe('wrong_pin');
    await second.signIn('test:admin', 'admin', '97531');
  });

  it('refuses an --admin-pin that is not 4 to 12 digits', async () => {
    await expect(openTestCore({ adminPin: '12ab' })).rejects.toThrow(/4 to 12 digits/);
  });
});

describe('staff accounts', () => {
  it('refuses a staff number that is taken, whatever its case', async () => {
    const t = await openTestCore();
    await withLibrarian(t);
    const again = { staffNo: 'LIB1', name: 'x', roles: ['curator' as const], pin: '2222' };
    expect((await t.refused('staff.create', again)).code).toBe('duplicate');
    expect((await t.refused('staff.update', { staffNo: 'nobody', name: 'x' })).code).toBe('not_found');
    expect((await t.ok('staff.list', {})).map((s) => s.staffNo)).toEqual(['admin', 'lib1']);
  });
});
