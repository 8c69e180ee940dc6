import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformExecutable, resolveElectronBinary, type BinaryIo } from './electron-binary';

const electronDir = path.join('/proj', 'node_modules', 'electron');

/** A file system of the given files (path → content) for the lookup to read. */
function io(files: Record<string, string>, overrides: Partial<BinaryIo> = {}): BinaryIo {
  return {
    env: {},
    platform: 'linux',
    electronDir,
    readText: (file) => files[file] ?? null,
    exists: (file) => file in files,
    ...overrides,
  };
}

describe('resolveElectronBinary', () => {
  it('finds the binary that install.js unpacked, through path.txt', () => {
    const bin = path.join(electronDir, 'dist', 'electron');
    expect(
      resolveElectronBinary(io({ [path.join(electronDir, 'path.txt')]: 'electron', [bin]: '' })),
    ).toEqual({
      found: true,
      path: bin,
    });
  });

  it('says the binary was never downloaded when path.txt or dist/ is missing', () => {
    const bin = path.join(electronDir, 'dist', 'electron');
    expect(resolveElectronBinary(io({}))).toEqual({ found: false, path: bin, reason: 'not-downloaded' });
    expect(resolveElectronBinary(io({ [path.join(electronDir, 'path.txt')]: 'electron' }))).toEqual({
      found: false,
      path: bin,
      reason: 'not-downloaded',
    });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, with the executable for the platform', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' };
    expect(resolveElectronBinary(io({ '/opt/electron-45/electron': '' }, { env }))).toEqual({
      found: true,
      path: '/opt/electron-45/electron',
    });
    expect(resolveElectronBinary(io({}, { env, platform: 'win32' }))).toEqual({
      found: false,
      path: path.join('/opt/electron-45', 'electron.exe'),
      reason: 'override-empty',
    });
  });

  it('reports a missing electron package', () => {
    expect(resolveElectronBinary(io({}, { electronDir: null }))).toEqual({
      found: false,
      path: null,
      reason: 'no-package',
    });
  });
});

describe('platformExecutable', () => {
  it('names the executable inside an unpacked Electron', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
