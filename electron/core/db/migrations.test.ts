import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature } from '../context';
import { FEATURES } from '../features';
import { dumpDatabase, openTestCore, tempDir } from '../testing';
import { openDatabase, type Db } from './database';
import {
  DatabaseFromTheFutureError,
  migrate,
  orderMigrations,
  schemaVersion,
  type Migration,
} from './migrations';

const KNOWN = FEATURES.flatMap((f) => f.migrations).length;

function freshDb(): Db {
  return openDatabase(path.join(tempDir(), 'm.sqlite'));
}

function tables(db: Db): string[] {
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

/** A feature adding one migration after all of the app's own. */
const extraFeature = (up: Migration['up']): Feature => ({
  id: 'extra',
  area: false,
  migrations: [{ version: KNOWN + 1, name: 'extra', up }],
  handlers: {},
});

describe('orderMigrations', () => {
  it('orders by version', () => {
    const ordered = orderMigrations([create(3, 'c'), create(1, 'a'), create(2, 'b')]);
    expect(ordered.map((m) => m.version)).toEqual([1, 2, 3]);
  });

  it('refuses gaps, repeats and a list not starting at 1', () => {
    expect(() => orderMigrations([create(1, 'a'), create(3, 'c')])).toThrow(/without gaps or repeats/);
    expect(() => orderMigrations([create(1, 'a'), create(1, 'b')])).toThrow(/without gaps or repeats/);
    expect(() => orderMigrations([create(2, 'b')])).toThrow(/without gaps or repeats/);
  });

  it("the app's own migrations are numbered 1..N", () => {
    expect(orderMigrations(FEATURES.flatMap((f) => f.migrations))).toHaveLength(KNOWN);
  });
});

describe('migrate', () => {
  it('applies pending migrations in order and records the version', () => {
    const db = freshDb();
    const ran: number[] = [];
    const step = (version: number): Migration => ({
      version,
      name: `s${version}`,
      up: () => ran.push(version),
    });
    const froms: number[] = [];
    expect(migrate(db, [step(2), step(1)], (from) => froms.push(from))).toEqual([1, 2]);
    expect(schemaVersion(db)).toBe(2);
    expect(migrate(db, [step(1), step(2), step(3)], (from) => froms.push(from))).toEqual([3]);
    expect(migrate(db, [step(1), step(2), step(3)], (from) => froms.push(from))).toEqual([]);
    expect(ran).toEqual([1, 2, 3]);
    expect(froms).toEqual([0, 2]);
    db.close();
  });

  it('is all or nothing: a failing migration leaves the version and the schema as they were', () => {
    const db = freshDb();
    migrate(db, [create(1, 'a')]);
    const failing: Migration = {
      version: 3,
      name: 'fails',
      up: () => {
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [create(1, 'a'), create(2, 'b'), failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a']);
    db.close();
  });

  it('refuses a database newer than the code', () => {
    const db = freshDb();
    db.pragma('user_version = 5');
    expect(() => migrate(db, [create(1, 'a')])).toThrow(DatabaseFromTheFutureError);
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
    raw.pragma(`user_version = ${KNOWN + 7}`);
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
    expect(schemaVersion(copy)).toBe(KNOWN);
    expect(copy.prepare('SELECT id FROM visits').pluck().all()).toEqual([visitId]);
    copy.close();
    next.core.close();
    const after = openDatabase(next.dbFile, { readonly: true });
    expect(schemaVersion(after)).toBe(KNOWN + 1);
    expect(tables(after)).toContain('extra');
    after.close();
  });

  it('takes no backup of a fresh database', async () => {
    const { core } = await openTestCore();
    expect(core.backups.list()).toEqual([]);
  });

  it('keeps the data and the version when a migration fails at start', async () => {
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
    expect((await again.ok('kiosk.counters', {})).find((c) => c.key === 'visits')?.value).toBe(1);
  });
});
