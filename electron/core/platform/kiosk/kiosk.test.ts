import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestCore, TEST_ADMIN_PIN, type TestCore } from '../../testing';

interface VisitRow {
  started_at: string;
  ended_at: string | null;
  language: string;
  areas: string;
}

function visit(t: TestCore, id: number): VisitRow | undefined {
  const db = new Database(t.dbFile, { readonly: true });
  try {
    return db
      .prepare<[number], VisitRow>('SELECT started_at, ended_at, language, areas FROM visits WHERE id = ?')
      .get(id);
  } finally {
    db.close();
  }
}

const visits = async (t: TestCore) =>
  (await t.ok('kiosk.counters', {}, 'v')).find((c) => c.key === 'platform.visits')?.value;

describe('visits', () => {
  it('record a kiosk session from first touch to reset, with nothing personal', async () => {
    const t = await openTestCore();
    const start = t.clock.now().toISOString();
    const { visitId } = await t.ok('visits.begin', { language: 'zh-CN' }, 'v');
    await t.ok('visits.track', { visitId, area: 'library' }, 'v');
    await t.ok('visits.track', { visitId, area: 'library', language: 'en' }, 'v');
    await t.ok('visits.track', { visitId, area: 'venues' }, 'v');
    t.clock.advance(90_000);
    await t.ok('kiosk.reset', { visitId }, 'v');
    expect(visit(t, visitId)).toEqual({
      started_at: start,
      ended_at: t.clock.now().toISOString(),
      language: 'en',
      areas: JSON.stringify(['library', 'venues']),
    });
    // An ended visit does not change any more.
    await t.ok('visits.track', { visitId, area: 'tour' }, 'v');
    await t.ok('kiosk.reset', { visitId }, 'v');
    expect(JSON.parse(visit(t, visitId)?.areas ?? '')).toEqual(['library', 'venues']);
  });

  it('feed the visits counter', async () => {
    const t = await openTestCore();
    expect(await visits(t)).toBe(0);
    for (const language of ['zh-CN', 'zh-TW', 'en'] as const) await t.ok('visits.begin', { language }, 'v');
    expect(await visits(t)).toBe(3);
  });
});

describe('kiosk', () => {
  it('tells the screens what they need', async () => {
    const t = await openTestCore();
    expect(await t.ok('kiosk.info', {}, 'v')).toEqual({
      centreName: '党群服务中心',
      centreNameEn: '',
      languages: ['zh-CN', 'zh-TW', 'en'],
      defaultLanguage: 'zh-CN',
      idleSeconds: 90,
      countdownSeconds: 15,
      largeText: false,
      highContrast: false,
      areas: expect.any(Array) as unknown,
      setupRequired: false,
      setupHere: true,
      damaged: false,
      recovery: null,
      cannotSave: null,
      device: null,
      canExit: false,
    });
  });

  it('leaves kiosk mode only for an admin PIN, and only where there is a kiosk mode', async () => {
    const none = await openTestCore();
    expect((await none.refused('kiosk.exit', { staffNo: 'admin', pin: TEST_ADMIN_PIN })).code).toBe(
      'not_kiosk',
    );

    let exits = 0;
    const t = await openTestCore({ shell: { exitKiosk: () => void exits++ } });
    expect((await t.ok('kiosk.info', {})).canExit).toBe(true);
    await t.signIn();
    await t.ok('staff.create', { staffNo: 'lib1', name: '李', roles: ['librarian'], pin: '1357' });
    expect((await t.refused('kiosk.exit', { staffNo: 'admin', pin: '0000' }, 'v')).code).toBe('wrong_pin');
    expect((await t.refused('kiosk.exit', { staffNo: 'lib1', pin: '1357' }, 'v')).code).toBe('forbidden');
    expect(exits).toBe(0);
    expect(await t.ok('kiosk.exit', { staffNo: 'admin', pin: TEST_ADMIN_PIN }, 'v')).toEqual({
      exited: true,
    });
    expect(exits).toBe(1);
    expect((await t.ok('audit.list', {})).rows[0]).toMatchObject({ actor: 'admin', action: 'kiosk.exit' });
  });

  it('keeps the errors screens report', async () => {
    const t = await openTestCore();
    await t.ok('diagnostics.logError', { message: 'boom', route: '/library' }, 'v');
    const db = new Database(t.dbFile, { readonly: true });
    expect(db.prepare('SELECT message, route FROM client_errors').all()).toEqual([
      { message: 'boom', route: '/library' },
    ]);
    db.close();
  });
});
