import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ERRORS, type Result } from '../shared';
import { TEST_ADMIN_PIN } from '../core/testing';
import { CookieJar, rawRequest, startTestHost, type TestHost } from './host-testing';

let h: TestHost;
beforeAll(async () => {
  h = await startTestHost();
});
afterAll(() => h.close());

interface Answer {
  status: number;
  body: Result<unknown>;
  res: Response;
}

async function post(body: string, headers: Record<string, string> = {}, jar?: CookieJar): Promise<Answer> {
  const res = await fetch(`${h.url}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1', ...jar?.header(), ...headers },
    body,
  });
  jar?.take(res);
  const text = await res.text();
  if (res.status >= 400) h.errorBodies.push(text);
  return { status: res.status, body: JSON.parse(text) as Result<unknown>, res };
}

const invoke = (method: string, input: unknown, jar?: CookieJar) =>
  post(JSON.stringify({ method, input }), {}, jar);

async function visitCount(): Promise<number> {
  const { body } = await invoke('kiosk.counters', {});
  if (!body.ok) throw new Error(body.error.code);
  return (body.value as { key: string; value: number }[]).find((c) => c.key === 'visits')?.value ?? -1;
}

async function signedInJar(staffNo = 'admin', pin = TEST_ADMIN_PIN): Promise<CookieJar> {
  const jar = new CookieJar();
  const { status } = await invoke('auth.signIn', { staffNo, pin }, jar);
  expect(status).toBe(200);
  return jar;
}

describe('POST /api/invoke', () => {
  it('answers the envelope of the dispatcher', async () => {
    const { status, body } = await invoke('kiosk.info', {});
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, value: { damaged: false, setupRequired: false } });
  });

  it('refuses a request without X-Kiosk with 403, and runs nothing', async () => {
    const before = await visitCount();
    const { status, body } = await post(
      JSON.stringify({ method: 'visits.begin', input: { language: 'en' } }),
      {
        'X-Kiosk': '',
      },
    );
    expect(status).toBe(403);
    expect(body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await visitCount()).toBe(before);
  });

  it('refuses a body that is not JSON with 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const { status } = await post(JSON.stringify({ method: 'kiosk.info' }), { 'Content-Type': type });
      expect(status, type).toBe(415);
    }
  });

  it('refuses a malformed envelope with 400', async () => {
    for (const body of [
      '',
      'not json',
      '[]',
      '{}',
      '{"method": 5}',
      '{"input": {}}',
      JSON.stringify({ method: 'x'.repeat(101) }),
    ]) {
      const answer = await post(body);
      expect(answer.status, body).toBe(400);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('answers other verbs with 405', async () => {
    const res = await fetch(`${h.url}/api/invoke`, { headers: { 'X-Kiosk': '1' } });
    expect(res.status).toBe(405);
    h.errorBodies.push(await res.text());
  });

  it('maps each error code to its HTTP status', async () => {
    const admin = await signedInJar();
    await invoke('staff.create', { staffNo: 'lib1', name: '李', roles: ['librarian'], pin: '1357' }, admin);
    const librarian = await signedInJar('lib1', '1357');
    const cases: [string, unknown, CookieJar | undefined, string, number][] = [
      ['no.such', {}, undefined, 'unknown_method', 400],
      ['visits.begin', { language: 'fr' }, undefined, 'invalid_input', 400],
      ['settings.get', {}, undefined, 'unauthenticated', 401],
      ['settings.get', {}, librarian, 'forbidden', 403],
      ['auth.signIn', { staffNo: 'admin', pin: '0000' }, new CookieJar(), 'wrong_pin', 401],
      ['backups.restore', { name: 'hongyi-20990101-000000-manual.sqlite' }, admin, 'not_found', 404],
      ['setup.complete', { pin: '1234' }, undefined, 'setup_done', 409],
      [
        'staff.create',
        { staffNo: 'lib1', name: 'x', roles: ['curator'], pin: '1357' },
        admin,
        'duplicate',
        409,
      ],
    ];
    for (const [method, input, jar, code, status] of cases) {
      const answer = await invoke(method, input, jar);
      expect([answer.status, answer.body.ok ? 'ok' : answer.body.error.code], method).toEqual([status, code]);
      expect(ERRORS.get(code)?.http).toBe(status);
    }
    for (let i = 0; i < 4; i++) await invoke('auth.signIn', { staffNo: 'lib1', pin: '0000' });
    const locked = await invoke('auth.signIn', { staffNo: 'lib1', pin: '0000' });
    expect([locked.status, locked.body.ok || locked.body.error.code]).toEqual([423, 'account_locked']);
  });

  it('gives every error code a client or server status', () => {
    for (const [code, { http }] of ERRORS) {
      expect(http, code).toBeGreaterThanOrEqual(400);
      // The server's own trouble: its disk (507 Insufficient Storage), its database, its load.
      const server = [
        'internal',
        'database_damaged',
        'server_busy',
        'storage_full',
        'storage_readonly',
      ].includes(code);
      expect(http, code).toBeLessThan(server ? 600 : 500);
    }
    expect(ERRORS.get('internal')?.http).toBe(500);
    expect(ERRORS.get('database_damaged')?.http).toBe(503);
    expect(ERRORS.get('storage_full')?.http).toBe(507);
  });

  it('refuses a body over 1 MB with 413 and runs nothing', async () => {
    const before = await visitCount();
    const padded =
      JSON.stringify({ method: 'visits.begin', input: { language: 'en' } }) + ' '.repeat(1024 * 1024);
    const answer = await post(padded);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(await visitCount()).toBe(before);
    // Just under the limit is fine.
    const under =
      JSON.stringify({ method: 'visits.begin', input: { language: 'en' } }) + ' '.repeat(1000 * 1000);
    expect((await post(under)).status).toBe(200);
  });

  it('refuses a body declared over the import limit before reading it', async () => {
    const answer = await rawRequest(h.host.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: {
        Host: `127.0.0.1:${h.host.port}`,
        'Content-Type': 'application/json',
        'X-Kiosk': '1',
        'Content-Length': String(60 * 1024 * 1024),
      },
      body: '{}',
    }).catch((err: unknown) => ({ status: 0, body: String(err), headers: {} }));
    expect(answer.status).toBe(413);
  });
});

describe('the client cookie', () => {
  it('is HttpOnly and SameSite=Strict, and carries the session', async () => {
    const jar = new CookieJar();
    await invoke('auth.me', {}, jar);
    expect(jar.setCookies).toHaveLength(1);
    expect(jar.setCookies[0]).toMatch(
      /^hongyi_client=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    await invoke('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN }, jar);
    // Signing in gives the browser a new token (sessions.test.ts: no session fixation).
    expect(jar.setCookies).toHaveLength(2);
    expect(jar.setCookies[1]).toMatch(
      /^hongyi_client=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(jar.setCookies[1]).not.toBe(jar.setCookies[0]);
    const me = await invoke('auth.me', {}, jar);
    expect(me.body).toMatchObject({ ok: true, value: { staff: { staffNo: 'admin' } } });
    expect((await invoke('settings.get', {}, jar)).status).toBe(200);
    await invoke('auth.signOut', {}, jar);
    expect((await invoke('settings.get', {}, jar)).status).toBe(401);
  });

  it('two cookie jars are two sessions', async () => {
    const a = await signedInJar();
    const b = new CookieJar();
    expect((await invoke('auth.me', {}, b)).body).toMatchObject({ ok: true, value: { staff: null } });
    expect((await invoke('settings.get', {}, b)).status).toBe(401);
    expect((await invoke('settings.get', {}, a)).status).toBe(200);
    // No cookie at all: a new client every time, never signed in.
    expect((await invoke('settings.get', {})).status).toBe(401);
  });

  it('a cookie that was not made by the host is replaced', async () => {
    const answer = await post(JSON.stringify({ method: 'auth.me' }), { Cookie: 'hongyi_client=short' });
    expect(answer.res.headers.getSetCookie()[0]).toMatch(/^hongyi_client=[A-Za-z0-9_-]{43};/);
  });
});

describe('GET /api/methods', () => {
  it('lists every method with its role and its input as JSON Schema', async () => {
    const res = await fetch(`${h.url}/api/methods`);
    expect(res.status).toBe(200);
    interface Schema {
      type?: string;
      anyOf?: Schema[];
      oneOf?: Schema[];
    }
    // An input is an object, or one of several objects (e.g. labels by barcodes, titles or shelf).
    const isObject = (s: Schema): boolean => {
      const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
      return s.type === 'object' || (alternatives.length > 0 && alternatives.every(isObject));
    };
    const methods = (await res.json()) as { name: string; role: string; input: Schema }[];
    expect(methods.map((m) => m.name).sort()).toEqual(Object.keys(api).sort());
    for (const m of methods) {
      expect(m.role, m.name).toBe(api[m.name as keyof typeof api].role);
      expect(isObject(m.input), m.name).toBe(true);
    }
    const signIn = methods.find((m) => m.name === 'auth.signIn');
    expect(signIn?.input).toMatchObject({
      required: ['staffNo', 'pin'],
      properties: { pin: { type: 'string' } },
    });
  });
});

describe('GET /api/events', () => {
  it('streams push events as server-sent events', async () => {
    const abort = new AbortController();
    const res = await fetch(`${h.url}/api/events`, { signal: abort.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = (res.body as ReadableStream<Uint8Array> | null)?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}: ${text}`);
        text += decoder.decode(value, { stream: true });
      }
    };
    await readUntil(': connected');
    const admin = await signedInJar();
    await invoke('settings.update', { 'display.highContrast': true }, admin);
    await readUntil('event: settings.changed\ndata: {}\n\n');
    abort.abort();
    await reader.cancel().catch(() => undefined);
  });
});

describe('errors', () => {
  it('an internal error is a 500 with no stack or SQL', async () => {
    const other = await startTestHost();
    try {
      const raw = new Database(other.t.dbFile);
      raw.exec('DROP TABLE visits');
      raw.close();
      const res = await fetch(`${other.url}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1' },
        body: JSON.stringify({ method: 'visits.begin', input: { language: 'en' } }),
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      h.errorBodies.push(text);
      expect(JSON.parse(text)).toEqual({
        ok: false,
        error: { code: 'internal', message: expect.any(String) as unknown },
      });
    } finally {
      await other.close();
    }
  });

  it('no error body carries a stack trace, SQL or a file path', () => {
    expect(h.errorBodies.length).toBeGreaterThan(10);
    for (const body of h.errorBodies) {
      expect(body).not.toMatch(/\n\s+at |SQLITE|SELECT |INSERT |no such table|node_modules|\.ts:\d|\/tmp\//);
    }
  });
});
