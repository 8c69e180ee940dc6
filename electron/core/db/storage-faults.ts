import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';

/** What a write that failed for the disk's sake is answered with: nothing was saved, and why. */
export type StorageFault = 'storage_readonly' | 'storage_full';

/**
 * SQLite's and Node's codes for a disk that takes no more bytes. SQLITE_IOERR_SHMSIZE is SQLite
 * failing to grow its shared-memory file beside the WAL, which on a full disk comes before
 * SQLITE_FULL.
 */
const FULL = new Set(['SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC', 'EDQUOT']);
/**
 * Codes for a file or folder that may not be written: SQLite's read-only family
 * (SQLITE_READONLY_DIRECTORY, _DBMOVED…), a read-only file system, a permission refused.
 */
const READONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

function codeOf(err: unknown): string | null {
  if (typeof err !== 'object' || err === null || !('code' in err)) return null;
  const { code } = err;
  return typeof code === 'string' ? code : null;
}

/** The storage fault behind an error thrown by SQLite or the file system, or null for any other. */
export function storageFault(err: unknown): StorageFault | null {
  const code = codeOf(err);
  if (code === null) return null;
  if (FULL.has(code)) return 'storage_full';
  if (code.startsWith('SQLITE_READONLY') || READONLY.has(code)) return 'storage_readonly';
  return null;
}

export const STORAGE_MESSAGES: Record<StorageFault, string> = {
  storage_full: 'The disk is full: nothing was saved',
  storage_readonly: 'The data folder cannot be written: nothing was saved',
};

/** The refusal a storage fault is answered with. */
export function storageError(fault: StorageFault): DomainError {
  return new DomainError(fault, STORAGE_MESSAGES[fault]);
}

/** True when the disk holding `dir` has no byte left for this process. */
export function diskFull(dir: string): boolean {
  try {
    return fs.statfsSync(dir).bavail === 0;
  } catch {
    return false;
  }
}

/**
 * Whether a folder (a file made and removed in it) or a file (opened for writing) can be written by
 * this process, found by trying: `access()` asks with the real user id and knows nothing of a
 * read-only bind mount.
 */
export function canWrite(target: string, folder: boolean): boolean {
  try {
    if (folder) {
      const probe = path.join(target, `.write-probe-${process.pid}`);
      fs.closeSync(fs.openSync(probe, 'w'));
      fs.rmSync(probe, { force: true });
    } else fs.closeSync(fs.openSync(target, 'r+'));
    return true;
  } catch (err) {
    if (storageFault(err) === 'storage_readonly') return false;
    // A full disk may refuse even an empty file; the folder itself is writable.
    if (storageFault(err) === 'storage_full') return true;
    throw err;
  }
}
