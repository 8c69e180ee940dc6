import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOOPBACK_NAMES } from '../host/host-names';
import { parseServeArgs, type ServeOptions } from '../host/options';
import { startBrowserMode } from './browser-mode';
import { resolveElectronBinary, type BinaryIo } from './electron-binary';
import { fetchElectron } from './fetch-electron';
import { launchElectron } from './launch-electron';
import { offlineNotice, type ElectronFailure } from './offline-notice';

/** Long enough for a slow mirror to deliver ~110 MB, short enough that an offline start is not stuck. */
const FETCH_SECONDS = 60;

// dist/electron/start.js → the project folder, whose package.json "main" is the Electron entry.
const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function electronPackageDir(): string | null {
  try {
    return path.dirname(
      createRequire(path.join(PROJECT_DIR, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return null;
  }
}

function electronVersion(electronDir: string | null): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(electronDir ?? '', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '45';
  } catch {
    return '45';
  }
}

/** Finds, or once fetches, the Electron binary; the failure says why there is none. */
async function findElectron(
  electronDir: string | null,
): Promise<{ binary: string } | { failure: ElectronFailure }> {
  const io: BinaryIo = {
    env: process.env,
    platform: process.platform,
    electronDir,
    readText: (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null),
    exists: (file) => fs.existsSync(file),
  };
  const first = resolveElectronBinary(io);
  if (first.found) return { binary: first.path };
  if (first.reason === 'no-package') return { failure: { kind: 'no-package' } };
  if (first.reason === 'override-empty')
    return { failure: { kind: 'override-empty', path: first.path ?? '' } };
  if (!electronDir) return { failure: { kind: 'no-package' } };

  console.log(`The Electron binary is not installed yet: fetching it once (${FETCH_SECONDS} s at most)...`);
  const outcome = await fetchElectron(electronDir, FETCH_SECONDS * 1000);
  const second = resolveElectronBinary(io);
  if (second.found) return { binary: second.path };
  const where = second.path ?? electronDir;
  if (outcome.ok)
    return { failure: { kind: 'download-failed', path: where, detail: 'the installer left no executable' } };
  if (outcome.timedOut) return { failure: { kind: 'download-timeout', path: where, seconds: FETCH_SECONDS } };
  return { failure: { kind: 'download-failed', path: where, detail: outcome.detail } };
}

/** `npm start`: the Electron kiosk, or browser mode where Electron cannot be had. */
async function main(argv: string[]): Promise<void> {
  let options: ServeOptions;
  try {
    // The same switches as `npm run serve`; checked here so a typo fails before anything starts.
    options = parseServeArgs(argv);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
  if (!LOOPBACK_NAMES.has(options.host)) {
    // The hub of a LAN serves the other screens over HTTPS: that is the HTTP shell's work, and its
    // own screen is then the kiosk browser on loopback.
    console.log(`--host ${options.host}: serving the centre's LAN, with the kiosk in browser mode.`);
    await startBrowserMode(options);
    return;
  }
  const electronDir = electronPackageDir();
  const found = await findElectron(electronDir);
  let failure: ElectronFailure;
  if ('binary' in found) {
    const detail = await launchElectron(found.binary, PROJECT_DIR, argv);
    failure = { kind: 'launch-failed', path: found.binary, detail };
  } else failure = found.failure;

  console.log('');
  console.log(
    offlineNotice(failure, {
      version: electronVersion(electronDir),
      platform: process.platform,
      arch: process.arch,
    }),
  );
  console.log('');
  await startBrowserMode(options);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
