import type { Migration } from '../../../db/migrations';

/**
 * A curator may mark an exhibit for the welcome screen's rotation. The mark is part of the draft
 * (so it goes through review like every other change); drafts from before are not marked. The
 * published payloads need no step: an exhibit's `highlight` is only written there when true.
 */
export const m003ExhibitHighlight: Migration = {
  version: 3,
  name: 'exhibit-highlight',
  up(db) {
    db.exec(
      `ALTER TABLE exhibits ADD COLUMN highlight INTEGER NOT NULL DEFAULT 0 CHECK (highlight IN (0, 1));`,
    );
  },
};
