import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../index';
import { openDatabase } from '../../db/database';
import { openTestCore, tempDir, type TestCore } from '../../testing';

const KIND = 'library.readingList';
const READING_LISTS_STEP = 5;

/**
 * A data folder from before publishing, counted per feature: the demo centre, then publishing's
 * tables and the library's steps from the reading-list one on (and what the later ones made) taken
 * away, and a list nobody ever reviewed added.
 */
async function trackedFolder(): Promise<string> {
  const dataDir = tempDir();
  const first = await openTestCore({ dataDir, demo: true });
  first.core.close();
  const db = new Database(first.dbFile);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec('DROP TABLE publishing_items; DROP TABLE published_versions; DROP TABLE borrower_pins;');
    db.exec('ALTER TABLE borrowers DROP COLUMN erased_at');
    db.prepare(
      "DELETE FROM schema_migrations WHERE feature = 'publishing' OR (feature = 'library' AND version >= ?)",
    ).run(READING_LISTS_STEP);
    db.prepare(
      "INSERT INTO reading_lists (name, description, position, created_at) VALUES ('旧书单', NULL, 99, '2024-01-01')",
    ).run();
  } finally {
    db.close();
  }
  return dataDir;
}

/**
 * A data folder of the last build before steps were counted per feature (`user_version` 3:
 * platform 1, library 1 and 2), with one title on one reading list, built from those named steps.
 */
function legacyFolder(): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, 'hongyi.sqlite'));
  const step = (feature: string, version: number) => {
    const m = FEATURES.find((f) => f.id === feature)?.migrations.find((x) => x.version === version);
    if (!m) throw new Error(`no ${feature}/${version}`);
    return m;
  };
  try {
    db.transaction(() => {
      for (const m of [step('platform', 1), step('library', 1), step('library', 2)]) m.up(db);
      const at = '2024-01-01T00:00:00.000Z';
      // The admin, whose PIN the test core sets as it opens.
      db.prepare(
        'INSERT INTO staff (staff_no, name, roles, pin_hash, created_at) VALUES (?, ?, ?, NULL, ?)',
      ).run('admin', 'Admin', '["admin"]', at);
      const titleId = db
        .prepare('INSERT INTO titles (title, sort_key, added_at, updated_at) VALUES (?, ?, ?, ?)')
        .run('红岩', 'hong yan', at, at).lastInsertRowid;
      const listId = db
        .prepare('INSERT INTO reading_lists (name, description, position, created_at) VALUES (?, ?, 1, ?)')
        .run('旧书单', '一直在展出', at).lastInsertRowid;
      db.prepare('INSERT INTO reading_list_titles (list_id, title_id, position) VALUES (?, ?, 1)').run(
        listId,
        titleId,
      );
      db.pragma('user_version = 3');
    })();
  } finally {
    db.close();
  }
  return dataDir;
}

/** Every list on the desk is on show as it is: version 1, approved by the system, nothing to review. */
async function expectPublishedAsTheyWere(t: TestCore): Promise<string[]> {
  const drafts = await t.ok('readingLists.list', {});
  const shown = await t.ok('catalogue.readingLists', {}, 'visitor');
  expect(shown.map((l) => l.name)).toEqual(drafts.map((l) => l.name));
  for (const list of drafts) {
    expect(list.publishing).toMatchObject({ state: 'published', liveVersion: 1, pending: null });
    const desk = await t.ok('readingLists.get', { id: list.id });
    const visitor = await t.ok('catalogue.readingList', { id: list.id, limit: 500 }, 'visitor');
    expect(visitor.rows.map((r) => r.id)).toEqual(desk.titles.map((x) => x.id));
    const versions = await t.ok('publishing.history', { kind: KIND, contentId: list.id });
    expect(versions).toEqual([
      expect.objectContaining({ version: 1, submittedBy: null, approvedBy: null, live: true }),
    ]);
    // The stored version is exactly the draft's snapshot: nothing to review until it changes.
    const refused = await t.refused('publishing.submit', { kind: KIND, contentId: list.id });
    expect(refused.code).toBe('publishing_unchanged');
  }
  return shown.map((l) => l.name);
}

describe('reading lists of an older data folder', () => {
  it('become published as they are (steps counted per feature), after a backup', async () => {
    const t = await openTestCore({ dataDir: await trackedFolder() });
    await t.signIn();
    expect(t.core.backups.list().map((b) => b.reason)).toEqual(['pre-migration']);
    const names = await expectPublishedAsTheyWere(t);
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names.at(-1)).toBe('旧书单');
  });

  it('become published as they are (one global user_version), after a backup', async () => {
    const t = await openTestCore({ dataDir: legacyFolder() });
    await t.signIn();
    expect(t.core.backups.list().map((b) => b.reason)).toEqual(['pre-migration']);
    expect(await expectPublishedAsTheyWere(t)).toEqual(['旧书单']);
    const [list] = await t.ok('catalogue.readingLists', {}, 'visitor');
    expect(list).toMatchObject({ description: '一直在展出', titleCount: 1 });
  });
});
