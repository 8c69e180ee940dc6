import type { Migration } from '../../../db/migrations';
import { uuidv7 } from '../../../db/uuid';

interface ListRow {
  id: number;
  name: string;
  description: string | null;
  position: number;
}

/**
 * Reading lists now go through review before visitors see them. The lists of an older data folder
 * were on show already: each becomes published as it is, version 1, approved by the system (no
 * staff member). The payload is the first shape of `readingListPayload`, written out here so this
 * step never changes with the code. It needs publishing's tables: publishing is registered before
 * the library, so its step 1 runs first.
 */
export const m005ReadingListsPublished: Migration = {
  version: 5,
  name: 'reading-lists-published',
  up(db) {
    const at = Date.now();
    const iso = new Date(at).toISOString();
    const lists = db
      .prepare<[], ListRow>('SELECT id, name, description, position FROM reading_lists ORDER BY id')
      .all();
    const titles = db.prepare<[number], { id: number; title: string }>(
      `SELECT t.id, t.title FROM reading_list_titles l JOIN titles t ON t.id = l.title_id
       WHERE l.list_id = ? ORDER BY l.position`,
    );
    const tracked = db.prepare<[number], { id: number }>(
      "SELECT id FROM publishing_items WHERE kind = 'library.readingList' AND content_id = ?",
    );
    const addItem = db.prepare(
      `INSERT INTO publishing_items (uid, kind, content_id, state, created_at, updated_at)
       VALUES (?, 'library.readingList', ?, 'published', ?, ?)`,
    );
    const addVersion = db.prepare(
      `INSERT INTO published_versions (uid, item_id, kind, content_id, status, version, title, payload,
         submitted_by, submitted_at, decided_by, decided_at)
       VALUES (?, ?, 'library.readingList', ?, 'approved', 1, ?, ?, NULL, ?, NULL, ?)`,
    );
    const setLive = db.prepare('UPDATE publishing_items SET live_version_id = ? WHERE id = ?');
    for (const list of lists) {
      if (tracked.get(list.id)) continue;
      const payload = JSON.stringify({
        name: list.name,
        description: list.description,
        position: list.position,
        titles: titles.all(list.id).map((t) => ({ id: t.id, title: t.title })),
      });
      const itemId = addItem.run(uuidv7(at), list.id, iso, iso).lastInsertRowid;
      const versionId = addVersion.run(
        uuidv7(at),
        itemId,
        list.id,
        list.name,
        payload,
        iso,
        iso,
      ).lastInsertRowid;
      setLive.run(versionId, itemId);
    }
  },
};
