import type { Migration } from '../../../db/migrations';

/**
 * The curators' drafts: exhibitions, their sections, exhibits, the files and links of each. Texts
 * are stored as the curator wrote them, `{ "zh-CN", "zh-TW" | null, "en" | null }` as JSON (繁體
 * null: derived when a version is made). Every exhibition, section and exhibit carries a UUIDv7
 * `uid` beside its integer key: kept across saves, versions and content packs. Visitors never
 * read these tables: they read the published versions (platform publishing).
 */
export const m001Exhibitions: Migration = {
  version: 1,
  name: 'exhibitions',
  up(db) {
    db.exec(`
      CREATE TABLE exhibitions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (json_valid(title)),
        subtitle TEXT CHECK (subtitle IS NULL OR json_valid(subtitle)),
        intro TEXT CHECK (intro IS NULL OR json_valid(intro)),
        cover_media TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exhibition_sections (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        exhibition_id INTEGER NOT NULL REFERENCES exhibitions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (json_valid(title)),
        intro TEXT CHECK (intro IS NULL OR json_valid(intro)),
        period TEXT CHECK (period IN ('revolution', 'construction', 'reform', 'newEra')),
        UNIQUE (exhibition_id, position)
      ) STRICT;

      CREATE TABLE exhibits (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        section_id INTEGER NOT NULL REFERENCES exhibition_sections (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('photoSet', 'photo', 'video', 'audio', 'document', 'text')),
        title TEXT NOT NULL CHECK (json_valid(title)),
        caption TEXT CHECK (caption IS NULL OR json_valid(caption)),
        body TEXT CHECK (body IS NULL OR json_valid(body)),
        date_text TEXT,
        place TEXT CHECK (place IS NULL OR json_valid(place)),
        people TEXT CHECK (people IS NULL OR json_valid(people)),
        credit TEXT CHECK (credit IS NULL OR json_valid(credit)),
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        subtitles TEXT CHECK (subtitles IS NULL OR json_valid(subtitles)),
        UNIQUE (section_id, position)
      ) STRICT;

      CREATE TABLE exhibit_media (
        exhibit_id INTEGER NOT NULL REFERENCES exhibits (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        media_id TEXT NOT NULL CHECK (length(media_id) = 64),
        caption TEXT CHECK (caption IS NULL OR json_valid(caption)),
        PRIMARY KEY (exhibit_id, position)
      ) STRICT;
      CREATE INDEX exhibit_media_file ON exhibit_media (media_id);

      CREATE TABLE exhibit_links (
        exhibit_id INTEGER NOT NULL REFERENCES exhibits (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        area TEXT NOT NULL,
        kind TEXT NOT NULL,
        target_id TEXT NOT NULL,
        PRIMARY KEY (exhibit_id, position)
      ) STRICT;
    `);
  },
};
