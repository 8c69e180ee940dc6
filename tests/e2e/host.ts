import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ADMIN_PIN = '246810';

/**
 * A demo centre seeded once per run (global-setup.ts) and copied for each demo host: seeding the
 * demo takes longer than the host's own start (about 13 s against 7 s on a busy 2-core machine).
 */
export const DEMO_TEMPLATE_ENV = 'HONGYI_E2E_DEMO_TEMPLATE';

export interface TestHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the built HTTP shell (`dist/electron/host.js`) on a free loopback port with a fresh data
 * folder, as `npm run serve` would, and waits for its "Listening on" line. A folder made here is
 * removed when the host stops; one given as `dataDir` is left as it is.
 */
export async function startHost(
  options: { demo?: boolean; adminPin?: string | null; dataDir?: string } = {},
): Promise<TestHost> {
  const own = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-e2e-'));
  const pin = options.adminPin === undefined ? ADMIN_PIN : options.adminPin;
  // The template's admin PIN is ADMIN_PIN: --admin-pin sets only a fresh folder's.
  const template = process.env[DEMO_TEMPLATE_ENV];
  if (own && options.demo !== false && pin === ADMIN_PIN && template)
    fs.cpSync(template, dataDir, { recursive: true });
  const args = ['dist/electron/host.js', '--port', '0', '--data', dataDir];
  if (options.demo === false) args.push('--no-demo');
  if (pin) args.push('--admin-pin', pin);
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HONGYI_ADMIN_PIN: '' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // A fresh demo folder (the run's template) also draws and encodes the exhibitions' files first.
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Listening on (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      if (own) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
