import { describe, expect, it } from 'vitest';
import type { Peer } from '../../context';
import { dumpDatabase, openTestCore, type TestCore } from '../../testing';
import { CODE_TRIES } from './pairing-codes';

const LAN = { urls: ['https://192.168.1.10:8170'], fingerprint: 'AB:CD' };
const device = (address: string, deviceToken?: string): Peer => ({
  screen: false,
  address,
  ...(deviceToken ? { deviceToken } : {}),
});

async function hub(): Promise<TestCore> {
  const t = await openTestCore({ shell: { lan: LAN } });
  await t.signIn();
  return t;
}

async function pair(t: TestCore, address: string, purpose: 'kiosk' | 'desk' = 'kiosk') {
  const { code } = await t.ok('devices.pairingCode', {});
  const r = await t.invoke(
    'devices.pair',
    { code, name: `屏 ${address}`, purpose },
    `c:${address}`,
    device(address),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as { device: { id: number }; token: string };
}

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('pairing screens on the LAN', () => {
  it('answers an unpaired device nothing but pairing, and a paired one as any screen', async () => {
    const t = await hub();
    const lan = device('192.168.1.50');
    expect(codeOf(await t.invoke('kiosk.info', {}, 'c1', lan))).toBe('device_unpaired');
    expect(codeOf(await t.invoke('catalogue.search', { q: '党史' }, 'c1', lan))).toBe('device_unpaired');
    const { token, device: d } = await pair(t, '192.168.1.50');
    const info = await t.invoke('kiosk.info', {}, 'c1', device('192.168.1.50', token));
    expect(info.ok && info.value).toMatchObject({ device: { id: d.id, purpose: 'kiosk' }, setupHere: false });
    // Paired is not signed in: staff methods still need a staff sign-in.
    expect(codeOf(await t.invoke('devices.list', {}, 'c1', device('192.168.1.50', token)))).toBe(
      'unauthenticated',
    );
    // A made-up token is no device.
    expect(codeOf(await t.invoke('kiosk.info', {}, 'c1', device('192.168.1.50', 'x'.repeat(43))))).toBe(
      'device_unpaired',
    );
  });

  it('lists paired screens with who made their code and when they were last heard from', async () => {
    const t = await hub();
    const { token } = await pair(t, '192.168.1.51', 'desk');
    await t.invoke('kiosk.info', {}, 'c', device('192.168.1.52', token));
    const { devices, lan } = await t.ok('devices.list', {});
    expect(lan).toEqual(LAN);
    expect(devices).toEqual([
      expect.objectContaining({
        name: '屏 192.168.1.51',
        purpose: 'desk',
        pairedBy: 'admin',
        lastAddress: '192.168.1.52',
      }),
    ]);
    // The token itself is never stored (a copied database pairs no one).
    expect(dumpDatabase(t.dbFile)).not.toContain(token);
  });

  it('uses a code once, burns it after five wrong tries, and lets it expire', async () => {
    const t = await hub();
    const { code } = await t.ok('devices.pairingCode', {});
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < CODE_TRIES; i++)
      expect(
        codeOf(
          await t.invoke(
            'devices.pair',
            { code: wrong, name: 'a', purpose: 'kiosk' },
            'g',
            device('10.0.0.9'),
          ),
        ),
      ).toBe('pairing_code_wrong');
    // Burned: the right code no longer pairs.
    expect(
      codeOf(await t.invoke('devices.pair', { code, name: 'a', purpose: 'kiosk' }, 'g', device('10.0.0.9'))),
    ).toBe('pairing_code_wrong');

    const second = await t.ok('devices.pairingCode', {});
    expect(
      codeOf(
        await t.invoke(
          'devices.pair',
          { code: second.code, name: 'b', purpose: 'kiosk' },
          'h',
          device('10.0.0.8'),
        ),
      ),
    ).toBe('ok');
    expect(
      codeOf(
        await t.invoke(
          'devices.pair',
          { code: second.code, name: 'c', purpose: 'kiosk' },
          'i',
          device('10.0.0.7'),
        ),
      ),
    ).toBe('pairing_code_wrong');

    const third = await t.ok('devices.pairingCode', {});
    t.clock.advance(10 * 60 * 1000);
    expect(
      codeOf(
        await t.invoke(
          'devices.pair',
          { code: third.code, name: 'd', purpose: 'kiosk' },
          'j',
          device('10.0.0.6'),
        ),
      ),
    ).toBe('pairing_code_wrong');
    expect((await t.ok('devices.list', {})).devices.map((d) => d.name)).toEqual(['b']);
  });

  it('refuses pairing on the hub own screen, twice on one device, and without a LAN', async () => {
    const t = await hub();
    const { code } = await t.ok('devices.pairingCode', {});
    expect((await t.refused('devices.pair', { code, name: 'a', purpose: 'kiosk' })).code).toBe(
      'pairing_not_needed',
    );
    const { token } = await pair(t, '10.0.0.5');
    const again = await t.ok('devices.pairingCode', {});
    expect(
      codeOf(
        await t.invoke(
          'devices.pair',
          { code: again.code, name: 'a', purpose: 'kiosk' },
          'k',
          device('10.0.0.5', token),
        ),
      ),
    ).toBe('pairing_not_needed');

    const alone = await openTestCore();
    await alone.signIn();
    expect((await alone.refused('devices.pairingCode', {})).code).toBe('pairing_unavailable');
  });

  it('revokes a screen: its next call gets the pairing page, and the audit log names it', async () => {
    const t = await hub();
    const { token, device: d } = await pair(t, '10.0.0.4');
    await t.ok('devices.revoke', { id: d.id });
    expect(codeOf(await t.invoke('kiosk.info', {}, 'c', device('10.0.0.4', token)))).toBe('device_unpaired');
    expect((await t.refused('devices.revoke', { id: d.id })).code).toBe('not_found');
    const log = await t.ok('audit.list', {});
    expect(log.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['devices.pairingCode', 'devices.pair', 'devices.revoke']),
    );
    expect(JSON.stringify(log.rows)).not.toContain(token);
  });
});
