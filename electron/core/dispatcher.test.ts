import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, holdsRole, setting, STAFF_ROLES, type Method } from '../shared';
import type { Feature, Handlers } from './context';
import { buildRegistry } from './registry';
import { DomainError } from './errors';
import { FEATURES } from './features';
import type { Logger } from './log';
import { openTestCore } from './testing';

/** The app's features with one platform handler replaced. */
function withHandler<K extends Method>(name: K, handler: Handlers[K]): Feature[] {
  return FEATURES.map((f) =>
    name in f.handlers ? { ...f, handlers: { ...f.handlers, [name]: handler } } : f,
  );
}

function recordingLogger(): Logger & { errors: unknown[][] } {
  const errors: unknown[][] = [];
  return { errors, info: () => {}, warn: () => {}, error: (...args: unknown[]) => void errors.push(args) };
}

describe('dispatch', () => {
  it('answers unknown_method for a name the API does not define', async () => {
    const t = await openTestCore();
    for (const name of ['nope.nope', '', '__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      expect((await t.refused(name, {})).code, name).toBe('unknown_method');
    }
  });

  it('answers unauthenticated before looking at the input of a staff method', async () => {
    const t = await openTestCore();
    const error = await t.refused('settings.update', { 'no.such': 1 }, 'test:visitor');
    expect(error).toEqual({ code: 'unauthenticated', message: expect.any(String) as unknown });
  });

  it('answers forbidden when the role is missing; an admin holds every role', async () => {
    const t = await openTestCore();
    await t.signIn();
    await t.ok('staff.create', { staffNo: 'cur1', name: '馆员', roles: ['curator'], pin: '1357' });
    await t.signIn('test:curator', 'cur1', '1357');
    expect((await t.refused('settings.get', {}, 'test:curator')).code).toBe('forbidden');
    expect((await t.refused('staff.list', {}, 'test:curator')).code).toBe('forbidden');
    for (const [name, def] of Object.entries(api)) {
      if (def.role === 'visitor') continue;
      const result = await t.invoke(name, 'not an object');
      expect(result.ok ? 'ok' : result.error.code, name).toBe('invalid_input');
    }
  });

  it('holdsRole: visitors need nothing, admins hold every role, others their own', () => {
    for (const role of STAFF_ROLES) {
      expect(holdsRole(['admin'], role)).toBe(true);
      expect(holdsRole([], role)).toBe(false);
      expect(holdsRole([role], role)).toBe(true);
    }
    expect(holdsRole([], 'visitor')).toBe(true);
    expect(holdsRole(['librarian'], 'curator')).toBe(false);
    expect(holdsRole(['librarian', 'curator'], 'admin')).toBe(false);
  });

  it('answers invalid_input with the field issues', async () => {
    const t = await openTestCore();
    await t.signIn();
    const error = await t.refused('staff.create', { staffNo: 'ok-1', name: '', roles: ['janitor'] });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['name', 'pin', 'roles.0']);
    for (const issue of error.issues ?? []) expect(issue.message).toEqual(expect.any(String));
  });

  it('takes a missing input as an empty one', async () => {
    const t = await openTestCore();
    for (const input of [undefined, null, {}]) expect((await t.invoke('auth.me', input)).ok).toBe(true);
  });

  it('answers a DomainError with its own code, message and details', async () => {
    const features = withHandler('kiosk.info', () => {
      throw new DomainError('conflict', 'Already done', { when: 'now' });
    });
    const t = await openTestCore({ features });
    expect(await t.refused('kiosk.info', {})).toEqual({
      code: 'conflict',
      message: 'Already done',
      details: { when: 'now' },
    });
  });

  it('answers any other error as internal, logs it, and gives away no stack or SQL', async () => {
    const log = recordingLogger();
    const features = withHandler('kiosk.info', () => {
      throw new Error('SQLITE_ERROR: near "SELECT": syntax error in SELECT secret FROM staff');
    });
    const t = await openTestCore({ features, log });
    const error = await t.refused('kiosk.info', {});
    expect(error).toEqual({ code: 'internal', message: expect.any(String) as unknown });
    expect(error.message).not.toMatch(/SQLITE|SELECT|secret|staff|at /);
    expect(log.errors).toHaveLength(1);
  });

  it('answers a real SQL failure as internal', async () => {
    const log = recordingLogger();
    const t = await openTestCore({ log });
    const raw = new Database(t.dbFile);
    raw.exec('DROP TABLE visits');
    raw.close();
    const error = await t.refused('visits.begin', { language: 'en' });
    expect(error.code).toBe('internal');
    expect(JSON.stringify(error)).not.toMatch(/visits|SQLITE|no such table|INSERT/i);
    expect(String(log.errors[0]?.[1])).toMatch(/no such table: visits/);
  });
});

describe('buildRegistry', () => {
  it('gives every API method exactly one handler, from the feature that declares it', () => {
    const registry = buildRegistry(FEATURES);
    expect([...registry.methods.keys()].sort()).toEqual(Object.keys(api).sort());
    for (const [name, m] of registry.methods) {
      const owner = FEATURES.find((f) => f.id === m.feature);
      expect(owner && Object.hasOwn(owner.api, name) && Object.hasOwn(owner.handlers, name)).toBe(true);
    }
  });

  it('refuses a method declared twice, a handler for no method, and a method without a handler', () => {
    const twice: Feature = {
      id: 'twice',
      area: false,
      api: { 'auth.me': api['auth.me'] },
      migrations: [],
      handlers: { 'auth.me': () => ({ staff: null }) },
    };
    expect(() => buildRegistry([...FEATURES, twice])).toThrow(/defined twice: auth.me/);
    const stray: Feature = {
      id: 'stray',
      area: false,
      api: {},
      migrations: [],
      handlers: { 'no.such': () => 1 },
    };
    expect(() => buildRegistry([...FEATURES, stray])).toThrow(/no.such/);
    const without = FEATURES.map((f) => ({
      ...f,
      handlers: Object.fromEntries(Object.entries(f.handlers).filter(([k]) => k !== 'auth.me')),
    }));
    expect(() => buildRegistry(without)).toThrow(/No handler for: auth.me/);
  });

  it('refuses an error code or a setting declared twice, and a setting outside its area', () => {
    const clash = (extra: Partial<Feature>): Feature => ({
      id: 'clash',
      area: false,
      api: {},
      migrations: [],
      handlers: {},
      ...extra,
    });
    expect(() => buildRegistry([...FEATURES, clash({ errors: { not_found: { http: 404 } } })])).toThrow(
      /declared twice: not_found/,
    );
    expect(() =>
      buildRegistry([
        ...FEATURES,
        clash({ settings: { 'library.selfService': setting(z.boolean(), true) } }),
      ]),
    ).toThrow(/library.selfService/);
  });
});
