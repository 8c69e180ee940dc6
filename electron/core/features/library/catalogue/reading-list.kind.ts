import { z } from 'zod';
import { READING_LIST_KIND } from '../../../../shared/library.types';
import type { ContentKind } from '../../../platform/publishing/content-kind';
import { readingListsRepo } from './shelves.repo';

/**
 * A reading list's version as visitors read it. Titles carry their names as they were when
 * submitted, so a reviewer reads what changes; visitors' screens read each title afresh by id.
 * Library migration 004 writes this shape for older data folders: changing it needs a migration.
 */
export const readingListPayload = z.object({
  name: z.string().min(1).max(40),
  description: z.string().max(400).nullable(),
  position: z.number().int(),
  titles: z.array(z.object({ id: z.number().int().positive(), title: z.string() })).max(500),
});
export type ReadingListPayload = z.infer<typeof readingListPayload>;

export const readingListKind: ContentKind<ReadingListPayload> = {
  kind: READING_LIST_KIND,
  editorRole: 'librarian',
  schema: readingListPayload,
  snapshot(db, id) {
    const lists = readingListsRepo(db);
    const list = lists.get(id);
    if (!list) return null;
    return {
      name: list.name,
      description: list.description,
      position: list.position,
      titles: lists.titles(id),
    };
  },
  validate: (p) => (p.titles.length === 0 ? 'noTitles' : null),
  title: (p) => p.name,
  present: (p) => [
    { field: 'name', text: p.name },
    { field: 'description', text: p.description },
    { field: 'titles', items: p.titles.map((t) => ({ key: String(t.id), text: t.title })) },
  ],
};
