import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared';
import { checkFile, type Db } from '../../db/database';
import { storageFault } from '../../db/storage-faults';
import { DomainError } from '../../errors';

/**
 * How many backups of each kind are kept: each kind has its own count, so a burst of manual
 * backups never pushes out the daily ones, nor daily ones the backup taken before a migration.
 */
export const BACKUPS_KEPT: Readonly<Record<BackupReason, number>> = {
  daily: 14,
  manual: 14,
  'pre-migration': 5,
  'pre-restore': 5,
  uploaded: 5,
};
const NAME = /^hongyi-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite$/;

export type BackupReason = 'manual' | 'daily' | 'pre-migration' | 'pre-restore' | 'uploaded';

function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-` +
    `${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`
  );
}

interface Parsed {
  createdAt: Date;
  reason: string;
  /** Sorts in the order the backups were made: the stamp, then the number within one second. */
  order: [string, number];
}

function parse(name: string): Parsed | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d = '', t = '', seq = '1'] = m;
  const createdAt = new Date(
    Number(d.slice(0, 4)),
    Number(d.slice(4, 6)) - 1,
    Number(d.slice(6, 8)),
    Number(t.slice(0, 2)),
    Number(t.slice(2, 4)),
    Number(t.slice(4, 6)),
  );
  return { createdAt, reason: m[4] ?? 'manual', order: [`${d}${t}`, Number(seq)] };
}

const newestFirst = (a: Parsed, b: Parsed): number =>
  a.order[0] === b.order[0] ? b.order[1] - a.order[1] : a.order[0] < b.order[0] ? 1 : -1;

/**
 * Files a backup needs beside its database (the media files it lists), kept by the service that
 * owns them in a folder of its own under the backups folder.
 */
export interface BackupCompanion {
  /** Keeps beside the backups what `backupFile` needs; throws when something is missing or damaged. */
  keep(backupFile: string): Promise<void>;
  /** What `backupFile` needs that is nowhere to be found: [] when it can be restored whole. */
  missing(backupFile: string): string[];
  /** Puts back in place what `backupFile` needs, before the app opens on it. */
  restore(backupFile: string): void;
  /** Drops what none of the kept backups needs any more. */
  prune(keptFiles: string[]): void;
}

/**
 * The backups folder. Each backup is a complete SQLite file made with the online backup API,
 * checked with `integrity_check` (and its companions' files kept and checked) before it is given
 * its final name, so a listed backup is a good one.
 */
export class BackupStore {
  constructor(
    readonly dir: string,
    private readonly now: () => Date,
    private readonly companions: readonly BackupCompanion[] = [],
  ) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      // A data folder that cannot be written, or a full disk: nothing to list, nothing can be made.
      if (storageFault(err) === null) throw err;
    }
  }

  list(): BackupInfo[] {
    return this.parsed().map(({ name, info }) => {
      const { size } = fs.statSync(path.join(this.dir, name));
      return { name, createdAt: info.createdAt.toISOString(), bytes: size, reason: info.reason };
    });
  }

  /** Newest first: by stamp, then by number, since names of one second differ only in those. */
  private parsed(): { name: string; info: Parsed }[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .flatMap((name) => {
        const info = parse(name);
        return info ? [{ name, info }] : [];
      })
      .sort((a, b) => newestFirst(a.info, b.info));
  }

  pathOf(name: string): string {
    if (!parse(name)) throw new Error(`not a backup name: ${name}`);
    return path.join(this.dir, name);
  }

  exists(name: string): boolean {
    return parse(name) !== null && fs.existsSync(path.join(this.dir, name));
  }

  /** Within one second (whatever the reason) each backup gets the next number, so order is kept. */
  private freshName(reason: BackupReason): string {
    const at = stamp(this.now());
    const taken = this.parsed()
      .filter((b) => b.info.order[0] === at.replace('-', ''))
      .map((b) => b.info.order[1]);
    const seq = Math.max(0, ...taken) + 1;
    return seq === 1 ? `hongyi-${at}-${reason}.sqlite` : `hongyi-${at}-${seq}-${reason}.sqlite`;
  }

  async create(db: Db, reason: BackupReason): Promise<BackupInfo> {
    const name = this.freshName(reason);
    const tmp = path.join(this.dir, `.${name}.partial`);
    try {
      await db.backup(tmp);
      // The copy inherits WAL mode, and every read-only check of a WAL file leaves -wal and -shm
      // files behind; a backup is a single file, so it is kept in rollback-journal mode.
      const copy = new Database(tmp, { fileMustExist: true });
      copy.pragma('journal_mode = DELETE');
      copy.close();
      const problems = checkFile(tmp, 'integrity');
      if (problems.length > 0) throw new Error(`backup failed its integrity check: ${problems.join('; ')}`);
      for (const c of this.companions) await c.keep(tmp);
      fs.renameSync(tmp, path.join(this.dir, name));
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    this.prune();
    const info = this.list().find((b) => b.name === name);
    if (!info) throw new Error('backup vanished after it was written');
    return info;
  }

  /**
   * Lists a database file brought from elsewhere (a sealed copy from a USB stick, opened) as an
   * `uploaded` backup, once it passes `integrity_check`; restoring it then takes the usual path. Its
   * media files are kept when the store has them; when it does not, the restore says how many are
   * missing (their folder must be copied in).
   */
  async adopt(bytes: Buffer): Promise<BackupInfo> {
    const name = this.freshName('uploaded');
    const tmp = path.join(this.dir, `.${name}.partial`);
    try {
      fs.writeFileSync(tmp, bytes);
      const problems = checkFile(tmp, 'integrity');
      if (problems.length > 0) {
        throw new DomainError('backup_invalid', `The file is not a sound database: ${problems[0] ?? ''}`);
      }
      for (const c of this.companions) await c.keep(tmp).catch(() => undefined);
      fs.renameSync(tmp, path.join(this.dir, name));
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    this.prune();
    const info = this.list().find((b) => b.name === name);
    if (!info) throw new Error('backup vanished after it was written');
    return info;
  }

  /**
   * Keeps the newest {@link BACKUPS_KEPT} of each kind, and what their companions need. A backup
   * dated after now (made before the clock was set back) is neither counted nor removed: counted,
   * it would push out every backup made since, the one just made included; it is removed in its
   * turn once the clock has passed it. Names of an unknown kind are kept.
   */
  prune(): void {
    const now = this.now().getTime();
    const seen = new Map<string, number>();
    const all = this.list();
    const dropped = new Set<string>();
    for (const b of all) {
      if (Date.parse(b.createdAt) > now || !(b.reason in BACKUPS_KEPT)) continue;
      const n = (seen.get(b.reason) ?? 0) + 1;
      seen.set(b.reason, n);
      if (n > BACKUPS_KEPT[b.reason as BackupReason]) dropped.add(b.name);
    }
    for (const name of dropped) fs.rmSync(path.join(this.dir, name), { force: true });
    const kept = all.filter((b) => !dropped.has(b.name)).map((b) => path.join(this.dir, b.name));
    for (const c of this.companions) c.prune(kept);
  }

  /** What a (sound) backup needs beside its database and cannot be found; [] when it is whole. */
  missing(name: string): string[] {
    return this.companions.flatMap((c) => c.missing(this.pathOf(name)));
  }

  /** Puts back what a backup needs beside its database; before the database is replaced. */
  restoreCompanions(name: string): void {
    for (const c of this.companions) c.restore(this.pathOf(name));
  }

  /** The newest backup that passes `integrity_check` and is whole, for recovering a damaged database. */
  newestGood(): BackupInfo | null {
    return (
      this.list().find(
        (b) =>
          checkFile(path.join(this.dir, b.name), 'integrity').length === 0 &&
          this.missing(b.name).length === 0,
      ) ?? null
    );
  }

  /**
   * True when no daily backup was made in the last 24 hours. One dated after now (the clock was set
   * back) does not count, or daily backups would stop until the clock caught up with it.
   */
  dailyDue(): boolean {
    const now = this.now().getTime();
    const last = this.list().find((b) => b.reason === 'daily' && Date.parse(b.createdAt) <= now);
    return !last || now - Date.parse(last.createdAt) >= 24 * 3600 * 1000;
  }
}
