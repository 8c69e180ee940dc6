import Database from 'better-sqlite3';
import fs from 'node:fs';

declare const writable: unique symbol;

/**
 * A handle that may only be read: what read methods, visitors' screens and damaged mode get. At run
 * time read methods get a connection opened read-only, so a write hidden in one fails loudly.
 */
export type ReadDb = Database.Database;
/**
 * A handle that may be written: only the dispatcher makes one, inside a declared write's
 * transaction (and migrations and seeds). Functions that write take this type, so a read handle
 * cannot reach them.
 */
export type WriteDb = Database.Database & { readonly [writable]: true };
/** Either handle: for code that only reads. */
export type Db = ReadDb;

/**
 * Opens the app's database with the pragmas every handle must have. `synchronous=FULL` because a
 * loan or a booking acknowledged on screen must survive a power cut; WAL so readers never block
 * the writer.
 */
export function openDatabase(file: string, options?: { readonly?: false }): WriteDb;
export function openDatabase(file: string, options: { readonly: true }): ReadDb;
export function openDatabase(file: string, options: { readonly?: boolean } = {}): ReadDb | WriteDb {
  const readonly = options.readonly ?? false;
  // better-sqlite3 refuses an option key present with the value undefined.
  const db = new Database(file, { readonly, fileMustExist: readonly });
  try {
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    // A full or read-only disk can refuse the WAL files: no handle is left open behind the error.
    db.close();
    throw err;
  }
  // The overloads brand a handle opened for writing as writable.
  return db;
}

/**
 * A read-only copy of a database file, held in memory: for a WAL database in a folder that cannot
 * be written, which SQLite cannot open in place (it needs to make its `-shm` file beside it). The
 * header's WAL marks (bytes 18 and 19) are set back to the rollback journal's, which is what a
 * memory database can read. What is still in a `-wal` file is not seen.
 */
export function openSnapshot(file: string): ReadDb {
  const bytes = fs.readFileSync(file);
  if (bytes.length >= 20) bytes.fill(1, 18, 20);
  const db = new Database(bytes, { readonly: true });
  db.pragma('foreign_keys = ON');
  return db;
}

/** `quick_check` answers the single row `ok` for a sound file, or a list of problems. */
export function quickCheck(db: Db): string[] {
  const rows = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
}

export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
}

/** Checks a file without ever opening it for writing. A file that cannot even be opened is damaged. */
export function checkFile(file: string, check: 'quick' | 'integrity' = 'quick'): string[] {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return check === 'quick' ? quickCheck(db) : integrityCheck(db);
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  } finally {
    db?.close();
  }
}

/**
 * A database that cannot be written opened for reading, and checked: read-only where SQLite can
 * make its shared-memory file, else a copy of the file in memory (a WAL database cannot be opened
 * read-only in a read-only folder or on a full disk). Its `quick_check` problems instead when damaged.
 */
export function openForReading(file: string): { reader: ReadDb } | { problems: string[] } {
  let reader: ReadDb | undefined;
  try {
    reader = openDatabase(file, { readonly: true });
    reader.pragma('schema_version');
  } catch {
    reader?.close();
    reader = openSnapshot(file);
  }
  const problems = quickCheck(reader);
  if (problems.length === 0) return { reader };
  reader.close();
  return { problems };
}
