import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURES } from '../../../electron/core/features';
import { TEST_ADMIN_PIN } from '../../../electron/core/testing';
import { CookieJar, startTestHost, type TestHost } from '../../../electron/host/host-testing';
import { demoFeature } from './core/demo.feature';

/**
 * A new area, added the way an area is added: its own folder per side and one line per registry
 * (here: the feature list given to core). Over the real HTTP host it gets its methods, its own error
 * with its declared status, its setting, its counter, audit entries in its namespace and its links.
 */
describe('an area added through the registries only', () => {
  let h: TestHost;
  const admin = new CookieJar();

  async function call(method: string, input: unknown, jar = admin) {
    const res = await fetch(`${h.url}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1', ...jar.header() },
      body: JSON.stringify({ method, input }),
    });
    jar.take(res);
    return {
      status: res.status,
      body: (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } },
    };
  }

  beforeAll(async () => {
    h = await startTestHost({ core: { features: [...FEATURES, demoFeature] } });
    expect((await call('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN })).body.ok).toBe(true);
  });
  afterAll(() => h.close());

  it('is listed with its methods and answers them', async () => {
    const methods = (await (await fetch(`${h.url}/api/methods`)).json()) as { name: string }[];
    expect(methods.map((m) => m.name)).toEqual(expect.arrayContaining(['demo.notes.add', 'demo.greeting']));
    const info = await call('kiosk.info', {});
    expect((info.body.value as { areas: string[] }).areas).toContain('demo');
    const added = await call('demo.notes.add', { text: '学习笔记' });
    expect(added.body).toMatchObject({ ok: true, value: { text: '学习笔记' } });
    expect((added.body.value as { uid: string }).uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses with its own error code and the HTTP status it declared, changing nothing', async () => {
    const before = await call('kiosk.counters', {});
    const refused = await call('demo.notes.add', { text: 'STOP' });
    expect([refused.status, refused.body.error?.code]).toEqual([409, 'demo_note_shouted']);
    expect((await call('kiosk.counters', {})).body).toEqual(before.body);
  });

  it('counts under its own prefix on the attract screen', async () => {
    const counters = (await call('kiosk.counters', {})).body.value as { key: string; value: number }[];
    expect(counters.find((c) => c.key === 'demo.notes')?.value).toBe(1);
  });

  it('has its setting in 系统设置, checked against its own schema', async () => {
    const settings = (await call('settings.get', {})).body.value as Record<string, unknown>;
    expect(settings['demo.greeting']).toBe('你好');
    expect((await call('settings.update', { 'demo.greeting': '欢迎' })).body.ok).toBe(true);
    expect((await call('demo.greeting', {}, new CookieJar())).body.value).toEqual({ greeting: '欢迎' });
    const tooLong = await call('settings.update', { 'demo.greeting': '长'.repeat(40) });
    expect(tooLong.body.error?.code).toBe('invalid_input');
  });

  it('writes its audit entries in its own namespace', async () => {
    const audit = (await call('audit.list', {})).body.value as { rows: { action: string; area: string }[] };
    expect(audit.rows.find((r) => r.action === 'demo.notes.add')?.area).toBe('demo');
  });

  it('resolves links to its content, and says when one is gone', async () => {
    const note = (await call('demo.notes.add', { text: '将被删除' })).body.value as { id: number };
    const target = { area: 'demo', kind: 'note', id: String(note.id) };
    const links = () =>
      call('links.resolve', { targets: [target, { ...target, kind: 'nothing' }] }, new CookieJar());
    expect((await links()).body.value).toEqual([
      { ...target, title: '将被删除' },
      { ...target, kind: 'nothing', title: null },
    ]);
    await call('demo.notes.remove', { id: note.id });
    expect(((await links()).body.value as { title: string | null }[])[0]?.title).toBeNull();
  });
});
