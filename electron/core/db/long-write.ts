import { openDatabase, type Db, type WriteDb } from './database';

/**
 * The writer's page cache. Pages beyond it go to the WAL while the write goes on, slice by slice;
 * what is left goes at COMMIT, in one piece that holds the event loop: so not too large.
 */
const CACHE_KIB = 16 * 1024;

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
  try {
    db.pragma('busy_timeout = 0');
    writer.exec('BEGIN IMMEDIATE');
    try {
      const value = await work(writer);
      writer.exec('COMMIT');
      return value;
    } catch (err) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      throw err;
    }
  } finally {
    writer.close();
    if (db.open) db.pragma(`busy_timeout = ${busyTimeout}`);
    running.delete(db);
    finish();
  }
}
