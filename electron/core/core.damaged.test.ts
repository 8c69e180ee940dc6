import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageFile, openTestCore, tempDir, TEST_ADMIN_PIN, type TestCore } from './testing';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A data folder whose database was damaged after a good backup (and later writes). */
async function damagedFolder(options: {
  backup: boolean;
}): Promise<{ dataDir: string; dbFile: string; backup?: string }> {
  const dataDir = tempDir();
  const t = await openTestCore({ dataDir });
  await t.signIn();
  await t.ok('visits.begin', { language: 'en' });
  // Enough pages that the damage lands inside the data, not only in the header.
  for (let i = 0; i < 60; i++) {
    await t.ok('diagnostics.logError', { message: `${i} ${'x'.repeat(1500)}` });
    // Error reports are taken ten a minute.
    t.clock.advance(6_000);
  }
  const backup = options.backup ? (await t.ok('backups.create', {})).name : undefined;
  await t.ok('visits.begin', { language: 'zh-CN' });
  t.core.close();
  damageFile(t.dbFile);
  return { dataDir, dbFile: t.dbFile, ...(backup ? { backup } : {}) };
}

async function visitCount(t: TestCore): Promise<number> {
  return (await t.ok('kiosk.counters', {})).find((c) => c.key === 'platform.visits')?.value ?? -1;
}

describe('a damaged database', () => {
  it('is never opened for writing: only sign-in and restore answer', async () => {
    const { dataDir, dbFile, backup } = await damagedFolder({ backup: true });
    const hash = sha(dbFile);
    const t = await openTestCore({ dataDir });
    expect(t.core.damaged.length).toBeGreaterThan(0);

    const info = await t.ok('kiosk.info', {});
    expect(info).toMatchObject({ damaged: true, setupRequired: false });
    for (const method of ['visits.begin', 'kiosk.counters', 'setup.complete'] as const) {
      const input =
        method === 'visits.begin' ? { language: 'en' } : method === 'setup.complete' ? { pin: '1234' } : {};
      expect((await t.refused(method, input)).code, method).toBe('database_damaged');
    }

    // The admin signs in against the newest good backup.
    expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: '000000' })).code).toBe('wrong_pin');
    await t.signIn();
    expect((await t.ok('auth.me', {})).staff?.staffNo).toBe('admin');
    for (const method of ['settings.get', 'staff.list', 'audit.list', 'backups.create'] as const) {
      expect((await t.refused(method, {})).code, method).toBe('database_damaged');
    }
    expect(await t.core.dailyBackup()).toBe(false);
    const listed = await t.ok('backups.list', {});
    expect(listed.map((b) => b.name)).toEqual([backup]);
    await t.ok('diagnostics.logError', { message: 'seen while damaged' });
    await t.ok('kiosk.reset', {}, 'test:visitor');
    expect(sha(dbFile)).toBe(hash);

    const result = await t.ok('backups.restore', { name: backup ?? '' });
    expect(t.core.damaged).toEqual([]);
    expect(sha(path.join(dataDir, result.replacedKeptAs))).toBe(hash);
    expect((await t.ok('kiosk.info', {})).damaged).toBe(false);
    // The data of the backup, and the database answers again.
    expect(await visitCount(t)).toBe(1);
    await t.ok('visits.begin', { language: 'zh-TW' });
    expect(await visitCount(t)).toBe(2);
  });

  it('signs in against the newest good backup, skipping a damaged one', async () => {
    const { dataDir, backup } = await damagedFolder({ backup: true });
    const t = await openTestCore({ dataDir });
    const newer = backup?.replace('-manual', '-2-manual') ?? '';
    fs.writeFileSync(path.join(t.core.backups.dir, newer), 'not a database');
    expect(t.core.backups.newestGood()?.name).toBe(backup);
    await t.signIn();
    expect((await t.ok('backups.list', {})).map((b) => b.name)).toEqual([newer, backup]);
  });

  it('with no backup at all, the kiosk still answers and nobody can sign in', async () => {
    const { dataDir, dbFile } = await damagedFolder({ backup: false });
    const hash = sha(dbFile);
    const t = await openTestCore({ dataDir });
    expect((await t.ok('kiosk.info', {})).damaged).toBe(true);
    expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN })).code).toBe(
      'wrong_pin',
    );
    expect((await t.refused('backups.list', {})).code).toBe('unauthenticated');
    expect(sha(dbFile)).toBe(hash);
  });

  it('still locks an account after five wrong PINs', async () => {
    const { dataDir } = await damagedFolder({ backup: true });
    const t = await openTestCore({ dataDir });
    for (let i = 0; i < 4; i++) {
      expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: '000000' })).code).toBe('wrong_pin');
    }
    expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: '000000' })).code).toBe('account_locked');
    expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN })).code).toBe(
      'account_locked',
    );
    t.clock.advance(5 * 60 * 1000 + 1);
    await t.signIn();
  });
});
