import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../../electron/shared';

/** The built HTTP shell, as `npm run serve` starts it (`node electron/build.mjs` makes it). */
export const HOST_JS = path.join(process.cwd(), 'dist/electron/host.js');

export const hostBuilt = (hostJs = HOST_JS): boolean => fs.existsSync(hostJs);

/**
 * Every host this process started and has not yet seen exit, and every data folder not yet removed:
 * killed and removed if this process ends first, by its own end or by SIGINT or SIGTERM (Ctrl-C on a
 * bench, a test runner stopping its worker), whose default action would leave them behind. The signal
 * is then raised again, to end this process as it would have ended.
 */
const live = new Set<ChildProcess>();
const folders = new Set<string>();
const cleanUp = () => {
  for (const child of live) child.kill('SIGKILL');
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
};
const onSignal = (signal: NodeJS.Signals) => {
  cleanUp();
  unwatch();
  process.kill(process.pid, signal);
};
function watch(): void {
  if (live.size + folders.size > 0) return;
  process.on('exit', cleanUp);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
function unwatch(): void {
  process.off('exit', cleanUp);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
const release = () => {
  if (live.size + folders.size === 0) unwatch();
};

/** A fresh data folder under the system's temporary folder, removed by `remove` or when this process ends. */
export function tempDataDir(prefix: string): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  watch();
  folders.add(dir);
  return {
    dir,
    remove: () => {
      fs.rmSync(dir, { recursive: true, force: true });
      folders.delete(dir);
      release();
    },
  };
}

export interface HostProcess {
  url: string;
  /** From spawn to the "Listening on" line. */
  startMs: number;
  /** Everything the host printed, for a failure's message. */
  output(): string;
  /** SIGKILL, as a power cut or the task manager would; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the host closes its server and the database, then exits. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/**
 * Starts the real host on `dataDir` (a fresh folder gets the demo centre) on a free loopback port and
 * waits for it to listen. A host that says its database is damaged is refused: it would serve the
 * newest backup read-only, and every write after it would be refused.
 */
export async function startHostProcess(
  dataDir: string,
  adminPin: string,
  hostJs = HOST_JS,
  /** `--host` and `--port` (a free loopback port by default), and a prefix such as `ip netns exec NS`. */
  where: { host?: string; port?: number; prefix?: readonly string[] } = {},
): Promise<HostProcess> {
  const t0 = performance.now();
  const [command = process.execPath, ...prefixArgs] = [...(where.prefix ?? []), process.execPath];
  const args = [hostJs, '--port', String(where.port ?? 0), '--data', dataDir, '--admin-pin', adminPin];
  if (where.host) args.push('--host', where.host);
  const child = spawn(command, [...prefixArgs, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HONGYI_ADMIN_PIN: '' },
  });
  watch();
  live.add(child);
  child.once('exit', () => {
    live.delete(child);
    release();
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const gone = exited(child);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the host did not start within 120 s')), 120_000);
      const onData = () => {
        if (/database is damaged/.test(output)) {
          clearTimeout(timer);
          reject(new Error('the host found its database damaged'));
        }
        const m = /Listening on (https?:\/\/\S+)/.exec(output);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      void gone.then(() => {
        clearTimeout(timer);
        reject(new Error(`the host exited (${child.exitCode ?? child.signalCode})`));
      });
    });
    const startMs = performance.now() - t0;
    return {
      url,
      startMs,
      output: () => output,
      kill: async () => {
        child.kill('SIGKILL');
        await gone;
      },
      stop: async () => {
        child.kill('SIGTERM');
        await gone;
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    await gone;
    throw new Error(`${err instanceof Error ? err.message : String(err)}:\n${output}`, { cause: err });
  }
}

/** A client of the host as the kiosk's browser is one: X-Kiosk, JSON, and the cookies it was given. */
export class HostClient {
  private cookies = new Map<string, string>();

  constructor(private readonly url: string) {}

  /** The answer, or a throw when no answer came (the host was killed, the connection cut). */
  async invoke<T>(method: string, input: unknown): Promise<Result<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.url}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify({ method, input }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    // The body is read to its end: an answer cut off by the kill is no answer.
    return (await res.json()) as Result<T>;
  }

  async ok<T>(method: string, input: unknown): Promise<T> {
    const result = await this.invoke<T>(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
}
