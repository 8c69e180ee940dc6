import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WriteDb } from '../../../db/database';
import { m001Media } from './001-media';
import { m002MediaModels } from './002-media-models';

const row = (sha: string, kind: string) => ({
  uid: `u-${sha.slice(0, 4)}`,
  sha256: sha,
  kind,
  mime: 'x/y',
  bytes: 10,
  created_at: '2026-01-01T00:00:00.000Z',
  created_by: 'admin',
});
const insert =
  'INSERT INTO media (uid, sha256, kind, mime, bytes, created_at, created_by) VALUES (@uid, @sha256, @kind, @mime, @bytes, @created_at, @created_by)';

describe('the media table takes 3D models (migration 2)', () => {
  it('keeps every row, id and all, with its indexes, and only then takes `model`', () => {
    const db = new Database(':memory:') as WriteDb;
    m001Media.up(db);
    db.prepare(insert).run(row('a'.repeat(64), 'image'));
    db.prepare(insert).run(row('b'.repeat(64), 'video'));
    expect(() => db.prepare(insert).run(row('c'.repeat(64), 'model'))).toThrow(/CHECK/);
    const before = db.prepare('SELECT * FROM media ORDER BY id').all();

    db.transaction(() => m002MediaModels.up(db))();
    expect(db.prepare('SELECT * FROM media ORDER BY id').all()).toEqual(before);
    db.prepare(insert).run(row('c'.repeat(64), 'model'));
    expect(() => db.prepare(insert).run(row('d'.repeat(64), 'font'))).toThrow(/CHECK/);
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'media' AND sql IS NOT NULL",
      )
      .pluck()
      .all();
    expect(indexes.sort()).toEqual(['media_created', 'media_kind_created']);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'media_next'").pluck().get()).toBe(0);
  });
});
