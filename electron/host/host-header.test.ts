import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { rawRequest, startTestHost } from './host-testing';

const FOREIGN = ['evil.example', 'evil.example:8170', '127.0.0.1.evil.example', '192.0.2.44', 'localhost.'];

async function statusFor(port: number, to: string, host: string, api = false): Promise<number> {
  const answer = await rawRequest(port, {
    to,
    method: api ? 'POST' : 'GET',
    path: api ? '/api/invoke' : '/',
    headers: api ? { Host: host, 'Content-Type': 'application/json', 'X-Kiosk': '1' } : { Host: host },
    ...(api ? { body: JSON.stringify({ method: 'kiosk.info' }) } : {}),
  });
  return answer.status;
}

describe('the Host header, in every mode', () => {
  it('bound to one address: answers to that address and this machine name, refuses others with 421', async () => {
    const h = await startTestHost({ bind: '127.0.0.2' });
    try {
      const port = h.host.port;
      for (const host of FOREIGN) {
        expect(await statusFor(port, '127.0.0.2', host), host).toBe(421);
        expect(await statusFor(port, '127.0.0.2', host, true), host).toBe(421);
      }
      for (const host of [`127.0.0.2:${port}`, '127.0.0.2', os.hostname(), `${os.hostname()}:${port}`]) {
        expect(await statusFor(port, '127.0.0.2', host), host).toBe(200);
      }
    } finally {
      await h.close();
    }
  });

  it('bound to every address: answers to loopback, the machine own addresses and the names it is given', async () => {
    const h = await startTestHost({ bind: '0.0.0.0', names: ['Hongyi-Hub.lan'] });
    try {
      const port = h.host.port;
      for (const host of [...FOREIGN, 'kiosk-2.lan']) {
        expect(await statusFor(port, '127.0.0.1', host), host).toBe(421);
        expect(await statusFor(port, '127.0.0.1', host, true), host).toBe(421);
      }
      const own = Object.values(os.networkInterfaces())
        .flat()
        .flatMap((i) => (i ? [i.family === 'IPv6' ? `[${i.address}]` : i.address] : []));
      for (const host of [
        'localhost',
        `127.0.0.1:${port}`,
        'hongyi-hub.lan',
        `hongyi-hub.lan:${port}`,
        ...own,
      ]) {
        expect(await statusFor(port, '127.0.0.1', host), host).toBe(200);
      }
    } finally {
      await h.close();
    }
  });
});
