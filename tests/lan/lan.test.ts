import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostBuilt, startHostProcess, tempDataDir, type HostProcess } from '../crash/host-process';
import { makeLan, whyNoNamespaces, type Lan } from './netns';

const run = promisify(execFile);
const CLIENT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'client.mjs');
const ADMIN_PIN = '246810';
/** Inside its own namespace the hub may take a fixed port: nothing else is there. */
const PORT = 8443;

const why = hostBuilt() ? whyNoNamespaces() : 'the host is not built (node electron/build.mjs)';
if (why) console.log(`The LAN tests are skipped: ${why}.`);

interface Answer {
  status?: number;
  body?: string;
  setCookie?: string[];
  error?: string;
  fingerprint?: string;
  events?: string[];
}

describe.skipIf(why !== null)('two screens on a real LAN (network namespaces)', () => {
  let lan: Lan;
  let data: { dir: string; remove(): void };
  let hub: HostProcess;
  let hubUrl: string;
  let ca: string;

  /** One request from a namespace, by the client script. */
  const from = async (ns: string, ...args: string[]): Promise<Answer> => {
    const { stdout } = await run(lan.inside(ns)[0] ?? 'ip', [
      ...lan.inside(ns).slice(1),
      process.execPath,
      CLIENT,
      ...args,
    ]);
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Answer;
  };
  const screenCall = (method: string, input: unknown, cookies = '', host?: string) =>
    from(lan.screen, 'invoke', hubUrl, ca, method, JSON.stringify(input), cookies, ...(host ? [host] : []));
  /** The hub's own screen: a browser on its loopback, which needs no pairing. */
  const hubCall = (method: string, input: unknown, cookies = '') =>
    from(lan.hub, 'invoke', `https://127.0.0.1:${PORT}`, ca, method, JSON.stringify(input), cookies);
  const code = (a: Answer) => {
    const body = JSON.parse(a.body ?? '{}') as { ok?: boolean; error?: { code: string } };
    return a.error ?? (body.ok ? 'ok' : body.error?.code);
  };
  const cookieOf = (a: Answer, name: string) => {
    const line = a.setCookie?.find((c) => c.startsWith(`${name}=`)) ?? '';
    return /^[^;]+/.exec(line)?.[0] ?? '';
  };
  const startHub = () =>
    startHostProcess(data.dir, ADMIN_PIN, undefined, {
      host: lan.hubAddress,
      port: PORT,
      prefix: lan.inside(lan.hub),
    });

  beforeAll(async () => {
    lan = makeLan();
    data = tempDataDir('hongyi-lan-');
    hub = await startHub();
    hubUrl = `https://${lan.hubAddress}:${PORT}`;
    ca = path.join(data.dir, 'tls', 'hub-cert.pem');
  }, 180_000);
  afterAll(async () => {
    await hub?.stop();
    lan?.remove();
    data?.remove();
  });

  it('listens on HTTPS at its LAN address and prints the fingerprint the screens are shown', async () => {
    expect(hub.url).toBe(hubUrl);
    const printed = /fingerprint: (\S+)/.exec(hub.output())?.[1];
    expect((await from(lan.screen, 'fingerprint', hubUrl)).fingerprint).toBe(printed);
    // Plain HTTP gets no answer from the API.
    expect((await from(lan.screen, 'plain', hubUrl)).status ?? 0).not.toBe(200);
    // DNS rebinding: a name the hub does not serve is refused, on the LAN too.
    expect((await screenCall('kiosk.info', {}, '', 'evil.example')).status).toBe(421);
  });

  it('gives an unpaired screen only the pairing page, pairs it with the admin code, and pushes changes to it', async () => {
    expect(code(await screenCall('kiosk.info', {}))).toBe('device_unpaired');
    const signIn = await hubCall('auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
    const admin = cookieOf(signIn, 'hongyi_client');
    const made = await hubCall('devices.pairingCode', {}, admin);
    const { value } = JSON.parse(made.body ?? '{}') as { value: { code: string; lan: { urls: string[] } } };
    expect(value.lan.urls).toContain(hubUrl);

    const wrong = await screenCall('devices.pair', {
      code: value.code === '000000' ? '111111' : '000000',
      name: '二楼展示屏',
      purpose: 'kiosk',
    });
    expect(code(wrong)).toBe('pairing_code_wrong');
    const paired = await screenCall('devices.pair', {
      code: value.code,
      name: '二楼展示屏',
      purpose: 'kiosk',
    });
    expect(code(paired)).toBe('ok');
    const device = cookieOf(paired, 'hongyi_device');
    expect(device).not.toBe('');
    const info = await screenCall('kiosk.info', {}, device);
    expect(JSON.parse(info.body ?? '{}')).toMatchObject({
      ok: true,
      value: { device: { name: '二楼展示屏' } },
    });
    // Paired is not signed in: staff methods still need a staff sign-in.
    expect(code(await screenCall('devices.list', {}, device))).toBe('unauthenticated');

    // A loan at the hub's desk reaches the screen's event stream.
    const listening = from(lan.screen, 'events', hubUrl, ca, device, '4000');
    await new Promise((r) => setTimeout(r, 1500));
    const { barcode, cardNo } = freeCopy(data.dir);
    expect(
      code(await hubCall('lending.checkout', { barcode, cardNo, requestId: crypto.randomUUID() }, admin)),
    ).toBe('ok');
    expect((await listening).events).toContain('data.changed');
  });

  it('comes back by itself after the hub goes away: same certificate, the screen still paired', async () => {
    const signIn = await hubCall('auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
    const made = await hubCall('devices.pairingCode', {}, cookieOf(signIn, 'hongyi_client'));
    const { value } = JSON.parse(made.body ?? '{}') as { value: { code: string } };
    const device = cookieOf(
      await screenCall('devices.pair', { code: value.code, name: '一楼工作台', purpose: 'desk' }),
      'hongyi_device',
    );
    const before = (await from(lan.screen, 'fingerprint', hubUrl)).fingerprint;

    await hub.kill();
    expect(code(await screenCall('kiosk.info', {}, device))).toBe('ECONNREFUSED');
    hub = await startHub();
    expect((await from(lan.screen, 'fingerprint', hubUrl)).fingerprint).toBe(before);
    const info = await screenCall('kiosk.info', {}, device);
    expect(JSON.parse(info.body ?? '{}')).toMatchObject({ ok: true, value: { device: { purpose: 'desk' } } });
  }, 180_000);
});

/** A copy on the shelf nobody waits for, and an active borrower, from the demo centre. */
function freeCopy(dataDir: string): { barcode: string; cardNo: string } {
  const db = new Database(path.join(dataDir, 'hongyi.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const copy = db
      .prepare<[], { barcode: string }>(
        `SELECT c.barcode FROM copies c WHERE c.status = 'available' AND c.withdrawn_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.title_id = c.title_id AND h.status IN ('waiting', 'ready'))
         ORDER BY c.id LIMIT 1`,
      )
      .get();
    const borrower = db
      .prepare<[], { card_no: string }>(
        `SELECT card_no FROM borrowers b WHERE b.active = 1
           AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.borrower_id = b.id AND l.returned_at IS NULL)
         ORDER BY id LIMIT 1`,
      )
      .get();
    if (!copy || !borrower) throw new Error('the demo centre has no free copy or borrower');
    return { barcode: copy.barcode, cardNo: borrower.card_no };
  } finally {
    db.close();
  }
}
