import { BORROWER_TYPES, CLC_CLASSES, COPY_STATUSES, HOLD_STATUSES } from '../../../../shared/library.api';
import type { Migration } from '../../../db/migrations';

const HAN = `content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'`;
// Prefix indexes answer the short Latin queries (`d`, `ds`, `dsx`) from one doclist each.
const LATIN = `${HAN}, prefix = '1 2 3'`;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Loan rules a fresh centre starts with; the librarian changes them on the rules screen. */
const DEFAULT_RULES: [string, number, number, number][] = [
  ['party_member', 30, 5, 1],
  ['employee', 30, 3, 1],
  ['resident', 21, 2, 1],
  ['volunteer', 45, 8, 2],
];

export const m001Library: Migration = {
  version: 1,
  name: 'library',
  up(db) {
    db.exec(`
      CREATE TABLE shelves (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 40),
        description TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE titles (
        id INTEGER PRIMARY KEY,
        isbn TEXT UNIQUE CHECK (isbn IS NULL OR (length(isbn) = 13 AND isbn NOT GLOB '*[^0-9]*')),
        title TEXT NOT NULL CHECK (length(title) > 0),
        subtitle TEXT,
        authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors) AND json_type(authors) = 'array'),
        publisher TEXT,
        year INTEGER CHECK (year IS NULL OR year BETWEEN 1800 AND 2100),
        edition TEXT,
        pages INTEGER CHECK (pages IS NULL OR pages > 0),
        clc TEXT CHECK (clc IS NULL OR clc IN (${list(CLC_CLASSES)})),
        call_number TEXT,
        summary TEXT,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        cover TEXT,
        -- The title's pinyin: lists sort by it, never by code point.
        sort_key TEXT NOT NULL,
        -- Kept by the triggers on copies and loans below: lists and search read them without a join.
        copies_in INTEGER NOT NULL DEFAULT 0 CHECK (copies_in >= 0),
        copies_total INTEGER NOT NULL DEFAULT 0 CHECK (copies_total >= 0),
        loan_count INTEGER NOT NULL DEFAULT 0 CHECK (loan_count >= 0),
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX titles_sort ON titles (sort_key, id);
      CREATE INDEX titles_added ON titles (added_at DESC, id DESC);
      CREATE INDEX titles_popular ON titles (loan_count DESC, sort_key, id);

      CREATE TABLE copies (
        id INTEGER PRIMARY KEY,
        title_id INTEGER NOT NULL REFERENCES titles (id),
        barcode TEXT NOT NULL UNIQUE CHECK (length(barcode) BETWEEN 1 AND 32),
        shelf_id INTEGER REFERENCES shelves (id),
        status TEXT NOT NULL DEFAULT 'available' CHECK (status IN (${list(COPY_STATUSES)})),
        note TEXT,
        added_at TEXT NOT NULL,
        withdrawn_at TEXT
      ) STRICT;
      CREATE INDEX copies_title ON copies (title_id, status);
      CREATE INDEX copies_shelf ON copies (shelf_id, title_id);

      CREATE TABLE reading_lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE reading_list_titles (
        list_id INTEGER NOT NULL REFERENCES reading_lists (id) ON DELETE CASCADE,
        title_id INTEGER NOT NULL REFERENCES titles (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (list_id, title_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX reading_list_titles_title ON reading_list_titles (title_id);

      CREATE TABLE borrowers (
        id INTEGER PRIMARY KEY,
        card_no TEXT NOT NULL UNIQUE CHECK (length(card_no) BETWEEN 1 AND 32),
        name TEXT NOT NULL CHECK (length(name) > 0),
        phone TEXT,
        company TEXT,
        party_branch TEXT,
        type TEXT NOT NULL CHECK (type IN (${list(BORROWER_TYPES)})),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        note TEXT,
        sort_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX borrowers_sort ON borrowers (sort_key, id);
      CREATE INDEX borrowers_company ON borrowers (company);
      CREATE INDEX borrowers_branch ON borrowers (party_branch);

      CREATE TABLE loan_rules (
        borrower_type TEXT PRIMARY KEY CHECK (borrower_type IN (${list(BORROWER_TYPES)})),
        days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),
        max_items INTEGER NOT NULL CHECK (max_items BETWEEN 0 AND 100),
        renewals INTEGER NOT NULL CHECK (renewals BETWEEN 0 AND 10),
        block_when_overdue INTEGER NOT NULL DEFAULT 1 CHECK (block_when_overdue IN (0, 1))
      ) STRICT;

      -- A due date never falls on one of these (local dates, YYYY-MM-DD).
      CREATE TABLE closed_days (
        date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        reason TEXT
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE loans (
        id INTEGER PRIMARY KEY,
        copy_id INTEGER NOT NULL REFERENCES copies (id),
        title_id INTEGER NOT NULL REFERENCES titles (id),
        borrower_id INTEGER NOT NULL REFERENCES borrowers (id),
        loaned_at TEXT NOT NULL,
        due_on TEXT NOT NULL,
        renewals INTEGER NOT NULL DEFAULT 0 CHECK (renewals >= 0),
        returned_at TEXT,
        closed_as TEXT CHECK (closed_as IN ('returned', 'lost')),
        channel TEXT NOT NULL DEFAULT 'desk' CHECK (channel IN ('desk', 'self', 'import')),
        CHECK ((returned_at IS NULL) = (closed_as IS NULL))
      ) STRICT;
      -- The invariant: a copy has at most one open loan.
      CREATE UNIQUE INDEX loans_one_open_per_copy ON loans (copy_id) WHERE returned_at IS NULL;
      CREATE INDEX loans_open_by_borrower ON loans (borrower_id, due_on) WHERE returned_at IS NULL;
      CREATE INDEX loans_open_by_due ON loans (due_on) WHERE returned_at IS NULL;
      CREATE INDEX loans_by_title ON loans (title_id, due_on);
      CREATE INDEX loans_by_borrower ON loans (borrower_id, loaned_at);
      CREATE INDEX loans_by_date ON loans (loaned_at);

      CREATE TABLE renewals (
        id INTEGER PRIMARY KEY,
        loan_id INTEGER NOT NULL REFERENCES loans (id),
        at TEXT NOT NULL,
        old_due_on TEXT NOT NULL,
        new_due_on TEXT NOT NULL,
        channel TEXT NOT NULL DEFAULT 'desk' CHECK (channel IN ('desk', 'self'))
      ) STRICT;
      CREATE INDEX renewals_loan ON renewals (loan_id);

      CREATE TABLE holds (
        id INTEGER PRIMARY KEY,
        title_id INTEGER NOT NULL REFERENCES titles (id),
        borrower_id INTEGER NOT NULL REFERENCES borrowers (id),
        status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN (${list(HOLD_STATUSES)})),
        placed_at TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        copy_id INTEGER REFERENCES copies (id),
        ready_at TEXT,
        ready_until TEXT,
        closed_at TEXT,
        CHECK (status <> 'ready' OR (copy_id IS NOT NULL AND ready_until IS NOT NULL))
      ) STRICT;
      -- One active hold per borrower and title; one ready hold per copy.
      CREATE UNIQUE INDEX holds_one_active ON holds (title_id, borrower_id) WHERE status IN ('waiting', 'ready');
      CREATE UNIQUE INDEX holds_one_per_copy ON holds (copy_id) WHERE status = 'ready';
      CREATE INDEX holds_queue ON holds (title_id, status, placed_at, id);
      CREATE INDEX holds_by_borrower ON holds (borrower_id, status);
      CREATE INDEX holds_waiting_expiry ON holds (expires_on) WHERE status = 'waiting';
      CREATE INDEX holds_ready_expiry ON holds (ready_until) WHERE status = 'ready';

      -- A repeated checkout, return or renewal (double scan, retry) answers the stored first result.
      CREATE TABLE lending_requests (
        request_id TEXT PRIMARY KEY,
        method TEXT NOT NULL,
        input TEXT NOT NULL,
        result TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Copy status follows the loans, so the two can never disagree.
      CREATE TRIGGER loans_copy_loanable BEFORE INSERT ON loans
      WHEN NEW.returned_at IS NULL AND (SELECT status FROM copies WHERE id = NEW.copy_id) NOT IN ('available', 'on_hold_shelf')
      BEGIN SELECT RAISE(ABORT, 'copy not loanable'); END;
      CREATE TRIGGER loans_copy_out AFTER INSERT ON loans WHEN NEW.returned_at IS NULL
      BEGIN UPDATE copies SET status = 'on_loan' WHERE id = NEW.copy_id; END;
      CREATE TRIGGER loans_count AFTER INSERT ON loans
      BEGIN UPDATE titles SET loan_count = loan_count + 1 WHERE id = NEW.title_id; END;
      CREATE TRIGGER loans_copy_back AFTER UPDATE OF returned_at ON loans
      WHEN OLD.returned_at IS NULL AND NEW.returned_at IS NOT NULL
      BEGIN
        UPDATE copies SET status = CASE NEW.closed_as WHEN 'lost' THEN 'lost' ELSE 'available' END
        WHERE id = NEW.copy_id;
      END;
      CREATE TRIGGER loans_no_reopen BEFORE UPDATE OF returned_at ON loans
      WHEN OLD.returned_at IS NOT NULL AND NEW.returned_at IS NULL
      BEGIN SELECT RAISE(ABORT, 'a closed loan stays closed'); END;
      CREATE TRIGGER copies_status_matches_loans BEFORE UPDATE OF status ON copies
      WHEN (NEW.status = 'on_loan') <>
           EXISTS (SELECT 1 FROM loans WHERE copy_id = NEW.id AND returned_at IS NULL)
      BEGIN SELECT RAISE(ABORT, 'copy status must match its loans'); END;
      CREATE TRIGGER copies_new_not_on_loan BEFORE INSERT ON copies WHEN NEW.status = 'on_loan'
      BEGIN SELECT RAISE(ABORT, 'a new copy cannot be on loan'); END;

      -- titles.copies_in / copies_total follow the copies.
      CREATE TRIGGER copies_count_insert AFTER INSERT ON copies
      BEGIN
        UPDATE titles SET
          copies_in = copies_in + (NEW.status = 'available'),
          copies_total = copies_total + (NEW.status NOT IN ('lost', 'withdrawn'))
        WHERE id = NEW.title_id;
      END;
      CREATE TRIGGER copies_count_update AFTER UPDATE OF status, title_id ON copies
      BEGIN
        UPDATE titles SET
          copies_in = copies_in - (OLD.status = 'available'),
          copies_total = copies_total - (OLD.status NOT IN ('lost', 'withdrawn'))
        WHERE id = OLD.title_id;
        UPDATE titles SET
          copies_in = copies_in + (NEW.status = 'available'),
          copies_total = copies_total + (NEW.status NOT IN ('lost', 'withdrawn'))
        WHERE id = NEW.title_id;
      END;
      CREATE TRIGGER copies_count_delete AFTER DELETE ON copies
      BEGIN
        UPDATE titles SET
          copies_in = copies_in - (OLD.status = 'available'),
          copies_total = copies_total - (OLD.status NOT IN ('lost', 'withdrawn'))
        WHERE id = OLD.title_id;
      END;

      -- Exact-match keys of a title (folded text, full pinyin, initials): the search's first rank.
      CREATE TABLE title_keys (
        key TEXT NOT NULL,
        title_id INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
        PRIMARY KEY (key, title_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX title_keys_title ON title_keys (title_id);

      -- The search index (see search-index.ts): one table per rank, so a rank reads only its own
      -- doclists. Contentless: the documents are rebuilt from titles. rowid = title id, plus 2^40
      -- while no copy is in, so rowid order is "available first" in every table.
      CREATE VIRTUAL TABLE search_title_han USING fts5(t, ${HAN});
      CREATE VIRTUAL TABLE search_author_han USING fts5(t, ${HAN});
      CREATE VIRTUAL TABLE search_other_han USING fts5(t, ${HAN});
      CREATE VIRTUAL TABLE search_title_latin USING fts5(p, i, ${LATIN});
      CREATE VIRTUAL TABLE search_author_latin USING fts5(p, i, ${LATIN});
      CREATE VIRTUAL TABLE search_other_latin USING fts5(p, ${LATIN});
    `);
    const rule = db.prepare(
      'INSERT INTO loan_rules (borrower_type, days, max_items, renewals, block_when_overdue) VALUES (?, ?, ?, ?, 1)',
    );
    for (const r of DEFAULT_RULES) rule.run(...r);
  },
};
