import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, holdsRole, STAFF_ROLES, type Method } from '../shared';
import { malformedInputs } from './malformed-inputs';
import { dumpDatabase, openSharedTestCore, type SharedTestCore } from './testing';

/**
 * A staff member overstepping a role (SECURITY.md): every staff method, with a valid input, is
 * refused to a visitor (`unauthenticated`) and to staff without its role (`forbidden`), over the
 * same dispatcher the Electron and HTTP shells use, and changes nothing. The list comes from the
 * contract, so a method added later is covered without touching this file.
 */
const STAFF_METHODS = (Object.keys(api) as Method[]).filter((m) => api[m].role !== 'visitor');
const ONE_ROLE = STAFF_ROLES.filter((r) => r !== 'admin');

describe('every staff method checks its role', () => {
  let t: SharedTestCore;
  /** The data once the accounts are made: every refusal is held to it, as none may change anything. */
  let before: string;
  beforeAll(async () => {
    t = await openSharedTestCore({ demo: true });
    await t.signIn();
    for (const role of ONE_ROLE) {
      await t.ok('staff.create', { staffNo: `only-${role}`, name: role, roles: [role], pin: '1357' });
      await t.signIn(`client-${role}`, `only-${role}`, '1357');
    }
    before = dumpDatabase(t.dbFile);
    // A demo centre and three PIN hashes: slow on a busy machine.
  }, 120_000);
  afterAll(() => t.dispose());

  it('covers the staff methods', () => {
    expect(STAFF_METHODS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(STAFF_METHODS)('%s', async (method) => {
    const def = api[method];
    const input = malformedInputs(def.input, { boundedStrings: def.limit !== 'import' }).base ?? {};
    const visitor = await t.invoke(method, input, 'client-visitor');
    expect(visitor.ok || visitor.error.code).toBe('unauthenticated');
    for (const role of ONE_ROLE.filter((r) => !holdsRole([r], def.role))) {
      const answer = await t.invoke(method, input, `client-${role}`);
      expect(answer.ok || answer.error.code, role).toBe('forbidden');
    }
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });
});
