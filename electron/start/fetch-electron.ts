import { spawn } from 'node:child_process';
import path from 'node:path';
import { appendTail, firstErrorLine } from './process-output';

export type FetchOutcome = { ok: true } | { ok: false; timedOut: boolean; detail: string };

/**
 * Runs the electron package's own installer once (it honours ELECTRON_MIRROR and the download
 * cache), stopping it after `timeoutMs`: an offline machine must not hang `npm start`.
 */
export function fetchElectron(electronDir: string, timeoutMs: number): Promise<FetchOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = appendTail(output, chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, timedOut: false, detail: err.message });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && !timedOut) resolve({ ok: true });
      else resolve({ ok: false, timedOut, detail: firstErrorLine(output) });
    });
  });
}
