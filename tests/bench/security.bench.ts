import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';
import Database from 'better-sqlite3';
import { Core, silentLogger } from '../../electron/core';
import { tokenHash } from '../../electron/core/platform/devices/devices.repo';
import { startHost } from '../../electron/host/server';
import { figure, section } from './stats';

const ROOT = process.cwd();
const HOST_JS = path.join(ROOT, 'dist/electron/host.js');
const MB = 1024 * 1024;
const PIN = '246810';
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

// Every scrypt call in this process, PIN checks included: core imports `scrypt` from node:crypto,
// and the builtin's ESM export follows its CommonJS one once synced.
let scryptCalls = 0;
const realScrypt = crypto.scrypt;
(crypto as { scrypt: unknown }).scrypt = (...args: Parameters<typeof realScrypt>) => {
  scryptCalls++;
  return (realScrypt as (...a: unknown[]) => void)(...args);
};
syncBuiltinESMExports();

function post(port: number, body: string, from: string, cookie = ''): Promise<{ code: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        agent: false,
        method: 'POST',
        path: '/api/invoke',
        headers: {
          Host: `127.0.0.1:${port}`,
          'Content-Type': 'application/json',
          'X-Kiosk': '1',
          ...(cookie ? { Cookie: cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { ok: boolean; error?: { code: string } };
          resolve({ code: parsed.ok ? 'ok' : (parsed.error?.code ?? '?') });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** 100 sign-ins at once on one account, one with the right PIN: how many PINs are checked. */
async function pinChecksUnderAttack(): Promise<void> {
  const core = await Core.open({
    dataDir: tmp('hongyi-bench-pin-'),
    demo: false,
    adminPin: PIN,
    log: silentLogger,
  });
  const host = await startHost({ core, staticDir: tmp('hongyi-bench-www-'), log: silentLogger });
  try {
    // The attackers on the LAN are paired screens (a stolen tablet): unpaired ones get no PIN check.
    const devices = new Map<string, string>();
    const deviceOf = (from: string) => {
      let token = devices.get(from);
      if (!token) {
        token = crypto.randomBytes(32).toString('base64url');
        const db = new Database(core.dbFile);
        db.prepare(
          `INSERT INTO devices (name, purpose, token_hash, paired_at, paired_by)
           VALUES (?, 'kiosk', ?, '2026-01-01T00:00:00.000Z', 'admin')`,
        ).run(from, tokenHash(token));
        db.close();
        devices.set(from, token);
      }
      return `hongyi_device=${token}`;
    };
    const signIn = (staffNo: string, pin: string, from = '127.0.0.1', cookie = '') =>
      post(
        host.port,
        JSON.stringify({ method: 'auth.signIn', input: { staffNo, pin } }),
        from,
        // 127.0.1.x stands for devices that never paired.
        from === '127.0.0.1' || from.startsWith('127.0.1.') ? cookie : deviceOf(from),
      );
    const admin = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/invoke',
          headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1' },
        },
        (res) => {
          res.resume();
          resolve(String(res.headers['set-cookie']?.[0]?.split(';')[0] ?? ''));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ method: 'auth.signIn', input: { staffNo: 'admin', pin: PIN } }));
    });
    const attack = async (label: string, staffNo: string, from: (i: number) => string) => {
      const create = { staffNo, name: staffNo, roles: ['librarian'], pin: '1357' };
      await post(host.port, JSON.stringify({ method: 'staff.create', input: create }), '127.0.0.1', admin);
      scryptCalls = 0;
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) => signIn(staffNo, i === 50 ? '1357' : String(1000 + i), from(i))),
      );
      const tally: Record<string, number> = {};
      for (const a of answers) tally[a.code] = (tally[a.code] ?? 0) + 1;
      figure(
        `${label}: PIN checks (scrypt calls)`,
        `${scryptCalls} of 100 attempts; answers ${JSON.stringify(tally)}`,
        '≤ 5',
      );
    };
    await attack('100 parallel sign-ins, one right PIN, from the hub screen', 'bench1', () => '127.0.0.1');
    await attack(
      '100 parallel sign-ins, one right PIN, from one paired LAN screen',
      'bench2',
      () => '127.0.0.5',
    );
    await attack(
      '100 parallel sign-ins, one right PIN, from 10 paired LAN screens',
      'bench3',
      (i) => `127.0.0.${10 + (i % 10)}`,
    );
    await attack(
      '100 parallel sign-ins, one right PIN, from 10 unpaired LAN devices',
      'bench4',
      (i) => `127.0.1.${10 + (i % 10)}`,
    );
  } finally {
    await host.close();
    core.close();
  }
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function startChild(): Promise<{ child: ChildProcess; port: number }> {
  const dir = tmp('hongyi-bench-rss-');
  const child = spawn(process.execPath, [HOST_JS, '--port', '0', '--data', dir, '--admin-pin', PIN], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m?.[1]) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
  return { child, port };
}

/** One anonymous POST of `size` bytes, written as fast as the host takes it; ends when answered or cut. */
function bigBody(port: number, size: number, declared: boolean): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let answer = '';
    let sent = 0;
    const done = () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 'cut');
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
      // Answered: a browser stops sending and reads on; so does this client.
      if (/^HTTP\/1\.1 \d{3}/.test(answer)) socket.destroy();
    });
    socket.on('close', done);
    socket.on('error', () => undefined);
    // The body is never valid JSON: what matters is how much of it the host holds.
    socket.write(
      [
        'POST /api/invoke HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Content-Type: application/json',
        'X-Kiosk: 1',
        declared ? `Content-Length: ${size}` : 'Transfer-Encoding: chunked',
        '',
        '',
      ].join('\r\n'),
    );
    const chunk = Buffer.alloc(MB, 0x78);
    const frame = (b: Buffer) =>
      declared ? b : Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
    const next = () => {
      if (socket.destroyed || answer) return;
      if (sent >= size) return void socket.write(declared ? '' : '0\r\n\r\n');
      sent += chunk.length;
      socket.write(frame(chunk), (err) => (err ? undefined : next()));
    };
    next();
  });
}

/** The host's resident memory while six anonymous clients each send a 48 MB body at once. */
async function memoryUnderBigBodies(): Promise<void> {
  if (!fs.existsSync(HOST_JS))
    return figure('host memory under oversized bodies', 'skipped: no dist/electron/host.js');
  for (const declared of [true, false]) {
    const { child, port } = await startChild();
    try {
      const pid = child.pid ?? 0;
      await new Promise((r) => setTimeout(r, 1500));
      const idle = rssMiB(pid);
      let peak = idle;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 20);
      const statuses = await Promise.all(Array.from({ length: 6 }, () => bigBody(port, 48 * MB, declared)));
      clearInterval(sampler);
      peak = Math.max(peak, rssMiB(pid));
      figure(
        `host RSS, 6 parallel 48 MB bodies ${declared ? 'with Content-Length' : 'chunked, no length'}`,
        `${idle.toFixed(0)} MiB idle → peak ${peak.toFixed(0)} MiB (+${(peak - idle).toFixed(0)} MiB); answers ${statuses.join(', ')}`,
      );
    } finally {
      child.kill('SIGKILL');
    }
  }
}

export async function securityBench(): Promise<void> {
  section('Security');
  await pinChecksUnderAttack();
  await memoryUnderBigBodies();
}
