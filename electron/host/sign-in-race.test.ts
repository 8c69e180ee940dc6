import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PinModule from '../core/platform/auth/pin';
import { TEST_ADMIN_PIN } from '../core/testing';
import { callApi, codeOf, startTestHost, type ApiAnswer, type TestHost } from './host-testing';

// Every PIN check the host makes, counted where the hash is computed (the real scrypt still runs).
const hashes = vi.hoisted(() => ({ calls: 0, waiters: [] as { n: number; resolve: () => void }[] }));
vi.mock('../core/platform/auth/pin', async (importOriginal) => {
  const real = await importOriginal<typeof PinModule>();
  return {
    ...real,
    verifyPin: (pin: string, stored: string) => {
      hashes.calls++;
      for (const w of hashes.waiters) if (hashes.calls >= w.n) w.resolve();
      return real.verifyPin(pin, stored);
    },
  };
});

/** Resolves once the host has started its n-th PIN check. */
const hashStarted = (n: number) =>
  new Promise<void>((resolve) => {
    if (hashes.calls >= n) resolve();
    else hashes.waiters.push({ n, resolve });
  });

const LIB_PIN = '1357';
let h: TestHost;

beforeEach(async () => {
  h = await startTestHost();
  const admin = await callApi(h.host.port, 'auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN });
  const token = admin.setToken ?? '';
  const created = await callApi(
    h.host.port,
    'staff.create',
    { staffNo: 'lib1', name: '李', roles: ['librarian'], pin: LIB_PIN },
    { token },
  );
  expect(created.status).toBe(200);
  hashes.calls = 0;
  hashes.waiters = [];
});
afterEach(() => h.close());

const signIn = (pin: string, from?: string) =>
  callApi(
    h.host.port,
    'auth.signIn',
    { staffNo: 'lib1', pin },
    from ? { from, device: h.deviceOf(from) } : {},
  );

const tally = (answers: ApiAnswer[]) => {
  const out: Record<string, number> = {};
  for (const a of answers) out[codeOf(a)] = (out[codeOf(a)] ?? 0) + 1;
  return out;
};

describe('100 sign-ins at once', () => {
  it('check at most five PINs before the lock, and refuse the right PIN while locked', async () => {
    const wrong = Array.from({ length: 99 }, (_, i) => signIn(String(1000 + i)));
    // The right PIN joins while the burst is under way, once the fifth check has begun.
    await hashStarted(5);
    const right = signIn(LIB_PIN);
    const answers = await Promise.all([...wrong, right]);
    const rightAnswer = await right;
    expect(codeOf(rightAnswer)).toBe('account_locked');
    expect(hashes.calls).toBe(5);
    expect(tally(answers)).toEqual({ wrong_pin: 4, account_locked: 96 });
  });

  it('from one device on the LAN: the device is held back after three checks, the hub own screen is not', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(String(1000 + i), '127.0.0.5')),
    );
    expect(hashes.calls).toBe(3);
    // The third wrong PIN holds the device back; it is told until when.
    expect(tally(answers)).toEqual({ wrong_pin: 2, too_many_requests: 98 });
    const held = await signIn(LIB_PIN, '127.0.0.5');
    expect(held.body).toMatchObject({
      ok: false,
      error: { code: 'too_many_requests', details: { until: expect.any(String) as unknown } },
    });
    expect(hashes.calls).toBe(3);
    // The hub's own screen (127.0.0.1) signs in at once.
    expect(codeOf(await signIn(LIB_PIN))).toBe('ok');
  });

  it('from many devices on the LAN: the account is locked for the LAN, never for the hub own screen', async () => {
    const devices = ['127.0.0.5', '127.0.0.6', '127.0.0.7', '127.0.0.8'];
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(String(1000 + i), devices[i % devices.length])),
    );
    expect(hashes.calls).toBeLessThanOrEqual(5);
    expect(tally(answers).ok).toBeUndefined();
    expect(codeOf(await signIn(LIB_PIN, '127.0.0.9'))).toBe('account_locked');
    expect(codeOf(await signIn(LIB_PIN))).toBe('ok');
  });
});
