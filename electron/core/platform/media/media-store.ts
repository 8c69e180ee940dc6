import fs from 'node:fs';
import path from 'node:path';
import { canWrite, storageFault } from '../../db/storage-faults';
import { MEDIA_ID, type MediaVariant } from '../../../shared/media.types';

/** The file of one stored item: the original as uploaded, or one of its variants. */
export type MediaPart = 'original' | MediaVariant;

/** File extension → MIME type of everything the store writes (originals are named by what was sniffed). */
export const MEDIA_MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  webm: 'video/webm',
  weba: 'audio/webm',
  mp3: 'audio/mpeg',
  glb: 'model/gltf-binary',
};

const PART_FILE = /^(original|thumb|screen|poster)\.([a-z0-9]{2,4})$/;

/**
 * The content-addressed folder `<data>/media/`: one folder per item, named by the SHA-256 of the
 * original (`<sha256>/original.jpg`, `thumb.webp`, `screen.webp`, `poster.webp`). Files are written
 * whole in `.tmp/` and moved into place in one rename, and never changed after: the backups hold
 * hard links to them.
 */
export class MediaStore {
  readonly tmpDir: string;

  constructor(readonly dir: string) {
    this.tmpDir = path.join(dir, '.tmp');
    try {
      // What an import left half-done when the app stopped is of no use to anyone.
      fs.rmSync(this.tmpDir, { recursive: true, force: true });
      fs.mkdirSync(this.tmpDir, { recursive: true });
    } catch (err) {
      // A data folder that cannot be written, or a full disk, still serves what it holds; uploads
      // are refused. (Node 24's recursive rmSync reports EROFS with an empty code, so the folder
      // is asked too.)
      if (storageFault(err) === null && canWrite(dir, true)) throw err;
    }
  }

  /** The folder of an item; only a well-formed id names one, so no path can lead elsewhere. */
  dirOf(id: string): string {
    if (!MEDIA_ID.test(id)) throw new Error(`not a media id: ${id}`);
    return path.join(this.dir, id);
  }

  has(id: string): boolean {
    return MEDIA_ID.test(id) && fs.existsSync(this.dirOf(id));
  }

  /** The item's files by name (`original.jpg`, `thumb.webp`…); [] when it is not stored. */
  files(id: string): string[] {
    try {
      return fs.readdirSync(this.dirOf(id)).filter((f) => PART_FILE.test(f));
    } catch {
      return [];
    }
  }

  /** One part's file and MIME type, or null. */
  part(id: string, part: MediaPart): { file: string; mime: string } | null {
    if (!MEDIA_ID.test(id)) return null;
    for (const name of this.files(id)) {
      const m = PART_FILE.exec(name);
      const mime = m?.[2] ? MEDIA_MIME[m[2]] : undefined;
      if (m?.[1] === part && mime) return { file: path.join(this.dirOf(id), name), mime };
    }
    return null;
  }

  /** A fresh folder under `.tmp/` for one import's work. */
  workDir(): string {
    return fs.mkdtempSync(path.join(this.tmpDir, 'import-'));
  }

  /**
   * Moves a finished folder into place as item `id` in one rename. When the item is there already
   * (the same bytes uploaded twice), the one in place is kept. Synchronous, so it happens in one
   * piece with the database row it goes with.
   */
  place(ready: string, id: string): void {
    const target = this.dirOf(id);
    if (fs.existsSync(target)) fs.rmSync(ready, { recursive: true, force: true });
    else fs.renameSync(ready, target);
  }

  remove(id: string): void {
    fs.rmSync(this.dirOf(id), { recursive: true, force: true });
  }
}
