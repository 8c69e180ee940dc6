import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/database';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement reused across calls: compiling costs more than running the search's small
 * queries. Keyed by the connection, so a restored (reopened) database gets fresh statements.
 */
export function cached<P extends unknown[] = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let st = cache.get(sql);
  if (!st) {
    st = db.prepare(sql);
    cache.set(sql, st);
  }
  return st as Statement<P, R>;
}
