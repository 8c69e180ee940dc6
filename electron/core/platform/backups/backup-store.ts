import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared';
import { checkFile, type Db } from '../../db/database';

export const BACKUPS_KEPT = 14;
const NAME = /^hongyi-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite$/;

export type BackupReason = 'manual' | 'daily' | 'pre-migration' | 'pre-restore';

function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-` +
    `${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`
  );
}

function parse(name: string): { createdAt: Date; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d = '', t = ''] = m;
  const createdAt = new Date(
    Number(d.slice(0, 4)),
    Number(d.slice(4, 6)) - 1,
    Number(d.slice(6, 8)),
    Number(t.slice(0, 2)),
    Number(t.slice(2, 4)),
    Number(t.slice(4, 6)),
  );
  return { createdAt, reason: m[4] ?? 'manual' };
}

/**
 * The backups folder. Each backup is a complete SQLite file made with the online backup API,
 * checked with `integrity_check` before it is given its final name, so a listed backup is a good one.
 */
export class BackupStore {
  constructor(
    readonly dir: string,
    private readonly now: () => Date,
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  list(): BackupInfo[] {
    return fs
      .readdirSync(this.dir)
      .flatMap((name) => {
        const info = parse(name);
        if (!info) return [];
        const { size } = fs.statSync(path.join(this.dir, name));
        return [{ name, createdAt: info.createdAt.toISOString(), bytes: size, reason: info.reason }];
      })
      .sort((a, b) => (a.name < b.name ? 1 : -1));
  }

  pathOf(name: string): string {
    if (!parse(name)) throw new Error(`not a backup name: ${name}`);
    return path.join(this.dir, name);
  }

  exists(name: string): boolean {
    return parse(name) !== null && fs.existsSync(path.join(this.dir, name));
  }

  private freshName(reason: BackupReason): string {
    const base = `hongyi-${stamp(this.now())}`;
    let name = `${base}-${reason}.sqlite`;
    for (let i = 2; fs.existsSync(path.join(this.dir, name)); i++) name = `${base}-${i}-${reason}.sqlite`;
    return name;
  }

  async create(db: Db, reason: BackupReason): Promise<BackupInfo> {
    const name = this.freshName(reason);
    const tmp = path.join(this.dir, `.${name}.partial`);
    try {
      await db.backup(tmp);
      const problems = checkFile(tmp, 'integrity');
      if (problems.length > 0) throw new Error(`backup failed its integrity check: ${problems.join('; ')}`);
      fs.renameSync(tmp, path.join(this.dir, name));
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    this.prune();
    const info = this.list().find((b) => b.name === name);
    if (!info) throw new Error('backup vanished after it was written');
    return info;
  }

  /** Keeps the newest {@link BACKUPS_KEPT}. */
  prune(): void {
    for (const old of this.list().slice(BACKUPS_KEPT))
      fs.rmSync(path.join(this.dir, old.name), { force: true });
  }

  /** The newest backup that passes `integrity_check`, for recovering a damaged database. */
  newestGood(): BackupInfo | null {
    return this.list().find((b) => checkFile(path.join(this.dir, b.name), 'integrity').length === 0) ?? null;
  }

  /** True when no daily backup was made in the last 24 hours. */
  dailyDue(): boolean {
    const last = this.list().find((b) => b.reason === 'daily');
    return !last || this.now().getTime() - Date.parse(last.createdAt) >= 24 * 3600 * 1000;
  }
}
