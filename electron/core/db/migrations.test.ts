import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature } from '../context';
import { FEATURES } from '../features';
import { dumpDatabase, openTestCore, tempDir } from '../testing';
import { openDatabase, type ReadDb, type WriteDb } from './database';
import {
  appliedVersions,
  DatabaseFromTheFutureError,
  migrate,
  planMigrations,
  type FeatureMigrations,
  type Migration,
} from './migrations';

const PLANS: FeatureMigrations[] = FEATURES.map((f) => ({ feature: f.id, migrations: f.migrations }));

function freshDb(): WriteDb {
  return openDatabase(path.join(tempDir(), 'm.sqlite'));
}

function tables(db: ReadDb): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);
}

const create = (version: number, table: string): Migration => ({
  version,
  name: table,
  up: (db) => db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY) STRICT`),
});

/** A feature with one migration of its own, numbered from 1 like every feature's. */
const extraFeature = (up: Migration['up']): Feature => ({
  id: 'extra',
  area: false,
  api: {},
  migrations: [{ version: 1, name: 'extra', up }],
  handlers: {},
});

describe('planMigrations', () => {
  it('orders each feature by version', () => {
    const [plan] = planMigrations([{ feature: 'a', migrations: [create(2, 'b'), create(1, 'a')] }]);
    expect(plan?.migrations.map((m) => m.version)).toEqual([1, 2]);
  });

  it('refuses gaps, repeats, a list not starting at 1 and a feature listed twice', () => {
    const plan = (...m: Migration[]) => [{ feature: 'a', migrations: m }];
    expect(() => planMigrations(plan(create(1, 'a'), create(3, 'c')))).toThrow(/without gaps or repeats/);
    expect(() => planMigrations(plan(create(1, 'a'), create(1, 'b')))).toThrow(/without gaps or repeats/);
    expect(() => planMigrations(plan(create(2, 'b')))).toThrow(/without gaps or repeats/);
    expect(() => planMigrations([...plan(create(1, 'a')), ...plan(create(1, 'a'))])).toThrow(/Two/);
  });

  it('two features may both have a step 1: they never collide', () => {
    const db = freshDb();
    const applied = migrate(db, [
      { feature: 'a', migrations: [create(1, 'a1')] },
      { feature: 'b', migrations: [create(1, 'b1')] },
    ]);
    expect(applied).toEqual(['a/1', 'b/1']);
    expect(tables(db)).toEqual(['a1', 'b1', 'schema_migrations']);
  });

  it("the app's own migrations are numbered 1..N per feature", () => {
    expect(() => planMigrations(PLANS)).not.toThrow();
  });
});

describe('migrate', () => {
  it('applies pending migrations in order, records each, and backs up only a database with data', () => {
    const db = freshDb();
    const ran: number[] = [];
    const step = (version: number): Migration => ({
      version,
      name: `s${version}`,
      up: () => ran.push(version),
    });
    let backups = 0;
    const plan = (...m: Migration[]) => [{ feature: 'f', migrations: m }];
    expect(migrate(db, plan(step(2), step(1)), () => backups++)).toEqual(['f/1', 'f/2']);
    expect(appliedVersions(db).get('f')).toBe(2);
    expect(migrate(db, plan(step(1), step(2), step(3)), () => backups++)).toEqual(['f/3']);
    expect(migrate(db, plan(step(1), step(2), step(3)), () => backups++)).toEqual([]);
    expect(ran).toEqual([1, 2, 3]);
    expect(backups).toBe(1);
    db.close();
  });

  it('is all or nothing: a failing migration leaves the steps and the schema as they were', () => {
    const db = freshDb();
    migrate(db, [{ feature: 'f', migrations: [create(1, 'a')] }]);
    const failing: Migration = {
      version: 3,
      name: 'fails',
      up: () => {
        throw new Error('boom');
      },
    };
    expect(() =>
      migrate(db, [{ feature: 'f', migrations: [create(1, 'a'), create(2, 'b'), failing] }]),
    ).toThrow('boom');
    expect(appliedVersions(db).get('f')).toBe(1);
    expect(tables(db)).toEqual(['a', 'schema_migrations']);
    db.close();
  });

  it('refuses a database with a step or a feature this build does not know', () => {
    const db = freshDb();
    migrate(db, [{ feature: 'f', migrations: [create(1, 'a'), create(2, 'b')] }]);
    expect(() => migrate(db, [{ feature: 'f', migrations: [create(1, 'a')] }])).toThrow(
      DatabaseFromTheFutureError,
    );
    expect(() => migrate(db, [{ feature: 'g', migrations: [create(1, 'c')] }])).toThrow(
      DatabaseFromTheFutureError,
    );
    expect(tables(db)).toEqual(['a', 'b', 'schema_migrations']);
    db.close();
  });

  it('upgrades a database numbered the old way (one global user_version) in place', () => {
    const db = freshDb();
    // What the last build before per-feature steps left: platform 1, library 1 and 2 as user_version 3.
    const step = (feature: string, version: number) => {
      const m = PLANS.find((p) => p.feature === feature)?.migrations.find((x) => x.version === version);
      if (!m) throw new Error(`no ${feature}/${version}`);
      return m;
    };
    const legacy = [step('platform', 1), step('library', 1), step('library', 2)];
    db.transaction(() => {
      for (const m of legacy) m.up(db);
      db.pragma('user_version = 3');
    })();
    db.prepare("INSERT INTO settings (key, value) VALUES ('centre.name', '\"旧中心\"')").run();
    let backups = 0;
    migrate(db, PLANS, () => backups++);
    const applied = appliedVersions(db);
    const latest = (f: string) => PLANS.find((p) => p.feature === f)?.migrations.length;
    expect(applied.get('platform')).toBe(latest('platform'));
    expect(applied.get('library')).toBe(latest('library'));
    expect(backups).toBe(1);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'centre.name'").pluck().get()).toBe('"旧中心"');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(1000);
    db.close();
  });

  it('refuses a legacy database newer than the legacy list', () => {
    const db = freshDb();
    db.pragma('user_version = 5');
    expect(() => migrate(db, PLANS)).toThrow(DatabaseFromTheFutureError);
    expect(tables(db)).toEqual([]);
    db.close();
  });
});

describe('migrations at Core.open', () => {
  it('refuses a database from the future and leaves it untouched', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir });
    first.core.close();
    const raw = new Database(first.dbFile);
    raw.prepare("INSERT INTO schema_migrations VALUES ('platform', 99, 'future', '2030-01-01')").run();
    raw.close();
    const before = dumpDatabase(first.dbFile);
    await expect(openTestCore({ dataDir })).rejects.toBeInstanceOf(DatabaseFromTheFutureError);
    expect(dumpDatabase(first.dbFile)).toBe(before);
  });

  it('backs up an existing database before migrating it', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir });
    const { visitId } = await first.ok('visits.begin', { language: 'en' });
    first.core.close();
    expect(first.core.backups.list()).toEqual([]);

    const next = await openTestCore({
      dataDir,
      features: [
        ...FEATURES,
        extraFeature((db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT')),
      ],
    });
    const backups = next.core.backups.list();
    expect(backups.map((b) => b.reason)).toEqual(['pre-migration']);
    const [backup] = backups;
    const copy = openDatabase(next.core.backups.pathOf(backup?.name ?? ''), { readonly: true });
    expect(appliedVersions(copy).has('extra')).toBe(false);
    expect(copy.prepare('SELECT id FROM visits').pluck().all()).toEqual([visitId]);
    copy.close();
    next.core.close();
    const after = openDatabase(next.dbFile, { readonly: true });
    expect(appliedVersions(after).get('extra')).toBe(1);
    expect(tables(after)).toContain('extra');
    after.close();
  });

  it('takes no backup of a fresh database', async () => {
    const { core } = await openTestCore();
    expect(core.backups.list()).toEqual([]);
  });

  it('keeps the data and the steps when a migration fails at start', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir });
    await first.ok('visits.begin', { language: 'zh-CN' });
    first.core.close();
    const before = dumpDatabase(first.dbFile);

    const failing = extraFeature((db) => {
      db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
      throw new Error('migration failed');
    });
    await expect(openTestCore({ dataDir, features: [...FEATURES, failing] })).rejects.toThrow(
      'migration failed',
    );
    expect(dumpDatabase(first.dbFile)).toBe(before);

    // The old build still opens it.
    const again = await openTestCore({ dataDir });
    expect((await again.ok('kiosk.counters', {})).find((c) => c.key === 'platform.visits')?.value).toBe(1);
  });
});
