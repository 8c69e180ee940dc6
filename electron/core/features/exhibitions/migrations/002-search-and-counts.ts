import type { Migration } from '../../../db/migrations';

// As the reading room's index: contentless, deletable rows, diacritics kept.
const HAN = `content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'`;
const LATIN = `${HAN}, prefix = '1 2 3'`;

/**
 * What is made from the published versions: the search index of live exhibits (rebuilt for an
 * exhibition whenever what visitors see of it changes) and the visitors' counts per day.
 */
export const m002SearchAndCounts: Migration = {
  version: 2,
  name: 'search-and-counts',
  up(db) {
    db.exec(`
      -- One row per live exhibit; its rowid is the rowid of its FTS rows.
      CREATE TABLE exhibit_search_rows (
        rowid INTEGER PRIMARY KEY,
        exhibition_id INTEGER NOT NULL,
        exhibit_uid TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        ord INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX exhibit_search_rows_exhibition ON exhibit_search_rows (exhibition_id);
      -- Han text one token per character (any substring is a phrase); Latin: pinyin and initials
      -- as suffix keys (prefix-indexed), the reading room's folding (platform/text). The title
      -- has columns of its own (t; tp, ti), so exhibits found by their title come first.
      CREATE VIRTUAL TABLE exhibit_search_han USING fts5 (t, r, ${HAN});
      CREATE VIRTUAL TABLE exhibit_search_latin USING fts5 (tp, ti, p, i, ${LATIN});

      CREATE TABLE exhibition_visits (
        day TEXT NOT NULL,
        exhibition_id INTEGER NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (day, exhibition_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exhibit_plays (
        day TEXT NOT NULL,
        exhibit_uid TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (day, exhibit_uid)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
