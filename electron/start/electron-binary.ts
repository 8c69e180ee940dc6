import path from 'node:path';

/** What the lookup may touch, passed in so the rule is testable without an Electron on disk. */
export interface BinaryIo {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** node_modules/electron, or null when the package is not installed. */
  electronDir: string | null;
  readText(file: string): string | null;
  exists(file: string): boolean;
}

export type BinaryLookup =
  | { found: true; path: string }
  | { found: false; path: string | null; reason: 'no-package' | 'override-empty' | 'not-downloaded' };

/** The executable inside an unpacked Electron, as electron/install.js writes it to path.txt. */
export function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * Where the Electron binary is, by the same rules as the electron package's index.js
 * (ELECTRON_OVERRIDE_DIST_PATH first, then path.txt under dist/), but without its habit of
 * starting a download when the binary is missing.
 */
export function resolveElectronBinary(io: BinaryIo): BinaryLookup {
  const pathTxt = io.electronDir ? io.readText(path.join(io.electronDir, 'path.txt'))?.trim() : undefined;
  const executable = pathTxt || platformExecutable(io.platform);
  const override = io.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const file = path.join(override, executable);
    return io.exists(file)
      ? { found: true, path: file }
      : { found: false, path: file, reason: 'override-empty' };
  }
  if (!io.electronDir) return { found: false, path: null, reason: 'no-package' };
  const file = path.join(io.electronDir, 'dist', executable);
  if (pathTxt && io.exists(file)) return { found: true, path: file };
  return { found: false, path: file, reason: 'not-downloaded' };
}
