// The long write's checkpoint, off core's thread: copying an import's pages (a hundred MB) from the
// WAL into the database file takes most of a second, which core's event loop would otherwise spend
// waiting. A connection of its own, for this alone; one job per worker.
//
// Node runs this file itself: bundled (electron/build.mjs writes it beside core's bundles) and from
// source under vitest, where Node strips the types. It may import only packages.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file } = workerData as { file: string };
const db = new Database(file, { fileMustExist: true });
try {
  // The file is flushed by the caller afterwards; until then the flushed WAL keeps every page.
  db.pragma('synchronous = OFF');
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as {
    busy: number;
    log: number;
    checkpointed: number;
  }[];
  parentPort?.postMessage(result);
} finally {
  db.close();
}
