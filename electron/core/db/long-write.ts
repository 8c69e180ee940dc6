import type { Db, WriteDb } from './database';

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
 * A write too large for one synchronous transaction (an import of 100,000 rows): `write` makes it
 * through a connection of its own to the same file, in ONE transaction (`longTransaction`), in
 * the dispatcher's case on a worker thread (`long-write-worker.ts`). Until it commits, every
 * other caller reads the database as it was before (WAL snapshots), so the write is all or nothing
 * for everyone, and a failure or a crash leaves nothing of it. Meanwhile no one else can write:
 * the dispatcher holds declared writes back until the write has ended (commit, checkpoint and
 * flush), and the few other writers go through {@link afterLongWrites}; a write on `db` that
 * slipped past would fail at once with SQLITE_BUSY rather than hold the event loop in SQLite's busy
 * wait. Long writes on one database run one after the other.
 */
export async function longWrite<T>(db: WriteDb, write: () => Promise<T>): Promise<T> {
  for (let other = running.get(db); other; other = running.get(db)) await other;
  let finish = () => {};
  running.set(db, new Promise<void>((resolve) => (finish = resolve)));
  const busyTimeout = Number(db.pragma('busy_timeout', { simple: true }));
  try {
    db.pragma('busy_timeout = 0');
    return await write();
  } finally {
    if (db.open) db.pragma(`busy_timeout = ${busyTimeout}`);
    running.delete(db);
    finish();
  }
}
