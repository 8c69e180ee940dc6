import fs from 'node:fs';
import path from 'node:path';
import type { FolderRule } from '../shared/transfer.types';

/** What a folder import takes from the folder the curator chose: absolute paths, in name order. */
export interface FolderFiles {
  sheet: string | null;
  media: string[];
}

export interface FolderLimits {
  /** Entries looked at, subfolders included: a curator who picks a whole disk is told, not kept waiting. */
  entries: number;
  /** Media files taken: the method takes 2,000 at most (`exhibitions.importFolder`'s `files`). */
  media: number;
}

export const FOLDER_LIMITS: FolderLimits = { entries: 20_000, media: 2000 };

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The files of a chosen folder and its subfolders, as a browser's folder input gives them
 * (`webkitdirectory` is recursive too): the first caption sheet met, in name order, and every media
 * file, by name. Only regular files and real subfolders are read: a symbolic link is skipped, so a
 * folder cannot lead the import anywhere else or round in a loop. `too_many` past either limit.
 */
export async function listFolder(
  dir: string,
  rule: FolderRule,
  limits: FolderLimits = FOLDER_LIMITS,
): Promise<FolderFiles | 'too_many'> {
  const found: FolderFiles = { sheet: null, media: [] };
  let seen = 0;
  const walk = async (folder: string): Promise<boolean> => {
    const entries = (await fs.promises.readdir(folder, { withFileTypes: true })).sort(byName);
    seen += entries.length;
    if (seen > limits.entries) return false;
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!(await walk(full))) return false;
      } else if (entry.isFile()) {
        if (found.sheet === null && rule.sheet.test(entry.name)) found.sheet = full;
        else if (rule.media.test(entry.name)) found.media.push(full);
        if (found.media.length > limits.media) return false;
      }
    }
    return true;
  };
  return (await walk(dir)) ? found : 'too_many';
}
