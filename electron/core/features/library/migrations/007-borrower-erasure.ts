import type { Migration } from '../../../db/migrations';

/**
 * A borrower can be erased (PIPL): the row stays as an anonymous reader (no name, card, phone or
 * note) so that their past loans still count in the statistics, and `erased_at` says it is one.
 * Every screen and lookup of borrowers leaves such rows out.
 */
export const m007BorrowerErasure: Migration = {
  version: 7,
  name: 'borrower-erasure',
  up(db) {
    db.exec('ALTER TABLE borrowers ADD COLUMN erased_at TEXT');
  },
};
