import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type KioskEvent } from '../../../shared';
import { dumpDatabase, openTestCore, tempDir, type TestCore } from '../../testing';

async function admin(): Promise<TestCore> {
  const t = await openTestCore();
  await t.signIn();
  return t;
}

describe('settings', () => {
  it('start at their defaults', async () => {
    const t = await admin();
    expect(await t.ok('settings.get', {})).toEqual(DEFAULT_SETTINGS);
    const info = await t.ok('kiosk.info', {});
    expect(info).toMatchObject({
      idleSeconds: 90,
      countdownSeconds: 15,
      largeText: false,
      highContrast: false,
    });
  });

  it('the demo centre has its own name', async () => {
    const t = await openTestCore({ demo: true });
    expect((await t.ok('kiosk.info', {})).centreName).toBe('星湖科技园党群服务中心');
  });

  it('update only the keys sent, and keep them across a restart', async () => {
    const dataDir = tempDir();
    const t = await openTestCore({ dataDir });
    await t.signIn();
    const after = await t.ok('settings.update', { 'kiosk.idleSeconds': 120, 'display.largeText': true });
    expect(after).toEqual({ ...DEFAULT_SETTINGS, 'kiosk.idleSeconds': 120, 'display.largeText': true });
    t.core.close();
    const again = await openTestCore({ dataDir });
    await again.signIn();
    expect(await again.ok('settings.get', {})).toEqual(after);
    expect((await again.ok('kiosk.info', {})).idleSeconds).toBe(120);
  });

  it('refuse an unknown key or a bad value, and change nothing', async () => {
    const t = await admin();
    const before = dumpDatabase(t.dbFile);
    const unknown = await t.refused('settings.update', { 'kiosk.idleSeconds': 60, 'kiosk.colour': 'red' });
    expect(unknown.code).toBe('invalid_input');
    expect(unknown.issues?.[0]?.code).toBe('unrecognized_keys');
    for (const bad of [
      { 'kiosk.idleSeconds': 5 },
      { 'kiosk.idleSeconds': '90' },
      { 'kiosk.countdownSeconds': 2.5 },
      { 'centre.name': '   ' },
      { 'i18n.languages': [] },
      { 'i18n.languages': ['en', 'en'] },
      { 'i18n.defaultLanguage': 'fr' },
    ]) {
      expect((await t.refused('settings.update', bad)).code, JSON.stringify(bad)).toBe('invalid_input');
    }
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });

  it('refuse a default language that is not enabled', async () => {
    const t = await admin();
    const before = dumpDatabase(t.dbFile);
    expect((await t.refused('settings.update', { 'i18n.languages': ['en', 'zh-TW'] })).code).toBe(
      'invalid_input',
    );
    expect(
      (await t.refused('settings.update', { 'i18n.defaultLanguage': 'en', 'i18n.languages': ['zh-CN'] }))
        .code,
    ).toBe('invalid_input');
    expect(dumpDatabase(t.dbFile)).toBe(before);
    const both = await t.ok('settings.update', {
      'i18n.languages': ['en', 'zh-TW'],
      'i18n.defaultLanguage': 'en',
    });
    expect(both['i18n.defaultLanguage']).toBe('en');
    expect(await t.ok('kiosk.info', {})).toMatchObject({ languages: ['en', 'zh-TW'], defaultLanguage: 'en' });
  });

  it('tell every screen they changed', async () => {
    const t = await admin();
    const events: KioskEvent[] = [];
    t.core.onEvent((e) => events.push(e));
    await t.ok('settings.update', { 'display.highContrast': true });
    expect(events).toEqual([{ name: 'settings.changed', data: {} }]);
  });

  it('are audited with the keys that changed, before and after', async () => {
    const t = await admin();
    await t.ok('settings.update', { 'kiosk.idleSeconds': 90, 'kiosk.countdownSeconds': 20 });
    await t.ok('settings.update', { 'kiosk.countdownSeconds': 20 });
    const { rows } = await t.ok('audit.list', {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'admin',
      action: 'settings.update',
      entity: 'settings',
      before: { 'kiosk.countdownSeconds': 15 },
      after: { 'kiosk.countdownSeconds': 20 },
    });
  });

  it('are for admins only', async () => {
    const t = await admin();
    await t.ok('staff.create', { staffNo: 'v1', name: '场地', roles: ['venue_staff'], pin: '1357' });
    await t.signIn('test:venue', 'v1', '1357');
    expect((await t.refused('settings.update', { 'kiosk.idleSeconds': 60 }, 'test:venue')).code).toBe(
      'forbidden',
    );
    expect((await t.refused('settings.get', {}, 'test:nobody')).code).toBe('unauthenticated');
  });

  it('fall back to the default for a stored value that is no longer valid', async () => {
    const t = await admin();
    const raw = new Database(t.dbFile);
    raw.prepare("INSERT INTO settings (key, value) VALUES ('kiosk.idleSeconds', '\"soon\"')").run();
    raw.close();
    expect((await t.ok('settings.get', {}))['kiosk.idleSeconds']).toBe(90);
  });
});
