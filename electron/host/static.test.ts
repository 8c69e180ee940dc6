import os from 'node:os';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../core/security';
import { APP_JS, INDEX_HTML, OUTSIDE_SECRET, rawRequest, startTestHost, type TestHost } from './host-testing';

let h: TestHost;
beforeAll(async () => {
  h = await startTestHost();
});
afterAll(() => h.close());

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(h.host.port, { method, path, headers: { Host: `127.0.0.1:${h.host.port}`, ...headers } });

describe('the renderer files', () => {
  it('are served with the CSP and the security headers', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(page.headers[name.toLowerCase()], name).toBe(value);
    }
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.headers['cache-control']).toBe('no-cache');

    const script = await get('/assets/app-1a2b.js');
    expect(script.status).toBe(200);
    expect(script.body).toBe(APP_JS);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answer HEAD without a body, other verbs with 405, a missing file with 404', async () => {
    const head = await get('/index.html', {}, 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const missing = await get('/nothing-here.js');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await get('/api/nothing')).status).toBe(404);
  });

  it('never serve a file outside the renderer folder', async () => {
    const attempts = [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/%252e%252e/package.json',
      '//../package.json',
      '/....//package.json',
      '/index.html%00.js',
      '/%E0%A4%A',
      '/%',
    ];
    for (const path of attempts) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain(OUTSIDE_SECRET);
      h.errorBodies.push(answer.body);
    }
  });
});

describe('the Host header', () => {
  it('must name loopback when the host is bound to loopback', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${h.host.port}`,
      '127.0.0.1.evil.example',
      '192.168.1.20',
    ]) {
      const answer = await get('/', { Host: host });
      expect(answer.status, host).toBe(421);
      h.errorBodies.push(answer.body);
      const api = await rawRequest(h.host.port, {
        method: 'POST',
        path: '/api/invoke',
        headers: { Host: host, 'Content-Type': 'application/json', 'X-Kiosk': '1' },
        body: JSON.stringify({ method: 'kiosk.info' }),
      });
      expect(api.status, host).toBe(421);
    }
    for (const host of [
      `localhost:${h.host.port}`,
      `127.0.0.1:${h.host.port}`,
      `[::1]:${h.host.port}`,
      'localhost',
    ]) {
      expect((await get('/', { Host: host })).status, host).toBe(200);
    }
  });

  it('is checked too when the host is given an address to listen on (host-header.test.ts)', async () => {
    const lan = await startTestHost({ bind: '0.0.0.0' });
    try {
      expect(lan.url).toBe(`http://127.0.0.1:${lan.host.port}`);
      const answer = await rawRequest(lan.host.port, {
        path: '/',
        headers: { Host: `kiosk-2.lan:${lan.host.port}` },
      });
      expect(answer.status).toBe(421);
    } finally {
      await lan.close();
    }
  });
});

describe('binding', () => {
  it('listens on 127.0.0.1 only by default', async () => {
    expect(h.url).toBe(`http://127.0.0.1:${h.host.port}`);
    expect(h.host.port).toBeGreaterThan(0);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!outside) return;
    const reached = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: outside, port: h.host.port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });
});

describe('error bodies', () => {
  it('carry no stack trace, SQL or file path', () => {
    expect(h.errorBodies.length).toBeGreaterThan(10);
    for (const body of h.errorBodies) {
      expect(body).not.toMatch(/\n\s+at |SQLITE|SELECT |node_modules|\.ts:\d|\/tmp\/|URIError/);
      expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: expect.any(String) as unknown } });
    }
  });
});
