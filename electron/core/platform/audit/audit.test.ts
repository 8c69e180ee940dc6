import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../testing';

describe('the audit log', () => {
  it('records who did what, when, before and after, for every staff write', async () => {
    const t = await openTestCore();
    await t.signIn();
    const at = t.clock.now().toISOString();
    const created = await t.ok('staff.create', {
      staffNo: 'lib1',
      name: '李',
      roles: ['librarian'],
      pin: '1357',
    });
    t.clock.advance(1000);
    await t.ok('staff.update', { staffNo: 'lib1', name: '李图书', pin: '2468' });
    await t.ok('settings.update', { 'display.largeText': true });
    const backup = await t.ok('backups.create', {});

    const { rows, total } = await t.ok('audit.list', {});
    expect(total).toBe(4);
    expect(rows.map((r) => r.action)).toEqual([
      'backups.create',
      'settings.update',
      'staff.update',
      'staff.create',
    ]);
    for (const r of rows) expect(r.actor).toBe('admin');
    const [b, s, u, c] = rows;
    expect(c).toMatchObject({ at, entity: 'staff', entityId: 'lib1', before: null, after: created });
    expect(u).toMatchObject({
      at: t.clock.now().toISOString(),
      before: { name: '李' },
      after: { name: '李图书', pinReset: true },
    });
    expect(s).toMatchObject({ before: { 'display.largeText': false }, after: { 'display.largeText': true } });
    expect(b).toMatchObject({ entity: 'backup', entityId: backup.name, after: backup });
  });

  it('records nothing for a refused write', async () => {
    const t = await openTestCore();
    await t.signIn();
    await t.refused('staff.update', { staffNo: 'admin', active: false });
    await t.refused('settings.update', { 'i18n.languages': ['en'] });
    await t.refused('staff.create', { staffNo: 'admin', name: 'x', roles: ['curator'], pin: '1234' });
    expect((await t.ok('audit.list', {})).total).toBe(0);
  });

  it('is listed newest first, in pages', async () => {
    const t = await openTestCore();
    await t.signIn();
    for (let i = 1; i <= 7; i++) {
      await t.ok('settings.update', { 'kiosk.idleSeconds': 10 * (i + 1) });
      t.clock.advance(1000);
    }
    const first = await t.ok('audit.list', { limit: 3 });
    expect(first).toMatchObject({ total: 7, offset: 0, limit: 3 });
    expect(first.rows.map((r) => r.after)).toEqual([80, 70, 60].map((v) => ({ 'kiosk.idleSeconds': v })));
    const last = await t.ok('audit.list', { offset: 6, limit: 3 });
    expect(last.rows.map((r) => r.after)).toEqual([{ 'kiosk.idleSeconds': 20 }]);
    expect((await t.ok('audit.list', {})).limit).toBe(50);
    expect((await t.refused('audit.list', { limit: 501 })).code).toBe('invalid_input');
  });
});
