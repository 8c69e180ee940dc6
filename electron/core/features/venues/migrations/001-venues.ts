import type { Migration } from '../../../db/migrations';

/**
 * Rooms, their weekly hours, blackouts and bookings. Times are wall-clock minutes at the centre
 * (`shared/wall-time.ts`), integers, so overlaps are exact.
 *
 * The one rule the database itself keeps: no two bookings that hold a room overlap, the room's
 * buffer included. SQLite has no exclusion constraint, so two triggers check it inside the writing
 * transaction, before the row is written; whatever path writes a booking (a visitor's request,
 * staff moving one on the calendar, a restore script), a second holder of a slot is refused with
 * `slot_taken`. A booking is at most a day long, so the check looks back one day and its buffer
 * on the (venue_id, start_min) index rather than at every booking the room ever had. The states
 * are written out here, not imported: a migration never changes once released.
 */
const HOLDING = `('requested', 'approved', 'checked_in', 'completed')`;
const CLASH = (self: string) => `
  SELECT RAISE(ABORT, 'slot_taken')
  FROM venues v JOIN bookings b ON b.venue_id = v.id
  WHERE v.id = NEW.venue_id ${self}
    AND b.status IN ${HOLDING}
    AND b.start_min > NEW.start_min - 1440 - v.buffer_minutes
    AND b.start_min < NEW.end_min + v.buffer_minutes
    AND NEW.start_min < b.end_min + v.buffer_minutes;`;

export const m001Venues: Migration = {
  version: 1,
  name: 'venues',
  up(db) {
    db.exec(`
      CREATE TABLE venues (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 40),
        name_en TEXT CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 60),
        floor TEXT NOT NULL DEFAULT '',
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        equipment TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(equipment)),
        min_minutes INTEGER NOT NULL DEFAULT 30 CHECK (min_minutes > 0),
        max_minutes INTEGER NOT NULL DEFAULT 240 CHECK (max_minutes BETWEEN min_minutes AND 1440),
        max_days_ahead INTEGER NOT NULL DEFAULT 60 CHECK (max_days_ahead > 0),
        min_notice_minutes INTEGER NOT NULL DEFAULT 1440 CHECK (min_notice_minutes >= 0),
        buffer_minutes INTEGER NOT NULL DEFAULT 15 CHECK (buffer_minutes BETWEEN 0 AND 240),
        needs_approval INTEGER NOT NULL DEFAULT 1 CHECK (needs_approval IN (0, 1)),
        purposes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(purposes)),
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

      CREATE TABLE venue_hours (
        venue_id INTEGER NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        opens_min INTEGER NOT NULL CHECK (opens_min BETWEEN 0 AND 1439),
        closes_min INTEGER NOT NULL CHECK (closes_min > opens_min AND closes_min <= 1440),
        PRIMARY KEY (venue_id, weekday)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE venue_blackouts (
        id INTEGER PRIMARY KEY,
        venue_id INTEGER REFERENCES venues (id) ON DELETE CASCADE,
        start_min INTEGER NOT NULL,
        end_min INTEGER NOT NULL CHECK (end_min > start_min),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200)
      ) STRICT;
      CREATE INDEX venue_blackouts_time ON venue_blackouts (start_min);

      CREATE TABLE bookings (
        id INTEGER PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE CHECK (length(ref) = 8),
        venue_id INTEGER NOT NULL REFERENCES venues (id),
        start_min INTEGER NOT NULL,
        end_min INTEGER NOT NULL CHECK (end_min > start_min AND end_min - start_min <= 1440),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
        purpose TEXT NOT NULL,
        company TEXT,
        branch TEXT,
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        headcount INTEGER NOT NULL CHECK (headcount > 0),
        notes TEXT,
        status TEXT NOT NULL CHECK (status IN
          ('requested', 'approved', 'declined', 'checked_in', 'completed', 'cancelled', 'no_show', 'expired')),
        reason TEXT,
        source TEXT NOT NULL CHECK (source IN ('kiosk', 'staff')),
        created_at TEXT NOT NULL,
        decided_at TEXT,
        checked_in_at TEXT
      ) STRICT;
      CREATE INDEX bookings_venue_start ON bookings (venue_id, start_min);
      CREATE INDEX bookings_start ON bookings (start_min);
      CREATE INDEX bookings_requested ON bookings (start_min) WHERE status = 'requested';

      CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings
      WHEN NEW.status IN ${HOLDING}
      BEGIN ${CLASH('')} END;

      CREATE TRIGGER bookings_no_overlap_update
      BEFORE UPDATE OF venue_id, start_min, end_min, status ON bookings
      WHEN NEW.status IN ${HOLDING}
      BEGIN ${CLASH('AND b.id <> NEW.id')} END;
    `);
  },
};
