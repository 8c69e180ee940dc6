import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../shared';
import { checkFile, openDatabase } from '../../db/database';
import { ADMIN_CLIENT, damageFile, dumpDatabase, openTestCore, type TestCore } from '../../testing';
import { BACKUPS_KEPT } from './backup-store';

const HOUR = 3600 * 1000;

async function visitCount(t: TestCore, clientId = ADMIN_CLIENT): Promise<number> {
  const counters = await t.ok('kiosk.counters', {}, clientId);
  return counters.find((c) => c.key === 'platform.visits')?.value ?? -1;
}

async function adminCore(): Promise<TestCore> {
  const t = await openTestCore();
  await t.signIn();
  return t;
}

describe('backups', () => {
  it('makes a verified backup, listed with its reason and size', async () => {
    const t = await adminCore();
    await t.ok('visits.begin', { language: 'zh-CN' });
    const info = await t.ok('backups.create', {});
    expect(info.reason).toBe('manual');
    expect(info.name).toMatch(/^hongyi-\d{8}-\d{6}(-\d+)?-manual\.sqlite$/);
    const file = t.core.backups.pathOf(info.name);
    expect(info.bytes).toBe(fs.statSync(file).size);
    expect(info.bytes).toBeGreaterThan(0);
    expect(checkFile(file, 'integrity')).toEqual([]);
    expect(await t.ok('backups.list', {})).toEqual([info]);
    // Nothing half-written is left next to it.
    expect(fs.readdirSync(t.core.backups.dir)).toEqual([info.name]);
    const copy = openDatabase(file, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(1);
    copy.close();
  });

  it(`keeps the newest ${BACKUPS_KEPT.manual} manual backups`, async () => {
    const t = await adminCore();
    const made: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT.manual + 2; i++) {
      made.push((await t.ok('backups.create', {})).name);
      t.clock.advance(60_000);
    }
    const listed = (await t.ok('backups.list', {})).map((b) => b.name);
    expect(listed).toEqual(made.slice(2).reverse());
    expect(fs.readdirSync(t.core.backups.dir).sort()).toEqual([...listed].sort());
  });

  it('orders backups made within one second by when they were made', async () => {
    const t = await adminCore();
    const made: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT.manual + 3; i++) made.push((await t.ok('backups.create', {})).name);
    expect(new Set(made).size).toBe(made.length);
    const listed = (await t.ok('backups.list', {})).map((b) => b.name);
    expect(listed).toEqual(made.slice(3).reverse());
  });

  it('makes the daily backup once per 24 hours', async () => {
    const t = await adminCore();
    expect(await t.core.dailyBackup()).toBe(true);
    t.clock.advance(23 * HOUR);
    expect(await t.core.dailyBackup()).toBe(false);
    await t.signIn();
    await t.ok('backups.create', {});
    t.clock.advance(HOUR);
    expect(await t.core.dailyBackup()).toBe(true);
    expect(await t.core.dailyBackup()).toBe(false);
    expect(t.core.backups.list().map((b) => b.reason)).toEqual(['daily', 'manual', 'daily']);
  });

  it('restores: reopens on the restored file and keeps the replaced one aside', async () => {
    const t = await adminCore();
    const events: KioskEvent[] = [];
    t.core.onEvent((e) => events.push(e));
    const { visitId: kept } = await t.ok('visits.begin', { language: 'en' });
    const backup = await t.ok('backups.create', {});
    const { visitId: lost } = await t.ok('visits.begin', { language: 'zh-TW' });
    t.clock.advance(60_000);

    const result = await t.ok('backups.restore', { name: backup.name });
    expect(result.restored).toBe(backup.name);
    expect(events.map((e) => e.name)).toContain('database.restored');

    const db = openDatabase(t.dbFile, { readonly: true });
    expect(db.prepare('SELECT id FROM visits ORDER BY id').pluck().all()).toEqual([kept]);
    db.close();
    const replaced = openDatabase(path.join(t.dataDir, result.replacedKeptAs), { readonly: true });
    expect(replaced.prepare('SELECT id FROM visits ORDER BY id').pluck().all()).toEqual([kept, lost]);
    replaced.close();

    // Staff sign in again on the restored database; the restore is in its audit log.
    expect((await t.refused('audit.list', {})).code).toBe('unauthenticated');
    await t.signIn();
    const audit = await t.ok('audit.list', {});
    expect(audit.rows[0]).toMatchObject({ actor: 'admin', action: 'backups.restore', entityId: backup.name });
    expect(await visitCount(t)).toBe(1);
    // The backup itself is still there to restore again.
    expect((await t.ok('backups.list', {})).map((b) => b.name)).toContain(backup.name);
  });

  it('keeps every replaced file, even for two restores in the same instant', async () => {
    const t = await adminCore();
    const backup = await t.ok('backups.create', {});
    const first = await t.ok('backups.restore', { name: backup.name });
    await t.signIn();
    const second = await t.ok('backups.restore', { name: backup.name });
    expect(second.replacedKeptAs).not.toBe(first.replacedKeptAs);
    expect(fs.existsSync(path.join(t.dataDir, first.replacedKeptAs))).toBe(true);
    expect(fs.existsSync(path.join(t.dataDir, second.replacedKeptAs))).toBe(true);
  });

  it('refuses an unknown or damaged backup and changes nothing', async () => {
    const t = await adminCore();
    await t.ok('visits.begin', { language: 'en' });
    for (let i = 0; i < 50; i++) {
      await t.ok('diagnostics.logError', { message: `padding ${i} ${'x'.repeat(900)}` });
      // Error reports are taken ten a minute.
      t.clock.advance(6_000);
    }
    const good = await t.ok('backups.create', {});
    t.clock.advance(60_000);
    const damaged = await t.ok('backups.create', {});
    damageFile(t.core.backups.pathOf(damaged.name));
    const junk = 'hongyi-20240101-000000-manual.sqlite';
    fs.writeFileSync(path.join(t.core.backups.dir, junk), 'this is not a database');
    await t.ok('visits.begin', { language: 'zh-CN' });
    const before = dumpDatabase(t.dbFile);

    expect((await t.refused('backups.restore', { name: 'hongyi-20990101-000000-manual.sqlite' })).code).toBe(
      'not_found',
    );
    expect((await t.refused('backups.restore', { name: damaged.name })).code).toBe('backup_invalid');
    expect((await t.refused('backups.restore', { name: junk })).code).toBe('backup_invalid');

    expect(dumpDatabase(t.dbFile)).toBe(before);
    expect(fs.existsSync(path.join(t.dataDir, 'replaced'))).toBe(false);
    expect(await visitCount(t)).toBe(2);
    expect(t.core.backups.newestGood()?.name).toBe(good.name);
  });

  it('refuses a backup made by a newer build', async () => {
    const t = await adminCore();
    const backup = await t.ok('backups.create', {});
    const file = t.core.backups.pathOf(backup.name);
    const db = openDatabase(file);
    db.prepare("INSERT INTO schema_migrations VALUES ('platform', 99, 'future', '2030-01-01')").run();
    db.close();
    const before = dumpDatabase(t.dbFile);
    expect((await t.refused('backups.restore', { name: backup.name })).code).toBe('backup_invalid');
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });

  it('makes calls that arrive during a restore wait for it', async () => {
    const t = await adminCore();
    await t.ok('visits.begin', { language: 'en' });
    const backup = await t.ok('backups.create', {});
    await t.ok('visits.begin', { language: 'en' });
    await t.ok('visits.begin', { language: 'en' });

    const order: string[] = [];
    const restore = t.ok('backups.restore', { name: backup.name }).then((r) => {
      order.push('restore');
      return r;
    });
    const counted = visitCount(t, 'test:visitor').then((n) => {
      order.push('counters');
      return n;
    });
    const begun = t.ok('visits.begin', { language: 'zh-CN' }, 'test:visitor').then((r) => {
      order.push('visits.begin');
      return r;
    });
    await Promise.all([restore, counted, begun]);
    expect(order[0]).toBe('restore');
    expect(order).toHaveLength(3);
    expect(await counted).toBe(1);
    // A visit begun after the restore was asked for lands in the restored database.
    expect(await visitCount(t, 'test:visitor')).toBe(2);
  });
});
