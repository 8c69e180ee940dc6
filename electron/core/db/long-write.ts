import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { openDatabase, type Db, type WriteDb } from './database';

/**
 * The writer's page cache. Pages beyond it go to the WAL while the write goes on, slice by slice;
 * what is left goes at COMMIT, in one piece that holds the event loop: so not too large.
 */
const CACHE_KIB = 16 * 1024;

/** From source (vitest) Node runs the TypeScript worker itself; bundled, it is beside the bundle. */
const CHECKPOINT_WORKER = import.meta.url.endsWith('.ts')
  ? new URL('./checkpoint.worker.ts', import.meta.url)
  : new URL('./db-checkpoint.cjs', import.meta.url);

/** The end of the long write under way on a database, for the writers that wait for it. */
const running = new WeakMap<Db, Promise<void>>();

/**
 * Runs `fn` once no long write holds `db`: at once when none does (synchronously, before this
 * returns), else just after the last one commits. What `fn` writes is then never refused.
 */
export async function afterLongWrites<T>(db: Db, fn: () => T): Promise<T> {
  for (let other = running.get(db); other; other = running.get(db)) await other;
  return fn();
}

/**
 * {@link afterLongWrites} for the few writes that are not declared and whose caller does not wait
 * (a visit ended, a refused sign-in audited): a failure goes to `onError`.
 */
export function whenWritable(db: Db, fn: () => void, onError: (err: unknown) => void): void {
  afterLongWrites(db, fn).catch(onError);
}

/**
 * A write too large for one synchronous transaction (an import of 100,000 rows): `work` writes
 * through its own connection to the same file, in ONE transaction, and yields to the event loop
 * as it goes. Until it commits, every other caller reads the database as it was before (WAL
 * snapshots), so the write is all or nothing for everyone, and a failure or a crash leaves nothing
 * of it. Meanwhile no one else can write: the dispatcher holds declared writes back until the
 * commit, and the few other writers go through {@link afterLongWrites}; a write on `db` that
 * slipped past would fail at once with SQLITE_BUSY rather than hold the event loop in SQLite's busy
 * wait. Long writes on one database run one after the other.
 *
 * What reaches the disk is flushed on the thread pool, not on the event loop: the WAL as it grows
 * (so COMMIT's own fsync finds little left), and the database file after the checkpoint.
 */
export async function longWrite<T>(db: WriteDb, work: (writer: WriteDb) => Promise<T>): Promise<T> {
  for (let other = running.get(db); other; other = running.get(db)) await other;
  let finish = () => {};
  running.set(db, new Promise<void>((resolve) => (finish = resolve)));
  const busyTimeout = Number(db.pragma('busy_timeout', { simple: true }));
  const writer = openDatabase(db.name);
  // Each statement of a long transaction keeps the pages it changes for its own rollback: in
  // memory, not in a temporary file per statement.
  writer.pragma('temp_store = MEMORY');
  writer.pragma(`cache_size = -${CACHE_KIB}`);
  // Its checkpoint is its own, after the commit (see checkpointAside).
  writer.pragma('wal_autocheckpoint = 0');
  const wal = walFlusher(`${db.name}-wal`);
  try {
    db.pragma('busy_timeout = 0');
    writer.exec('BEGIN IMMEDIATE');
    try {
      const value = await work(writer);
      await wal.stop();
      writer.exec('COMMIT');
      await checkpointAside(writer, db.name);
      return value;
    } catch (err) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      throw err;
    }
  } finally {
    await wal.stop();
    writer.close();
    if (db.open) db.pragma(`busy_timeout = ${busyTimeout}`);
    running.delete(db);
    finish();
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
 * frames are of no use without the commit frame, but once on disk, COMMIT's fsync (on the event
 * loop, synchronous=FULL) has only the last of them to wait for.
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
  // In a worker thread, so core answers meanwhile (readers are not held by a PASSIVE checkpoint);
  // should the worker fail to start or finish, here, as a last resort.
  if (!(await checkpointInWorker(file))) {
    writer.pragma('synchronous = OFF');
    writer.pragma('wal_checkpoint(PASSIVE)');
  }
  // Should the flush on the thread pool fail, the event loop waits for one rather than go on unsure.
  await flush(file).catch(() => {
    const fd = openSync(file, 'r+');
    try {
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
}

/** Whether a worker thread checkpointed the whole WAL into `file`. */
export function checkpointInWorker(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(CHECKPOINT_WORKER, { workerData: { file } });
    } catch {
      return resolve(false);
    }
    worker.once('message', (r: { busy: number; log: number; checkpointed: number }) =>
      resolve(r.busy === 0 && r.log === r.checkpointed),
    );
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
}
