import fs from 'node:fs';
import path from 'node:path';
import type { MediaInfo } from '../../../shared/media.types';
import type { Feature, SessionStaff } from '../../context';
import type { WriteDb } from '../../db/database';
import type { Logger } from '../../log';
import { importMedia, mediaLimits } from '../media/media-import';
import type { MediaStore } from '../media/media-store';

/**
 * What a feature's demo gets when its content needs stored files (`Feature.seedMedia`): files
 * imported into the media store as any upload is (sniffed, variants made), as the system, and a
 * transaction on the fresh database to write the content that uses them.
 */
export interface DemoMediaEnv {
  /** Imports a file from disk (its variants made, as for an upload); the same bytes twice, one id. */
  importFile(file: string): Promise<MediaInfo>;
  /** Runs `fn` in one transaction. */
  commit<T>(fn: (db: WriteDb) => T): T;
  now(): Date;
  /** A folder of the feature's own to write the files it draws; removed afterwards. */
  workDir: string;
}

/** Who imports the demo's files: the system, as the audit log says. */
const SYSTEM: SessionStaff = { id: 0, staffNo: 'system', name: 'System', roles: [] };

/**
 * Runs every feature's `seedMedia` once, on a fresh data folder with the demo, after the
 * synchronous seed and before core answers anyone (so no call sees half a demo). A feature whose
 * demo fails is logged and left without it: the centre works, only that demo content is missing.
 */
export async function seedDemoMedia(
  db: WriteDb,
  features: readonly Feature[],
  store: MediaStore,
  now: () => Date,
  log: Logger,
): Promise<void> {
  for (const f of features) {
    if (!f.seedMedia) continue;
    const workDir = store.workDir();
    const env: DemoMediaEnv = {
      importFile: (file) =>
        importMedia(
          {
            store,
            staff: SYSTEM,
            now,
            limits: mediaLimits(db),
            commit: (fn) => Promise.resolve(db.transaction(() => fn(db))()),
          },
          fs.createReadStream(file),
          { name: path.basename(file) },
        ),
      commit: (fn) => db.transaction(() => fn(db))(),
      now,
      workDir,
    };
    const started = Date.now();
    try {
      await f.seedMedia(env);
      log.info(`Demo content with files for ${f.id} in ${Date.now() - started} ms`);
    } catch (err) {
      log.error(`Demo content with files for ${f.id} failed; the centre goes on without it`, err);
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  }
}
