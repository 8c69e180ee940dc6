import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../core/platform/auth/sessions';
import { testClock, TEST_ADMIN_PIN } from '../core/testing';
import { callApi, codeOf, startTestHost, type TestHost } from './host-testing';

const clock = testClock();
let h: TestHost;
beforeAll(async () => {
  h = await startTestHost({ core: { clock } });
});
afterAll(() => h.close());

const call = (method: string, input: unknown, token?: string) =>
  callApi(h.host.port, method, input, token ? { token } : {});
const whoIs = async (token: string) => {
  const me = await call('auth.me', {}, token);
  return me.body.ok
    ? ((me.body.value as { staff: { staffNo: string } | null }).staff?.staffNo ?? null)
    : null;
};
const signIn = (token?: string) => call('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN }, token);
/** A token of the right shape that the host never made. */
const planted = () => randomBytes(32).toString('base64url');

describe('session fixation', () => {
  it('a token the client chose is never used: the host replaces it', async () => {
    const token = planted();
    const answer = await call('auth.me', {}, token);
    expect(answer.setToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.setToken).not.toBe(token);
  });

  it('a planted token never becomes a session, even when its browser signs in with it', async () => {
    const token = planted();
    const signed = await signIn(token);
    expect(codeOf(signed)).toBe('ok');
    expect(signed.setToken).not.toBeNull();
    expect(signed.setToken).not.toBe(token);
    expect(await whoIs(token)).toBeNull();
    expect((await call('settings.get', {}, token)).status).toBe(401);
    expect(await whoIs(signed.setToken ?? '')).toBe('admin');
  });

  it('a token the host made changes at sign-in: whoever knew it before is not signed in', async () => {
    const first = await call('auth.me', {});
    const before = first.setToken ?? '';
    expect(before).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The same token again is kept: it is the host's own.
    expect((await call('auth.me', {}, before)).setToken).toBeNull();
    const signed = await signIn(before);
    const after = signed.setToken ?? '';
    expect(after).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(after).not.toBe(before);
    expect(await whoIs(before)).toBeNull();
    expect(await whoIs(after)).toBe('admin');
  });

  it('a refused sign-in keeps the token and signs no one in', async () => {
    const token = (await call('auth.me', {})).setToken ?? '';
    const refused = await call('auth.signIn', { staffNo: 'admin', pin: '000000' }, token);
    expect(codeOf(refused)).toBe('wrong_pin');
    expect(refused.setToken).toBeNull();
    expect(await whoIs(token)).toBeNull();
  });
});

describe('the end of a session', () => {
  it('sign-out ends it on the server: the old token no longer works', async () => {
    const token = (await signIn()).setToken ?? '';
    expect(await whoIs(token)).toBe('admin');
    expect(codeOf(await call('auth.signOut', {}, token))).toBe('ok');
    expect((await call('settings.get', {}, token)).status).toBe(401);
    expect(await whoIs(token)).toBeNull();
  });

  it('ten idle minutes end it on the server', async () => {
    const token = (await signIn()).setToken ?? '';
    clock.advance(SESSION_IDLE_MS - 1);
    expect((await call('settings.get', {}, token)).status).toBe(200);
    clock.advance(SESSION_IDLE_MS + 1);
    expect((await call('settings.get', {}, token)).status).toBe(401);
    expect(await whoIs(token)).toBeNull();
  });
});
