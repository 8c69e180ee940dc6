import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { openDatabase, type WriteDb } from './database';

/**
 * The writer's page cache. Pages beyond it go to the WAL while the write goes on, slice by slice;
 * what is left goes at COMMIT.
 */
const CACHE_KIB = 16 * 1024;

/**
 * ONE transaction on a connection of its own to `file`, however long `work` takes (an import of
 * 100,000 rows): `work` may yield between slices. Readers on other connections see the database
 * as it was until the commit (WAL snapshots); a failure rolls all of it back. It runs where it is
 * called: on a long write's worker thread (`long-write-worker.ts`), where COMMIT and the checkpoint
 * hold nobody, or on core's own thread in the tests of `long-write.ts`.
 *
 * What reaches the disk is flushed on the thread pool: the WAL as it grows (so COMMIT's fsync finds
 * little left), and the database file after the checkpoint that ends it. Other writers wait for all
 * of this (`long-write.ts`).
 */
export async function longTransaction<T>(file: string, work: (writer: WriteDb) => Promise<T>): Promise<T> {
  const writer = openDatabase(file);
  // Each statement of a long transaction keeps the pages it changes for its own rollback: in
  // memory, not in a temporary file per statement.
  writer.pragma('temp_store = MEMORY');
  writer.pragma(`cache_size = -${CACHE_KIB}`);
  // Its checkpoint is its own, after the commit (see checkpointAside).
  writer.pragma('wal_autocheckpoint = 0');
  const wal = walFlusher(`${file}-wal`);
  try {
    writer.exec('BEGIN IMMEDIATE');
    try {
      const value = await work(writer);
      await wal.stop();
      writer.exec('COMMIT');
      await checkpointAside(writer, file);
      return value;
    } catch (err) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      throw err;
    }
  } finally {
    await wal.stop();
    writer.close();
  }
}

/** How often the WAL a long write has written so far is flushed to disk. */
const FLUSH_EVERY_MS = 1000;

async function flush(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes the WAL to disk every second on the thread pool while the long write fills it: the
 * frames are of no use without the commit frame, but once on disk, COMMIT's fsync
 * (synchronous=FULL) has only the last of them to wait for.
 */
function walFlusher(file: string) {
  let stopped = false;
  let wake = () => {};
  const loop = (async () => {
    while (!stopped) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, FLUSH_EVERY_MS).unref();
      });
      // The WAL may not exist yet (nothing spilled): then there is nothing to flush.
      if (!stopped) await flush(file).catch(() => undefined);
    }
  })();
  let stopping: Promise<void> | undefined;
  return {
    /** Ends the flushing with a last flush; later calls wait for that one. */
    stop(): Promise<void> {
      stopped = true;
      wake();
      stopping ??= loop.then(() => flush(file).catch(() => undefined));
      return stopping;
    },
  };
}

/**
 * Copies the long write's pages from the WAL into the database file, then flushes the file on the
 * thread pool. The copy itself is made without waiting on the disk (synchronous=OFF for it alone),
 * which is safe because the WAL, flushed at COMMIT, keeps every page until the file is flushed:
 * nobody writes before that (the long write still holds the others back), and after a power cut
 * SQLite replays the WAL into the file when it next opens it.
 */
async function checkpointAside(writer: WriteDb, file: string): Promise<void> {
  writer.pragma('synchronous = OFF');
  writer.pragma('wal_checkpoint(PASSIVE)');
  // Should the flush on the thread pool fail, this thread waits for one rather than go on unsure.
  await flush(file).catch(() => {
    const fd = openSync(file, 'r+');
    try {
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
}
