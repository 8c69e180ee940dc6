import type { Migration } from '../../../db/migrations';

const PHOTOS = `photos TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(photos) AND json_type(photos) = 'array')`;

/** Photos of a room and of an event (its record): media ids, in order; the media store keeps the files. */
export const m005Photos: Migration = {
  version: 5,
  name: 'photos',
  up(db) {
    db.exec(`
      ALTER TABLE venues ADD COLUMN ${PHOTOS};
      ALTER TABLE booking_records ADD COLUMN ${PHOTOS};
    `);
  },
};
