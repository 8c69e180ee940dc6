import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_PIN } from '../core/testing';
import { callApi, codeOf, rawRequest, startTestHost, type TestHost } from './host-testing';

const MB = 1024 * 1024;
let h: TestHost;
beforeAll(async () => {
  h = await startTestHost({
    limits: {
      eventStreamsPerClient: 2,
      eventStreams: 3,
      headersTimeout: 300,
      connectionsCheckingInterval: 50,
    },
  });
});
afterAll(() => h.close());

interface Upload {
  status: number;
  /** Body bytes the client had handed to its socket when the answer came. */
  sent: number;
}

/**
 * A POST whose body is written chunk by chunk, each only once the socket took the last one, until
 * the host answers: what it read before answering is at most what was sent by then.
 */
function upload(
  path: string,
  headers: Record<string, string>,
  bodySize: number,
  options: { headersOnly?: boolean } = {},
): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: h.host.port });
    let sent = 0;
    let answered = false;
    let response = '';
    const chunked = headers['Content-Length'] === undefined;
    socket.on('data', (d: Buffer) => {
      response += d.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(response);
      if (m && !answered) {
        answered = true;
        resolve({ status: Number(m[1]), sent });
        socket.destroy();
      }
    });
    socket.on('error', (err) => {
      if (!answered) reject(err);
    });
    const head = [
      `POST ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${h.host.port}`,
      'Content-Type: application/json',
      'X-Kiosk: 1',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ...(chunked ? ['Transfer-Encoding: chunked'] : []),
      '',
      '',
    ].join('\r\n');
    socket.write(head);
    if (options.headersOnly) return;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const next = () => {
      if (answered || socket.destroyed) return;
      if (sent >= bodySize) return void socket.write(chunked ? '0\r\n\r\n' : '');
      sent += chunk.length;
      const framed = chunked
        ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
        : chunk;
      // Waits for the socket to take the chunk: nothing piles up on the client side.
      socket.write(framed, () => setImmediate(next));
    };
    next();
  });
}

describe('request bodies', () => {
  it('a declared length over the limit is refused before a byte of the body is sent', async () => {
    const answer = await upload('/api/invoke', { 'Content-Length': String(48 * MB) }, 48 * MB, {
      headersOnly: true,
    });
    expect(answer).toEqual({ status: 413, sent: 0 });
  });

  it('a body of no declared length is refused once it passes 1 MB, long before its end', async () => {
    const answer = await upload('/api/invoke', {}, 48 * MB);
    expect(answer.status).toBe(413);
    // 1 MB read, plus what the sockets' buffers hold on the way: far from the 48 MB sent in all.
    expect(answer.sent).toBeGreaterThan(MB);
    expect(answer.sent).toBeLessThan(12 * MB);
  });

  it('a visitor cannot claim an import method larger limit: refused before the body', async () => {
    const answer = await upload(
      '/api/invoke?method=catalogue.import',
      { 'Content-Length': String(20 * MB) },
      20 * MB,
      { headersOnly: true },
    );
    expect(answer).toEqual({ status: 401, sent: 0 });
  });

  it('staff may send an import over 1 MB when the URL names the method', async () => {
    const signed = await callApi(h.host.port, 'auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN });
    const body = JSON.stringify({
      method: 'catalogue.import',
      input: { fileName: 'big.csv', contentBase64: Buffer.alloc(2 * MB, 0x41).toString('base64') },
    });
    const send = (path: string, method = 'catalogue.import') =>
      rawRequest(h.host.port, {
        method: 'POST',
        path,
        headers: {
          Host: `127.0.0.1:${h.host.port}`,
          'Content-Type': 'application/json',
          'X-Kiosk': '1',
          Cookie: `hongyi_client=${signed.setToken ?? ''}`,
        },
        body: method === 'catalogue.import' ? body : body.replace('catalogue.import', method),
      });
    // Without the method in the URL, 1 MB is the limit (a client that stops sending once answered).
    const unnamed = await upload('/api/invoke', { Cookie: `hongyi_client=${signed.setToken ?? ''}` }, 3 * MB);
    expect(unnamed.status).toBe(413);
    const named = await send('/api/invoke?method=catalogue.import');
    expect(named.status).not.toBe(413);
    expect(JSON.parse(named.body)).toMatchObject({ ok: false, error: { code: 'import_unreadable' } });
    // The URL and the body must name the same method.
    expect((await send('/api/invoke?method=catalogue.import', 'kiosk.info')).status).toBe(400);
  });
});

/** Opens an event stream from an address; resolves with its status and a way to close it. */
function openStream(from: string): Promise<{ status: number; close: () => void }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: h.host.port, localAddress: from });
    let text = '';
    socket.on('data', (d: Buffer) => {
      text += d.toString();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (m) {
        socket.removeAllListeners('data');
        resolve({ status: Number(m[1]), close: () => socket.destroy() });
      }
    });
    socket.on('error', reject);
    // The hub's own screen needs no pairing; a device on the LAN sends its device cookie.
    const cookie = from === '127.0.0.1' ? '' : `Cookie: hongyi_device=${h.deviceOf(from)}\r\n`;
    socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${h.host.port}\r\n${cookie}\r\n`);
  });
}

describe('event streams', () => {
  it('are capped per client (429) and in all (503); the hub own screen keeps its stream', async () => {
    const a1 = await openStream('127.0.0.5');
    const a2 = await openStream('127.0.0.5');
    const a3 = await openStream('127.0.0.5');
    expect([a1.status, a2.status, a3.status]).toEqual([200, 200, 429]);
    const b1 = await openStream('127.0.0.6');
    expect(b1.status).toBe(200);
    const c1 = await openStream('127.0.0.7');
    expect(c1.status).toBe(503);
    const screen = await openStream('127.0.0.1');
    expect(screen.status).toBe(200);
    // A closed stream frees its place, once the host has seen it close.
    a1.close();
    let c2 = await openStream('127.0.0.7');
    for (let i = 0; i < 100 && c2.status !== 200; i++) {
      c2.close();
      await new Promise((r) => setTimeout(r, 20));
      c2 = await openStream('127.0.0.7');
    }
    for (const s of [a2, a3, b1, c1, screen, c2]) s.close();
    expect(c2.status).toBe(200);
  });
});

describe('slow clients', () => {
  it('a request whose headers never end is closed by the host', async () => {
    const socket = net.connect({ host: '127.0.0.1', port: h.host.port, localAddress: '127.0.0.5' });
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.host.port}\r\nX-Slow: `);
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
    expect(text).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('diagnostics.logError over HTTP', () => {
  it('is limited per client', async () => {
    const report = (from: string) =>
      callApi(
        h.host.port,
        'diagnostics.logError',
        { message: 'x', route: '/' },
        { from, device: h.deviceOf(from) },
      );
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) codes.push(codeOf(await report('127.0.0.8')));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
    expect(codes.slice(10)).toEqual(['too_many_requests', 'too_many_requests']);
    expect(codeOf(await report('127.0.0.9'))).toBe('ok');
  });
});
