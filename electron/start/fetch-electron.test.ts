import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchElectron } from './fetch-electron';

const dirs: string[] = [];

/** A stand-in for node_modules/electron whose install.js does what the script says (no network here). */
function fakeElectronPackage(script: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-fake-electron-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'install.js'), script);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('fetchElectron with a stand-in installer', () => {
  it('reports the reason a download failed', async () => {
    const dir = fakeElectronPackage(
      "console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at x (y.js:1:1)'); process.exit(1);",
    );
    expect(await fetchElectron(dir, 10_000)).toEqual({
      ok: false,
      timedOut: false,
      detail: 'RequestError: getaddrinfo ENOTFOUND github.com',
    });
  });

  it('stops an installer that hangs at the time limit', async () => {
    const dir = fakeElectronPackage('setInterval(() => {}, 1000);');
    const outcome = await fetchElectron(dir, 300);
    expect(outcome).toMatchObject({ ok: false, timedOut: true });
  });

  it('succeeds when the installer does', async () => {
    const dir = fakeElectronPackage('process.exit(0);');
    expect(await fetchElectron(dir, 10_000)).toEqual({ ok: true });
  });
});
