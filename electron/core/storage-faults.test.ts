import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storageFault } from './db/storage-faults';
import { asNobody, fillDisk, needsRoot, readOnlyFile, remountReadOnly, tmpfs } from './storage-testing';
import { ADMIN_CLIENT, openTestCore, tempDir, TEST_ADMIN_PIN, testClock, type TestCore } from './testing';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const ROOT = needsRoot();

async function visitCount(t: TestCore, clientId = ADMIN_CLIENT): Promise<number> {
  return (await t.ok('kiosk.counters', {}, clientId)).find((c) => c.key === 'platform.visits')?.value ?? -1;
}

/** A data folder with one visit in a backup and a second one after it; closed. */
async function usedFolder(dataDir = tempDir()): Promise<{ dataDir: string; dbFile: string; backup: string }> {
  const t = await openTestCore({ dataDir });
  await t.signIn();
  await t.ok('visits.begin', { language: 'en' });
  const backup = (await t.ok('backups.create', {})).name;
  await t.ok('visits.begin', { language: 'zh-CN' });
  t.core.close();
  return { dataDir, dbFile: t.dbFile, backup };
}

afterEach(() => void vi.restoreAllMocks());

describe('error codes for storage faults', () => {
  it('maps SQLite and Node codes for a full disk and a read-only one; nothing else', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    for (const code of ['SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC'])
      expect(storageFault(e(code)), code).toBe('storage_full');
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'EROFS', 'EACCES', 'EPERM'])
      expect(storageFault(e(code)), code).toBe('storage_readonly');
    for (const err of [e('SQLITE_BUSY'), e('SQLITE_CORRUPT'), e('ENOENT'), new Error('x'), 'x', null])
      expect(storageFault(err)).toBeNull();
  });
});

describe('a missing database file with backups beside it', () => {
  it('opens the recovery screen, never a new centre; the admin restores the newest backup', async () => {
    const { dataDir, dbFile, backup } = await usedFolder();
    fs.rmSync(dbFile);
    const t = await openTestCore({ dataDir });
    expect(fs.existsSync(dbFile)).toBe(false);
    expect(t.core.recovery).toBe('missing');
    expect(await t.ok('kiosk.info', {})).toMatchObject({
      damaged: true,
      recovery: 'missing',
      setupRequired: false,
    });
    expect((await t.refused('visits.begin', { language: 'en' })).code).toBe('database_damaged');
    // No daily backup of nothing: it would in time push the real ones out.
    expect(await t.core.dailyBackup()).toBe(false);
    expect(fs.existsSync(dbFile)).toBe(false);

    // The admin's PIN is checked against the newest good backup.
    await t.signIn();
    expect((await t.ok('backups.list', {})).map((b) => b.name)).toEqual([backup]);
    const result = await t.ok('backups.restore', { name: backup });
    expect(result.replacedKeptAs).toBe('');
    expect(t.core.recovery).toBeNull();
    expect(await visitCount(t)).toBe(1);
  });

  it('with no backups it is a first start: a new centre', async () => {
    const t = await openTestCore();
    expect(t.core.recovery).toBeNull();
    expect((await t.ok('kiosk.info', {})).damaged).toBe(false);
  });
});

describe('a restore stopped half-way (a crash, as a throw between its steps)', () => {
  const crash = new Error('crash: power cut');

  it.each([
    ['while the backup is copied', 'copy'],
    ['when the file is swapped', 'rename'],
  ] as const)('%s: the old database is still there on the next start', async (_when, step) => {
    const { dataDir, dbFile, backup } = await usedFolder();
    const t = await openTestCore({ dataDir });
    await t.signIn();
    const source = t.core.backups.pathOf(backup);
    if (step === 'copy') {
      const copy = fs.copyFileSync;
      vi.spyOn(fs, 'copyFileSync').mockImplementation((src, dest, mode) => {
        if (String(src) === source) throw crash;
        copy(src, dest, mode);
      });
    } else {
      const rename = fs.renameSync;
      vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
        // The old code moved the live file away here; the new one renames the copy over it.
        if (String(from) === dbFile || String(to) === dbFile) throw crash;
        rename(from, to);
      });
    }
    expect((await t.refused('backups.restore', { name: backup })).code).toBe('internal');
    vi.restoreAllMocks();
    t.core.close();

    const again = await openTestCore({ dataDir, clock: t.clock });
    expect(await visitCount(again)).toBe(2);
    expect(await again.ok('kiosk.info', {})).toMatchObject({ damaged: false, setupRequired: false });
    expect(again.core.recovery).toBeNull();
    // And a restore after it does its work.
    await again.signIn();
    await again.ok('backups.restore', { name: backup });
    expect(await visitCount(again)).toBe(1);
  });
});

describe('backups kept per kind, whatever the clock', () => {
  it('manual backups never push out the daily ones', async () => {
    const t = await openTestCore();
    await t.signIn();
    for (let i = 0; i < 3; i++) {
      expect(await t.core.dailyBackup()).toBe(true);
      t.clock.advance(DAY);
    }
    await t.signIn();
    for (let i = 0; i < 20; i++) {
      await t.ok('backups.create', {});
      t.clock.advance(60_000);
    }
    const reasons = t.core.backups.list().map((b) => b.reason);
    expect(reasons.filter((r) => r === 'daily')).toHaveLength(3);
    expect(reasons.filter((r) => r === 'manual')).toHaveLength(14);
  });

  it('with the clock set back, daily backups go on and manual ones succeed; none dated later is lost', async () => {
    const clock = testClock('2025-06-01T08:00:00.000Z');
    const t = await openTestCore({ clock });
    await t.signIn();
    for (let i = 0; i < 14; i++) {
      await t.ok('backups.create', {});
      clock.advance(60_000);
    }
    for (let i = 0; i < 14; i++) {
      expect(await t.core.dailyBackup()).toBe(true);
      clock.advance(DAY);
    }
    const later = t.core.backups.list().map((b) => b.name);
    expect(later).toHaveLength(28);

    clock.advance(-90 * DAY);
    await t.signIn();
    expect(await t.core.dailyBackup()).toBe(true);
    const manual = await t.ok('backups.create', {});
    expect(t.core.backups.list().map((b) => b.name)).toContain(manual.name);
    clock.advance(DAY);
    expect(await t.core.dailyBackup()).toBe(true);
    const names = t.core.backups.list().map((b) => b.name);
    for (const name of later) expect(names).toContain(name);
    expect(names).toHaveLength(31);
  });
});

describe.runIf(ROOT)('a data folder that cannot be written (as root: a read-only tmpfs)', () => {
  it('reads and signs in, and refuses every write with storage_readonly', async () => {
    const disk = tmpfs(32);
    const { dataDir } = await usedFolder(path.join(disk, 'data'));
    remountReadOnly(disk);
    const t = await openTestCore({ dataDir });
    expect(t.core.damaged).toEqual([]);
    expect(t.core.readOnly).toBe(true);
    expect(await t.ok('kiosk.info', {})).toMatchObject({
      damaged: false,
      recovery: null,
      cannotSave: 'storage_readonly',
    });
    expect(await visitCount(t)).toBe(2);
    expect((await t.refused('auth.signIn', { staffNo: 'admin', pin: '000000' })).code).toBe('wrong_pin');
    await t.signIn();
    expect((await t.ok('auth.me', {})).staff?.staffNo).toBe('admin');
    expect((await t.ok('backups.list', {})).length).toBe(1);
    expect((await t.refused('visits.begin', { language: 'en' })).code).toBe('storage_readonly');
    expect((await t.refused('backups.create', {})).code).toBe('storage_readonly');
    const [backup] = await t.ok('backups.list', {});
    expect((await t.refused('backups.restore', { name: backup?.name ?? '' })).code).toBe('storage_readonly');
    expect(await t.core.dailyBackup()).toBe(false);
    await t.ok('kiosk.reset', {});
  });
});

describe.runIf(ROOT)('a database file that cannot be written (as root: a read-only bind mount)', () => {
  it('reads and signs in, and refuses every write with storage_readonly', async () => {
    const { dataDir, dbFile } = await usedFolder();
    readOnlyFile(dbFile);
    const t = await openTestCore({ dataDir });
    expect(t.core.damaged).toEqual([]);
    expect(await visitCount(t)).toBe(2);
    await t.signIn();
    expect(t.core.readOnly).toBe(true);
    expect((await t.refused('visits.begin', { language: 'en' })).code).toBe('storage_readonly');
    expect((await t.refused('settings.update', { values: { 'centre.name': 'x' } })).code).toBe(
      'storage_readonly',
    );
  });
});

describe.runIf(ROOT)('a full disk (as root: a small tmpfs filled to the last byte)', () => {
  it('says nothing was saved, keeps reading, and lets staff sign in', async () => {
    const disk = tmpfs(32);
    const { dataDir, backup } = await usedFolder(path.join(disk, 'data'));
    const t = await openTestCore({ dataDir });
    await t.signIn();
    const filler = fillDisk(disk);

    const refusal = await t.refused('visits.begin', { language: 'en' });
    expect(refusal.code).toBe('storage_full');
    expect(await visitCount(t)).toBe(2);
    expect((await t.refused('backups.create', {})).code).toBe('storage_full');
    await expect(t.core.dailyBackup()).rejects.toThrow();
    expect(fs.readdirSync(t.core.backups.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect((await t.refused('backups.restore', { name: backup })).code).toBe('storage_full');
    // After the refused restore the database still answers.
    expect(await visitCount(t)).toBe(2);

    // Signing in writes the wrong-PIN count; a full disk keeps it in memory instead.
    const other = 'test:other';
    for (let i = 4; i >= 1; i--) {
      const wrong = await t.refused('auth.signIn', { staffNo: 'admin', pin: '000000' }, other);
      expect(wrong).toMatchObject({ code: 'wrong_pin', details: { remaining: i } });
    }
    await t.signIn(other, 'admin', TEST_ADMIN_PIN);
    expect((await t.ok('auth.me', {}, other)).staff?.staffNo).toBe('admin');

    fs.rmSync(filler);
    await t.ok('visits.begin', { language: 'en' });
    expect(await visitCount(t)).toBe(3);
  });
});

describe.runIf(ROOT)('a disk already full at start (as root: a tmpfs filled before the kiosk opens)', () => {
  it('opens for reading, not as damaged; sign-in works and every change answers storage_full', async () => {
    const disk = tmpfs(32);
    const { dataDir } = await usedFolder(path.join(disk, 'data'));
    fillDisk(disk);
    const t = await openTestCore({ dataDir });
    expect(t.core.damaged).toEqual([]);
    expect(t.core.cannotSave).toBe('storage_full');
    expect(await t.ok('kiosk.info', {})).toMatchObject({ damaged: false, cannotSave: 'storage_full' });
    expect(await visitCount(t)).toBe(2);
    await t.signIn();
    expect((await t.refused('visits.begin', { language: 'en' })).code).toBe('storage_full');
    expect((await t.refused('backups.create', {})).code).toBe('storage_full');
  });
});

describe.runIf(ROOT)("chmod'ed data (as root: the test runs as nobody, who the modes refuse)", () => {
  it.each([
    ['a folder without write permission (0555)', 'folder'],
    ['a database file without write permission (0444)', 'file'],
  ] as const)('%s: reads and signs in; a change answers storage_readonly', async (_what, target) => {
    const { dataDir, dbFile } = await usedFolder();
    await asNobody(dataDir, async () => {
      if (target === 'folder') fs.chmodSync(dataDir, 0o555);
      else fs.chmodSync(dbFile, 0o444);
      const t = await openTestCore({ dataDir });
      try {
        expect(t.core.damaged).toEqual([]);
        expect(await visitCount(t)).toBe(2);
        await t.signIn();
        expect(t.core.cannotSave).toBe('storage_readonly');
        expect((await t.refused('visits.begin', { language: 'en' })).code).toBe('storage_readonly');
      } finally {
        t.core.close();
        fs.chmodSync(dataDir, 0o755);
      }
    });
  });
});
