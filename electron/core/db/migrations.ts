import type { Db } from './database';

/**
 * One schema step. Versions are global and contiguous (1, 2, 3 …) across the platform and every
 * feature, whose files carry their number in their name. Once released, a migration is never edited.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export class DatabaseFromTheFutureError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database is at schema version ${found}; this build knows up to ${known}. Install a newer Hongyi.`,
    );
  }
}

export function orderMigrations(migrations: readonly Migration[]): Migration[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `Migrations must be numbered 1..N without gaps or repeats; found ${m.version} (${m.name}) at ${i + 1}`,
      );
    }
  });
  return sorted;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the pending migrations in one transaction (all or nothing), calling `beforeMigrate` first
 * when there is anything to do so the caller can take a backup. Returns the versions applied.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  beforeMigrate?: (from: number) => void,
): number[] {
  const ordered = orderMigrations(migrations);
  const current = schemaVersion(db);
  if (current > ordered.length) throw new DatabaseFromTheFutureError(current, ordered.length);
  const pending = ordered.slice(current);
  if (pending.length === 0) return [];
  beforeMigrate?.(current);
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${ordered.length}`);
  })();
  return pending.map((m) => m.version);
}
