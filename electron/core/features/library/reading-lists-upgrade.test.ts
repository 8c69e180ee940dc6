import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestCore, tempDir } from '../../testing';

/**
 * Turns a data folder back into what a build before publishing left: no publishing tables, the
 * library at step 2, counted per feature (`tracked`) or by the older global `user_version`.
 */
function makeOld(dbFile: string, numbering: 'tracked' | 'user_version'): void {
  const db = new Database(dbFile);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec('DROP TABLE publishing_items; DROP TABLE published_versions;');
    db.prepare(
      "DELETE FROM schema_migrations WHERE feature = 'publishing' OR (feature = 'library' AND version > 2)",
    ).run();
    // A list the old desk made and nobody ever reviewed: on show all the same.
    db.prepare(
      "INSERT INTO reading_lists (name, description, position, created_at) VALUES ('旧书单', NULL, 99, '2024-01-01')",
    ).run();
    if (numbering === 'user_version') {
      db.exec('DROP TABLE schema_migrations');
      db.pragma('user_version = 3');
    }
  } finally {
    db.close();
  }
}

describe('reading lists of an older data folder', () => {
  it.each(['tracked', 'user_version'] as const)(
    'become published as they are (%s numbering), after a backup',
    async (numbering) => {
      const dataDir = tempDir();
      const first = await openTestCore({ dataDir, demo: true });
      first.core.close();
      makeOld(first.dbFile, numbering);

      const t = await openTestCore({ dataDir });
      await t.signIn();
      expect(t.core.backups.list().map((b) => b.reason)).toEqual(['pre-migration']);
      const drafts = await t.ok('readingLists.list', {});
      expect(drafts.length).toBeGreaterThanOrEqual(6);
      const shown = await t.ok('catalogue.readingLists', {}, 'visitor');
      expect(shown.map((l) => l.name)).toEqual(drafts.map((l) => l.name));
      expect(shown.at(-1)?.name).toBe('旧书单');

      for (const list of drafts) {
        expect(list.publishing).toMatchObject({ state: 'published', liveVersion: 1, pending: null });
        const desk = await t.ok('readingLists.get', { id: list.id });
        const visitor = await t.ok('catalogue.readingList', { id: list.id, limit: 500 }, 'visitor');
        expect(visitor.rows.map((r) => r.id)).toEqual(desk.titles.map((x) => x.id));
        const [version] = await t.ok('publishing.history', {
          kind: 'library.readingList',
          contentId: list.id,
        });
        expect(version).toMatchObject({ version: 1, submittedBy: null, approvedBy: null, live: true });
        // The stored version is exactly the draft's snapshot: nothing to review until it changes.
        const refused = await t.refused('publishing.submit', {
          kind: 'library.readingList',
          contentId: list.id,
        });
        expect(refused.code).toBe('publishing_unchanged');
      }
    },
  );
});
