import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, codeOf, startTestHost, type TestHost } from './host-testing';

let h: TestHost;
beforeAll(async () => {
  // A fresh folder started without --admin-pin: the admin account has no PIN yet.
  h = await startTestHost({ core: { adminPin: null } });
});
afterAll(() => h.close());

const setupRequired = async () => {
  const info = await callApi(h.host.port, 'kiosk.info', {});
  return info.body.ok && (info.body.value as { setupRequired: boolean }).setupRequired;
};

describe('first-run setup', () => {
  it('is refused to a device on the LAN, changes nothing, and is done at the hub own screen', async () => {
    const info = async (from?: string) => {
      const r = await callApi(h.host.port, 'kiosk.info', {}, from ? { from, device: h.deviceOf(from) } : {});
      return r.body.ok ? (r.body.value as { setupHere: boolean }).setupHere : null;
    };
    // The LAN device's screen shows where setup is done instead of a form it cannot submit.
    expect([await info('127.0.0.5'), await info()]).toEqual([false, true]);
    const lan = await callApi(
      h.host.port,
      'setup.complete',
      { pin: '8642' },
      { from: '127.0.0.5', device: h.deviceOf('127.0.0.5') },
    );
    expect([lan.status, codeOf(lan)]).toEqual([403, 'setup_local_only']);
    // An unpaired device is not even asked: it gets the pairing page.
    const stranger = await callApi(h.host.port, 'setup.complete', { pin: '8642' }, { from: '127.0.0.6' });
    expect([stranger.status, codeOf(stranger)]).toEqual([403, 'device_unpaired']);
    expect(await setupRequired()).toBe(true);
    const screen = await callApi(h.host.port, 'setup.complete', { pin: '8642' });
    expect(codeOf(screen)).toBe('ok');
    expect(await setupRequired()).toBe(false);
    const signIn = await callApi(h.host.port, 'auth.signIn', { staffNo: 'admin', pin: '8642' });
    expect(codeOf(signIn)).toBe('ok');
  });
});
