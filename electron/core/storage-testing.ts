import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * Test support for storage faults: real mounts and real file modes, so SQLite and Node meet the
 * kernel's own errors.
 * Mounting needs root (Linux); a test that needs it asks {@link needsRoot} first and is skipped,
 * with the reason printed, everywhere else.
 */

/** Why a storage-fault test cannot run here, or null when it can. */
export function whyNotRoot(): string | null {
  if (process.platform !== 'linux') return 'mounts a tmpfs: Linux only';
  if (process.getuid?.() !== 0) return 'mounts a tmpfs, bind mounts a file, runs as nobody: needs root';
  return null;
}

/** Prints why the test is skipped; vitest's `it.skipIf` says only that it was. */
export function needsRoot(): boolean {
  const why = whyNotRoot();
  if (why) console.warn(`storage-fault test skipped: ${why}`);
  return why === null;
}

function mount(...args: string[]): void {
  execFileSync('mount', args, { stdio: 'pipe' });
}

/** A fresh tmpfs of `sizeMB`, unmounted (and its mount point removed) when the test ends. */
export function tmpfs(sizeMB: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-tmpfs-'));
  mount('-t', 'tmpfs', '-o', `size=${sizeMB}m`, 'tmpfs', dir);
  onTestFinished(() => {
    // Lazy: a handle the test left open must not leave the mount behind.
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Remounts a tmpfs made by {@link tmpfs} read-only (EROFS for everyone, root included). */
export function remountReadOnly(dir: string): void {
  mount('-o', 'remount,ro', dir);
}

/**
 * Makes one file read-only (a read-only bind mount over itself): its folder stays writable. Undone
 * when the test ends. Root ignores a file's mode, so a chmod would not do for these tests.
 */
export function readOnlyFile(file: string): void {
  mount('--bind', file, file);
  mount('-o', 'remount,bind,ro', file);
  onTestFinished(() => {
    execFileSync('umount', ['-l', file], { stdio: 'pipe' });
  });
}

/** Fills the disk holding `dir` to the last byte with one file, `filler`, and returns its path. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  try {
    const chunk = Buffer.alloc(64 * 1024, 1);
    for (;;) {
      try {
        fs.writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
        throw err;
      }
    }
    // The last partial chunk: fill what is left byte by byte in halves.
    for (let size = 32 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try {
        fs.writeSync(fd, chunk.subarray(0, size));
      } catch {
        // Too large for what is left; try half.
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/** The user id of `nobody` on Linux: who a chmod'ed file or folder refuses (root ignores modes). */
const NOBODY = 65534;

/**
 * Runs `work` as `nobody` (the effective user id; the process stays root underneath), with every
 * file and folder under `dir` given to `nobody` first, so that a chmod there refuses as it would
 * refuse a kiosk's own user. Root again afterwards, whatever happens; the files go back to root.
 */
export async function asNobody<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const chown = (p: string): void => {
    fs.chownSync(p, NOBODY, NOBODY);
    if (fs.statSync(p).isDirectory()) for (const name of fs.readdirSync(p)) chown(path.join(p, name));
  };
  chown(dir);
  process.seteuid?.(NOBODY);
  try {
    return await work();
  } finally {
    process.seteuid?.(0);
  }
}
