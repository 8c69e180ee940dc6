import type { Migration } from '../../../db/migrations';

/**
 * What time settles (requests past their start, bookings not checked in, events ended) is looked
 * up before every booking write: by state and start, so that lookup reads the few live bookings
 * rather than every booking the centre ever had.
 */
export const m003StatusIndex: Migration = {
  version: 3,
  name: 'status-index',
  up(db) {
    db.exec(`CREATE INDEX bookings_status_start ON bookings (status, start_min);`);
  },
};
