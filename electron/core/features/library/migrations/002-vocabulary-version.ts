import type { Migration } from '../../../db/migrations';

/**
 * A counter that moves only when a word the input method learns from the reading room changes
 * (titles, authors, shelf and list names, companies, party branches). The input method compares it
 * on each keystroke instead of re-reading every name after any write (a loan, a visit).
 */
export const m002VocabularyVersion: Migration = {
  version: 2,
  name: 'library-vocabulary-version',
  up(db) {
    const bump = "UPDATE library_meta SET value = value + 1 WHERE key = 'vocabulary_version';";
    const watched: [string, string][] = [
      ['titles', 'title, authors'],
      ['shelves', 'name'],
      ['reading_lists', 'name'],
      ['borrowers', 'company, party_branch'],
    ];
    db.exec(`
      CREATE TABLE library_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
      INSERT INTO library_meta (key, value) VALUES ('vocabulary_version', 1);
      ${watched
        .map(
          ([table, columns]) => `
      CREATE TRIGGER ${table}_vocabulary_insert AFTER INSERT ON ${table} BEGIN ${bump} END;
      CREATE TRIGGER ${table}_vocabulary_update AFTER UPDATE OF ${columns} ON ${table} BEGIN ${bump} END;
      CREATE TRIGGER ${table}_vocabulary_delete AFTER DELETE ON ${table} BEGIN ${bump} END;`,
        )
        .join('\n')}
    `);
  },
};
