import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ShellHooks } from '../core/context';
import { announce, serve } from '../host/cli';
import type { ServeOptions } from '../host/options';
import { browserCandidates, findBrowser, kioskBrowserArgs } from './browser-lookup';
import { appendTail, lastErrorLine } from './process-output';

/** A browser that ends sooner than this did not start (no display, refused to run, ...). */
const QUICK_EXIT_MS = 5_000;

const isFile = (file: string) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

function openKioskBrowser(
  exe: string,
  url: string,
  dataDir: string,
  shell: ShellHooks,
  spki?: string,
): ChildProcess {
  // A fresh profile each start: no "restore pages?" bubble, no state left from the last run.
  const profile = path.join(dataDir, 'browser-profile');
  fs.rmSync(profile, { recursive: true, force: true });
  fs.mkdirSync(profile, { recursive: true });
  const startedAt = Date.now();
  let stderr = '';
  let closedByAdmin = false;
  const browser = spawn(exe, kioskBrowserArgs(url, profile, spki), { stdio: ['ignore', 'ignore', 'pipe'] });
  browser.stderr?.on('data', (chunk: Buffer) => {
    stderr = appendTail(stderr, chunk);
  });
  shell.exitKiosk = () => {
    closedByAdmin = true;
    browser.kill();
  };
  const gone = (detail: string) => {
    delete shell.exitKiosk;
    const still = `The kiosk is still served at ${url} (Ctrl+C stops it).`;
    if (closedByAdmin) console.log(`The admin left kiosk mode. ${still}`);
    else if (Date.now() - startedAt < QUICK_EXIT_MS)
      console.log(
        `${exe} stopped as soon as it started (${detail}). ${still} Open it in a browser on this machine.`,
      );
    else console.log(`The kiosk browser was closed. ${still}`);
  };
  browser.once('error', (err) => gone(err.message));
  browser.once('exit', (code, signal) => {
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    // Without a reason of its own, the usual one on a kiosk PC that is still booting or remote.
    gone(`${how}: ${lastErrorLine(stderr) ?? 'perhaps there is no display'}`);
  });
  process.once('exit', () => browser.kill());
  return browser;
}

/**
 * Browser mode: the HTTP host over the same core, and Chromium/Chrome/Edge in `--kiosk --app=URL`
 * mode when one is installed. The host keeps serving if the browser cannot start or is closed.
 */
export async function startBrowserMode(options: ServeOptions): Promise<void> {
  // core reads this object on every call, so exitKiosk exists exactly while a kiosk browser runs.
  const shell: ShellHooks = {};
  const { core, host, tls } = await serve(options, shell);
  announce(options, core, host);
  const exe = findBrowser(browserCandidates(process.platform, process.env), isFile);
  if (!exe) {
    console.log(
      `No Chromium, Chrome or Edge was found: open ${host.screenUrl} in a browser on this machine, full screen.`,
    );
    return;
  }
  console.log(`Opening the kiosk in ${exe}`);
  openKioskBrowser(exe, host.screenUrl, options.dataDir, shell, tls?.spki);
}
