import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_PIN } from '../core/testing';
import { callApi, codeOf, rawRequest, startTestHost, type TestHost } from './host-testing';
import { hubCertificate, type HubCertificate } from './tls';

let h: TestHost;
let cert: HubCertificate;
let certDir: string;
beforeAll(async () => {
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-tls-'));
  cert = hubCertificate(certDir, ['127.0.0.1', 'localhost']);
  h = await startTestHost({ tls: cert });
});
afterAll(async () => {
  await h.close();
  fs.rmSync(certDir, { recursive: true, force: true });
});

const DEVICE = '127.0.0.5';
const api = (
  method: string,
  input: unknown,
  options: { from?: string; token?: string; device?: string } = {},
) => callApi(h.host.port, method, input, { ...options, ca: cert.cert });

async function adminToken(): Promise<string> {
  const r = await api('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN });
  return r.setToken ?? '';
}

/** Pairs the device at `from` over HTTPS and returns its cookie and what the page was answered. */
async function pair(from: string, name: string) {
  const token = await adminToken();
  const made = await api('devices.pairingCode', {}, { token });
  const { code } = (made.body.ok ? made.body.value : {}) as { code: string };
  const answer = await rawRequest(h.host.port, {
    method: 'POST',
    path: '/api/invoke',
    from,
    ca: cert.cert,
    headers: { Host: `127.0.0.1:${h.host.port}`, 'Content-Type': 'application/json', 'X-Kiosk': '1' },
    body: JSON.stringify({ method: 'devices.pair', input: { code, name, purpose: 'kiosk' } }),
  });
  const line = answer.headers['set-cookie']?.find((c) => c.startsWith('hongyi_device=')) ?? '';
  return { answer, line, device: /^hongyi_device=([^;]+)/.exec(line)?.[1] ?? '' };
}

function openStream(from: string, device: string): Promise<{ status: number; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      {
        host: '127.0.0.1',
        port: h.host.port,
        localAddress: from,
        ca: cert.cert,
        path: '/api/events',
        headers: { Cookie: `hongyi_device=${device}` },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, ended: new Promise((done) => res.on('close', () => done())) });
      },
    );
    req.on('error', reject);
  });
}

describe('the hub on the LAN', () => {
  it('speaks HTTPS only, with the certificate whose fingerprint it prints', async () => {
    expect(h.host.url).toMatch(/^https:\/\//);
    expect(h.host.lan).toEqual({ urls: [`https://127.0.0.1:${h.host.port}`], fingerprint: cert.fingerprint });
    const plain = await rawRequest(h.host.port, { path: '/' }).catch((err: unknown) => err);
    expect(plain).not.toMatchObject({ status: 200 });
    // The Host check holds over HTTPS too (DNS rebinding).
    const foreign = await rawRequest(h.host.port, {
      path: '/',
      ca: cert.cert,
      headers: { Host: 'evil.example' },
    });
    expect(foreign.status).toBe(421);
  });

  it('gives an unpaired device the page and nothing else', async () => {
    const page = await rawRequest(h.host.port, { path: '/pair?code=123456', from: DEVICE, ca: cert.cert });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Hongyi</title>');
    for (const p of [
      '/api/events',
      '/api/methods',
      '/api/packs/exhibitions?ids=1',
      '/media/0196a7c0-0000-7000-8000-000000000000',
    ]) {
      const r = await rawRequest(h.host.port, { path: p, from: DEVICE, ca: cert.cert });
      const { error } = JSON.parse(r.body) as { error: { code: string } };
      expect([p, r.status, error.code]).toEqual([p, 403, 'device_unpaired']);
    }
    const info = await api('kiosk.info', {}, { from: DEVICE });
    expect([info.status, codeOf(info)]).toEqual([403, 'device_unpaired']);
  });

  it('pairs with a one-time code into an HttpOnly, Secure cookie the page never sees', async () => {
    const { answer, line, device } = await pair(DEVICE, '二楼书吧');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      value: { device: { id: expect.any(Number) as unknown, name: '二楼书吧', purpose: 'kiosk' } },
    });
    expect(answer.body).not.toContain(device);
    expect(line).toMatch(/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    const info = await api('kiosk.info', {}, { from: DEVICE, device });
    expect(info.body).toMatchObject({ ok: true, value: { device: { name: '二楼书吧' }, setupHere: false } });
    // Paired is not signed in.
    expect(codeOf(await api('devices.list', {}, { from: DEVICE, device }))).toBe('unauthenticated');
  });

  it('unpairs a screen at once: its event stream ends and its next call gets the pairing page', async () => {
    const { device, answer } = await pair('127.0.0.6', '展厅屏');
    const { id } = (JSON.parse(answer.body) as { value: { device: { id: number } } }).value.device;
    const stream = await openStream('127.0.0.6', device);
    expect(stream.status).toBe(200);
    const token = await adminToken();
    expect(codeOf(await api('devices.revoke', { id }, { token }))).toBe('ok');
    await stream.ended;
    expect(codeOf(await api('kiosk.info', {}, { from: '127.0.0.6', device }))).toBe('device_unpaired');
    // Another paired screen goes on.
    const other = await pair('127.0.0.7', '大厅屏');
    expect(codeOf(await api('kiosk.info', {}, { from: '127.0.0.7', device: other.device }))).toBe('ok');
  });
});
