import type { Db, WriteDb } from './database';

/**
 * One schema step of one feature. Each feature numbers its own steps 1, 2, 3 … (its file names
 * carry the number), so areas built side by side never collide; which steps a database has is
 * recorded per feature in `schema_migrations`. Once released, a migration is never edited: the
 * lock test (`migrations.lock.test.ts`) fails when one changes.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: WriteDb): void;
}

/** A feature's steps, in the order features are registered (the platform first). */
export interface FeatureMigrations {
  feature: string;
  migrations: readonly Migration[];
}

export class DatabaseFromTheFutureError extends Error {
  constructor(readonly detail: string) {
    super(`The database was written by a newer Hongyi (${detail}). Install a newer Hongyi.`);
  }
}

/**
 * Before steps were counted per feature, `user_version` counted one global list. A database from
 * then is upgraded in place by recording its first `user_version` steps of that list.
 */
const LEGACY_ORDER: readonly [string, number][] = [
  ['platform', 1],
  ['library', 1],
  ['library', 2],
];
/** `user_version` from now on: above every legacy value, so a build from before refuses the file. */
const TRACKED_BASE = 1000;

function ordered(plan: FeatureMigrations): Migration[] {
  const sorted = [...plan.migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `Migrations of ${plan.feature} must be numbered 1..N without gaps or repeats; found ${m.version} (${m.name}) at ${i + 1}`,
      );
    }
  });
  return sorted;
}

/** Checks every feature's numbering and that no feature is listed twice. */
export function planMigrations(plans: readonly FeatureMigrations[]): FeatureMigrations[] {
  const seen = new Set<string>();
  return plans.map((p) => {
    if (seen.has(p.feature)) throw new Error(`Two migration lists for ${p.feature}`);
    seen.add(p.feature);
    return { feature: p.feature, migrations: ordered(p) };
  });
}

function hasTable(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get() !==
    undefined
  );
}

/** The highest step each feature has in this database (legacy databases read from `user_version`). */
export function appliedVersions(db: Db): Map<string, number> {
  const applied = new Map<string, number>();
  if (hasTable(db)) {
    const rows = db
      .prepare<[], { feature: string; version: number }>(
        'SELECT feature, max(version) AS version FROM schema_migrations GROUP BY feature',
      )
      .all();
    for (const r of rows) applied.set(r.feature, r.version);
    return applied;
  }
  const legacy = db.pragma('user_version', { simple: true }) as number;
  if (legacy > LEGACY_ORDER.length) throw new DatabaseFromTheFutureError(`schema version ${legacy}`);
  for (const [feature, version] of LEGACY_ORDER.slice(0, legacy)) applied.set(feature, version);
  return applied;
}

export interface SchemaState {
  /** Nothing applied yet: a new data folder. */
  fresh: boolean;
  pending: { feature: string; migration: Migration }[];
}

/** What a database still needs; throws when it has steps (or features) this build does not know. */
export function schemaState(db: Db, plans: readonly FeatureMigrations[]): SchemaState {
  const applied = appliedVersions(db);
  const known = new Map(plans.map((p) => [p.feature, p.migrations.length]));
  for (const [feature, version] of applied) {
    const mine = known.get(feature);
    if (mine === undefined) throw new DatabaseFromTheFutureError(`it has the feature ${feature}`);
    if (version > mine) throw new DatabaseFromTheFutureError(`${feature} at step ${version}, known ${mine}`);
  }
  const pending = plans.flatMap((p) =>
    p.migrations.slice(applied.get(p.feature) ?? 0).map((migration) => ({ feature: p.feature, migration })),
  );
  return { fresh: applied.size === 0, pending };
}

/**
 * Runs the pending steps in one transaction (all or nothing), in registry order, calling
 * `beforeMigrate` first when there is anything to do on a database that has data, so the caller can
 * take a backup. Returns the steps applied as `feature/version`.
 */
export function migrate(
  db: WriteDb,
  plans: readonly FeatureMigrations[],
  beforeMigrate?: () => void,
): string[] {
  const checked = planMigrations(plans);
  const legacy = !hasTable(db);
  const applied = appliedVersions(db);
  const { fresh, pending } = schemaState(db, checked);
  if (pending.length === 0 && !legacy) return [];
  if (pending.length > 0 && !fresh) beforeMigrate?.();
  const at = new Date().toISOString();
  db.transaction(() => {
    if (legacy) {
      db.exec(`CREATE TABLE schema_migrations (
        feature TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        PRIMARY KEY (feature, version)
      ) STRICT`);
      const record = db.prepare(
        'INSERT INTO schema_migrations (feature, version, name, applied_at) VALUES (?, ?, ?, ?)',
      );
      for (const p of checked) {
        for (const m of p.migrations.slice(0, applied.get(p.feature) ?? 0)) {
          record.run(p.feature, m.version, m.name, at);
        }
      }
    }
    const record = db.prepare(
      'INSERT INTO schema_migrations (feature, version, name, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const { feature, migration } of pending) {
      migration.up(db);
      record.run(feature, migration.version, migration.name, at);
    }
    const total = db.prepare('SELECT count(*) FROM schema_migrations').pluck().get() as number;
    db.pragma(`user_version = ${TRACKED_BASE + total}`);
  })();
  return pending.map(({ feature, migration }) => `${feature}/${migration.version}`);
}
