import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import path from 'node:path';
import {
  openSharedTestCore,
  pairTestDevice,
  type SharedTestCore,
  type TestCoreOptions,
} from '../core/testing';
import type { ShellHooks } from '../core/context';
import { silentLogger } from '../core/log';
import type { Result } from '../shared';
import { startHost, type HostLimits, type RunningHost } from './server';
import type { HubCertificate } from './tls';

/**
 * Test support for the HTTP shell: a real host on a free loopback port over a real Core, and
 * raw requests for what fetch will not send (a forged Host header, an unnormalised path).
 * Only tests import this file.
 */

export const INDEX_HTML =
  '<!doctype html><title>Hongyi</title><script type="module" src="/assets/app-1a2b.js"></script>';
export const APP_JS = 'console.log("kiosk");';
/** Sits next to the renderer folder: reaching it means a path escaped. */
export const OUTSIDE_SECRET = '{"name":"outside-the-renderer"}';

export interface TestHost {
  t: SharedTestCore;
  host: RunningHost;
  url: string;
  /** Every error body the tests saw, to check that none gives anything away. */
  errorBodies: string[];
  /** The device cookie of a paired screen on the LAN at `address` (127.x, see {@link RawRequest}). */
  deviceOf(address: string): string;
  close(): Promise<void>;
}

export async function startTestHost(
  options: {
    bind?: string;
    core?: Omit<TestCoreOptions, 'dataDir'>;
    limits?: Partial<HostLimits>;
    names?: string[];
    /** LAN mode: HTTPS with this certificate, and screens pair. */
    tls?: HubCertificate;
  } = {},
): Promise<TestHost> {
  const shell: ShellHooks = {};
  const t = await openSharedTestCore({ shell, ...options.core });
  const root = path.join(t.dataDir, 'www');
  fs.mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(root, 'renderer', 'assets', 'app-1a2b.js'), APP_JS);
  fs.writeFileSync(path.join(root, 'package.json'), OUTSIDE_SECRET);
  const host = await startHost({
    core: t.core,
    staticDir: path.join(root, 'renderer'),
    log: silentLogger,
    ...(options.bind ? { host: options.bind } : {}),
    // The tests' clients share the host's process: on a starved machine the loop that would read
    // a refused upload's answer can come after the 2-s cut of its connection, and the reset loses
    // the answer (seen in CI at load 9). Their hosts linger longer; the cut itself is the same.
    limits: { discardTimeout: 30_000, ...options.limits },
    ...(options.names ? { names: options.names } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  if (host.lan) shell.lan = host.lan;
  const devices = new Map<string, string>();
  return {
    t,
    host,
    url: host.url,
    errorBodies: [],
    deviceOf: (address) => {
      const token = devices.get(address) ?? pairTestDevice(t.dbFile, address);
      devices.set(address, token);
      return token;
    },
    close: async () => {
      await host.close();
      t.dispose();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /**
   * The address the request comes from. Any 127.x address but 127.0.0.1 stands for a device on the
   * LAN: the host takes only 127.0.0.1 and ::1 for the hub's own screen.
   */
  from?: string;
  /** The host it is sent to (127.0.0.1 unless the test host listens elsewhere). */
  to?: string;
  /** Over HTTPS, trusting this certificate alone (as a screen that accepted the hub's). */
  ca?: string;
}

/** One request exactly as given: the path is not normalised and any Host header can be sent. */
export function rawRequest(port: number, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = (request.ca ? https : http).request(
      {
        // The certificate is checked against the address connected to, whatever Host header is sent.
        ...(request.ca
          ? {
              ca: request.ca,
              checkServerIdentity: (_host: string, cert: tls.PeerCertificate) =>
                tls.checkServerIdentity(request.to ?? '127.0.0.1', cert),
            }
          : {}),
        host: request.to ?? '127.0.0.1',
        port,
        ...(request.from ? { localAddress: request.from } : {}),
        agent: false,
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

/** A browser's cookie jar for one origin: what the host set, sent back on every request. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  setCookies: string[] = [];

  header(): Record<string, string> {
    const value = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return value ? { Cookie: value } : {};
  }

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
}

export interface ApiAnswer {
  status: number;
  body: Result<unknown>;
  /** The client token the host set, if it set one. */
  setToken: string | null;
}

/** The client and device cookies a browser would send. */
function cookieHeader(options: { token?: string; device?: string }): Record<string, string> {
  const cookies = [
    ...(options.token ? [`hongyi_client=${options.token}`] : []),
    ...(options.device ? [`hongyi_device=${options.device}`] : []),
  ];
  return cookies.length ? { Cookie: cookies.join('; ') } : {};
}

/** `POST /api/invoke` on a connection of its own, from a given address and with a given cookie. */
export async function callApi(
  port: number,
  method: string,
  input: unknown,
  options: { from?: string; to?: string; token?: string; device?: string; ca?: string } = {},
): Promise<ApiAnswer> {
  const to = options.to ?? '127.0.0.1';
  const answer = await rawRequest(port, {
    method: 'POST',
    path: '/api/invoke',
    to,
    ...(options.from ? { from: options.from } : {}),
    ...(options.ca ? { ca: options.ca } : {}),
    headers: {
      Host: `${to}:${port}`,
      'Content-Type': 'application/json',
      'X-Kiosk': '1',
      ...cookieHeader(options),
    },
    body: JSON.stringify({ method, input }),
  });
  const setCookie = answer.headers['set-cookie']?.find((c) => c.startsWith('hongyi_client='));
  return {
    status: answer.status,
    body: JSON.parse(answer.body) as Result<unknown>,
    setToken: setCookie ? (/^hongyi_client=([^;]*)/.exec(setCookie)?.[1] ?? null) : null,
  };
}

/** The error code of a refused answer, or 'ok'. */
export const codeOf = (answer: ApiAnswer): string => (answer.body.ok ? 'ok' : answer.body.error.code);
