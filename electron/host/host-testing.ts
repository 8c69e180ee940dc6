import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { openSharedTestCore, type SharedTestCore, type TestCoreOptions } from '../core/testing';
import { silentLogger } from '../core/log';
import { startHost, type RunningHost } from './server';

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
  close(): Promise<void>;
}

export async function startTestHost(
  options: { bind?: string; core?: Omit<TestCoreOptions, 'dataDir'> } = {},
): Promise<TestHost> {
  const t = await openSharedTestCore(options.core);
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
  });
  return {
    t,
    host,
    url: host.url,
    errorBodies: [],
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

/** One request exactly as given: the path is not normalised and any Host header can be sent. */
export function rawRequest(
  port: number,
  request: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
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
