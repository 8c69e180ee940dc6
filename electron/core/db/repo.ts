import type { ReadDb, WriteDb } from './database';

/**
 * A repository whose writing half exists only on a writable handle: `xRepo(readDb)` has the reads,
 * `xRepo(writeDb)` has both. A read handler (or damaged mode, which opens the file read-only)
 * therefore cannot even name a write.
 */
export function repo<R extends object, W extends object>(
  reads: (db: ReadDb) => R,
  writes: (db: WriteDb, r: R) => W,
) {
  function make(db: WriteDb): R & W;
  function make(db: ReadDb): R;
  function make(db: ReadDb | WriteDb): R | (R & W) {
    const r = reads(db);
    return db.readonly ? r : { ...r, ...writes(db as WriteDb, r) };
  }
  return make;
}
