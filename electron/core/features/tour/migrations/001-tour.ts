import type { Migration } from '../../../db/migrations';

/**
 * The centre's floor plan as curators edit it: one draft (row 1), a JSON document in the shape of
 * `floorPlan` (shared/tour.api.ts). What visitors see is the published version (platform/publishing).
 */
export const m001Tour: Migration = {
  version: 1,
  name: 'tour',
  up(db) {
    db.exec(`
      CREATE TABLE tour_plans (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        plan TEXT NOT NULL CHECK (json_valid(plan)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
