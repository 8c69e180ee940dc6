import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import type { BackupCompanion } from '../backups/backup-store';
import type { MediaStore } from './media-store';

interface Listed {
  id: string;
  bytes: number;
}

/** The files a database lists in its media table ([] for one made before the table existed). */
export function mediaListedIn(dbFile: string): Listed[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'media'").get();
    if (!table) return [];
    return db.prepare<[], Listed>('SELECT sha256 AS id, bytes FROM media').all();
  } finally {
    db.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** Hard links cost no space; a disk that cannot make them (FAT) gets copies. */
function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

/**
 * The media beside the backups: `backups/media/<sha256>/`, hard links to the store's files for
 * every file any kept backup lists, so that a restore never leaves a picture missing even after
 * the file was deleted from the store. A backup is made only when every file it lists is there
 * and hashes to its id (checked once, when first kept), as its database passes `integrity_check`.
 */
export class MediaBackups implements BackupCompanion {
  private readonly tmpDir: string;

  constructor(
    private readonly store: MediaStore,
    readonly dir: string,
  ) {
    this.tmpDir = path.join(dir, '.tmp');
  }

  private original(folder: string): string | null {
    const name = fs.existsSync(folder)
      ? fs.readdirSync(folder).find((f) => f.startsWith('original.'))
      : undefined;
    return name ? path.join(folder, name) : null;
  }

  /** A folder holding the item's original of the right size. */
  private whole(folder: string, bytes: number): boolean {
    const original = this.original(folder);
    return original !== null && fs.statSync(original).size === bytes;
  }

  private kept(item: Listed): boolean {
    return this.whole(path.join(this.dir, item.id), item.bytes);
  }

  private live(item: Listed): boolean {
    return this.store.has(item.id) && this.whole(this.store.dirOf(item.id), item.bytes);
  }

  /** Links every file of a folder into a fresh folder under `into`, ready to be renamed into place. */
  private linkAll(from: string, into: string): string {
    fs.mkdirSync(into, { recursive: true });
    const folder = fs.mkdtempSync(path.join(into, 'media-'));
    for (const f of fs.readdirSync(from)) linkOrCopy(path.join(from, f), path.join(folder, f));
    return folder;
  }

  async keep(backupFile: string): Promise<void> {
    const missing: string[] = [];
    for (const item of mediaListedIn(backupFile)) {
      if (this.kept(item)) continue;
      if (!this.live(item)) {
        missing.push(item.id);
        continue;
      }
      const folder = this.linkAll(this.store.dirOf(item.id), this.tmpDir);
      try {
        const original = this.original(folder);
        if (!original || (await sha256Of(original)) !== item.id) {
          missing.push(item.id);
          continue;
        }
        const target = path.join(this.dir, item.id);
        if (!fs.existsSync(target)) fs.renameSync(folder, target);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    }
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} media file(s) listed in the database are missing or damaged: ${missing.slice(0, 5).join(', ')}`,
      );
    }
  }

  missing(backupFile: string): string[] {
    return mediaListedIn(backupFile)
      .filter((item) => !this.live(item) && !this.kept(item))
      .map((item) => item.id);
  }

  restore(backupFile: string): void {
    for (const item of mediaListedIn(backupFile)) {
      if (this.live(item)) continue;
      if (!this.kept(item)) throw new Error(`media ${item.id} is missing from the backups`);
      // A damaged or partial folder in the store gives way to the kept one.
      this.store.remove(item.id);
      this.store.place(this.linkAll(path.join(this.dir, item.id), this.store.tmpDir), item.id);
    }
  }

  prune(keptFiles: string[]): void {
    const needed = new Set<string>();
    try {
      for (const file of keptFiles) for (const item of mediaListedIn(file)) needed.add(item.id);
    } catch {
      // A kept backup that cannot be read: nothing is dropped rather than something it needs.
      return;
    }
    if (!fs.existsSync(this.dir)) return;
    for (const name of fs.readdirSync(this.dir)) {
      if (!needed.has(name)) fs.rmSync(path.join(this.dir, name), { recursive: true, force: true });
    }
  }
}
