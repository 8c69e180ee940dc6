import type { Migration } from '../../../db/migrations';

/** Lending's request ids join the platform's one request table (platform step 2), kept as they were. */
export const m003RequestsToPlatform: Migration = {
  version: 3,
  name: 'requests-to-platform',
  up(db) {
    db.exec(`
      INSERT INTO requests (request_id, method, input, result, at)
        SELECT request_id, method, input, result, at FROM lending_requests;
      DROP TABLE lending_requests;
    `);
  },
};
