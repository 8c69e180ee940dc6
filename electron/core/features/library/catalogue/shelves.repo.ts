import type { ReadingList, Shelf } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { cached } from '../../../platform/sql/statements';

interface ShelfRow {
  id: number;
  name: string;
  description: string | null;
  position: number;
  title_count: number;
}

interface ReadingListRow {
  id: number;
  name: string;
  description: string | null;
  position: number;
  title_count: number;
}

const toShelf = (r: ShelfRow): Shelf => ({
  id: r.id,
  name: r.name,
  description: r.description,
  position: r.position,
  titleCount: r.title_count,
});

const toList = (r: ReadingListRow): ReadingList => ({
  id: r.id,
  name: r.name,
  description: r.description,
  position: r.position,
  titleCount: r.title_count,
});

const SHELVES = `SELECT s.id, s.name, s.description, s.position,
  (SELECT count(DISTINCT c.title_id) FROM copies c WHERE c.shelf_id = s.id AND c.status <> 'withdrawn')
    AS title_count
  FROM shelves s`;

const LISTS = `SELECT r.id, r.name, r.description, r.position,
  (SELECT count(*) FROM reading_list_titles t WHERE t.list_id = r.id) AS title_count
  FROM reading_lists r`;

export function shelvesRepo(db: Db) {
  return {
    all: () => cached<[], ShelfRow>(db, `${SHELVES} ORDER BY s.position, s.id`).all().map(toShelf),
    get(id: number): Shelf | undefined {
      const row = cached<[number], ShelfRow>(db, `${SHELVES} WHERE s.id = ?`).get(id);
      return row && toShelf(row);
    },
    /** Every shelf's id and name, without counting its titles as {@link all} does. */
    names: () => cached<[], { id: number; name: string }>(db, 'SELECT id, name FROM shelves').all(),
    /** Whether the shelf is there; cheaper than {@link get}, which counts its titles. */
    exists: (id: number) =>
      cached<[number], 1>(db, 'SELECT 1 FROM shelves WHERE id = ?').pluck().get(id) === 1,
    byName: (name: string) =>
      cached<[string], { id: number }>(db, 'SELECT id FROM shelves WHERE name = ?').get(name),
    nextPosition: () =>
      cached<[], number>(db, 'SELECT coalesce(max(position), 0) + 1 FROM shelves').pluck().get() ?? 1,
    insert(s: { name: string; description: string | null; position: number; at: string }): number {
      return Number(
        db
          .prepare(
            'INSERT INTO shelves (name, description, position, created_at) VALUES (@name, @description, @position, @at)',
          )
          .run(s).lastInsertRowid,
      );
    },
    update(id: number, s: { name: string; description: string | null; position: number }): void {
      db.prepare(
        'UPDATE shelves SET name = @name, description = @description, position = @position WHERE id = @id',
      ).run({ ...s, id });
    },
    setPosition(id: number, position: number): void {
      db.prepare('UPDATE shelves SET position = ? WHERE id = ?').run(position, id);
    },
  };
}

export function readingListsRepo(db: Db) {
  return {
    all: () => cached<[], ReadingListRow>(db, `${LISTS} ORDER BY r.position, r.id`).all().map(toList),
    get(id: number): ReadingList | undefined {
      const row = cached<[number], ReadingListRow>(db, `${LISTS} WHERE r.id = ?`).get(id);
      return row && toList(row);
    },
    byName: (name: string) =>
      cached<[string], { id: number }>(db, 'SELECT id FROM reading_lists WHERE name = ?').get(name),
    /** The draft's titles in the librarian's order. */
    titles: (id: number) =>
      cached<[number], { id: number; title: string }>(
        db,
        `SELECT t.id, t.title FROM reading_list_titles l JOIN titles t ON t.id = l.title_id
         WHERE l.list_id = ? ORDER BY l.position`,
      ).all(id),
    titleIds: (id: number) =>
      cached<[number], number>(
        db,
        'SELECT title_id FROM reading_list_titles WHERE list_id = ? ORDER BY position',
      )
        .pluck()
        .all(id),
    nextPosition: () =>
      cached<[], number>(db, 'SELECT coalesce(max(position), 0) + 1 FROM reading_lists').pluck().get() ?? 1,
    /** Creates or replaces a list and its titles in order. */
    save(l: {
      id?: number;
      name: string;
      description: string | null;
      position: number;
      titleIds: readonly number[];
      at: string;
    }): number {
      let id = l.id;
      if (id === undefined) {
        id = Number(
          db
            .prepare(
              'INSERT INTO reading_lists (name, description, position, created_at) VALUES (?, ?, ?, ?)',
            )
            .run(l.name, l.description, l.position, l.at).lastInsertRowid,
        );
      } else {
        db.prepare('UPDATE reading_lists SET name = ?, description = ?, position = ? WHERE id = ?').run(
          l.name,
          l.description,
          l.position,
          id,
        );
        db.prepare('DELETE FROM reading_list_titles WHERE list_id = ?').run(id);
      }
      const add = db.prepare(
        'INSERT INTO reading_list_titles (list_id, title_id, position) VALUES (?, ?, ?)',
      );
      l.titleIds.forEach((titleId, i) => add.run(id, titleId, i + 1));
      return id;
    },
  };
}
