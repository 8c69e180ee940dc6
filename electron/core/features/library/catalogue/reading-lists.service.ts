import type { Parsed } from '../../../../shared';
import type {
  DeskReadingList,
  DeskReadingListDetail,
  ReadingList,
  ReadingListPage,
} from '../../../../shared/library.api';
import type { WriteCtx } from '../../../context';
import type { Db } from '../../../db/database';
import { DomainError } from '../../../errors';
import { liveVersion, liveVersions, statusesOf } from '../../../platform/publishing/publishing.read';
import { draftChanged, submit } from '../../../platform/publishing/publishing.service';
import { readingListKind, type ReadingListPayload } from './reading-list.kind';
import { readingListsRepo } from './shelves.repo';
import { titlesRepo } from './titles.repo';

const notFound = () => new DomainError('not_found', 'No such reading list', { what: 'readingList' });

const toList = (id: number, p: ReadingListPayload): ReadingList => ({
  id,
  name: p.name,
  description: p.description,
  position: p.position,
  titleCount: p.titles.length,
});

function byPosition(a: ReadingList, b: ReadingList): number {
  return a.position - b.position || a.id - b.id;
}

/** The lists visitors see: each one's approved version, archived ones left out. */
export function publishedReadingLists(db: Db): ReadingList[] {
  return liveVersions(db, readingListKind)
    .map((v) => toList(v.contentId, v.payload))
    .sort(byPosition);
}

export function publishedReadingList(
  db: Db,
  input: { id: number; sort?: 'pinyin' | 'popular' | undefined; offset: number; limit: number },
): ReadingListPage {
  const live = liveVersion(db, readingListKind, input.id);
  if (!live) throw notFound();
  const ids = live.payload.titles.map((t) => t.id);
  return {
    ...titlesRepo(db).listPage(ids, input.sort, input.offset, input.limit),
    list: toList(input.id, live.payload),
  };
}

/** The published lists a title is on, for its page. */
export function publishedListsWith(db: Db, titleId: number): { id: number; name: string }[] {
  return liveVersions(db, readingListKind)
    .filter((v) => v.payload.titles.some((t) => t.id === titleId))
    .map((v) => toList(v.contentId, v.payload))
    .sort(byPosition)
    .map((l) => ({ id: l.id, name: l.name }));
}

export function deskReadingLists(db: Db): DeskReadingList[] {
  const statuses = statusesOf(db, readingListKind.kind);
  return readingListsRepo(db)
    .all()
    .map((l) => ({ ...l, publishing: statuses.get(l.id) ?? null }));
}

export function deskReadingList(db: Db, id: number): DeskReadingListDetail {
  const lists = readingListsRepo(db);
  const list = lists.get(id);
  if (!list) throw notFound();
  const publishing = statusesOf(db, readingListKind.kind).get(id) ?? null;
  return { ...list, publishing, titles: lists.titles(id) };
}

/** Saves the draft (and submits it when asked) in the call's transaction; visitors see nothing new yet. */
export function saveReadingList(ctx: WriteCtx, input: Parsed<'readingLists.save'>): DeskReadingList {
  const { id, name, description, position, titleIds } = input;
  const lists = readingListsRepo(ctx.db);
  const before = id === undefined ? undefined : lists.get(id);
  if (id !== undefined && !before) throw notFound();
  const other = lists.byName(name);
  if (other && other.id !== id) throw new DomainError('duplicate', 'A reading list with this name exists');
  const unique = [...new Set(titleIds)];
  const beforeIds = id === undefined ? [] : lists.titleIds(id);
  for (const t of unique) {
    if (!titlesRepo(ctx.db).byId(t)) throw new DomainError('not_found', 'No such title', { what: 'title' });
  }
  const saved = lists.save({
    ...(id === undefined ? {} : { id }),
    name,
    description: description ?? null,
    position: position ?? before?.position ?? lists.nextPosition(),
    titleIds: unique,
    at: ctx.now().toISOString(),
  });
  const after = lists.get(saved);
  if (!after) throw new Error('Reading list vanished');
  ctx.audit({
    entity: 'readingList',
    entityId: saved,
    before: before && { ...before, titleIds: beforeIds },
    after: { ...after, titleIds: unique },
  });
  let publishing = draftChanged(ctx, readingListKind, saved);
  if (input.submit) publishing = submit(ctx, readingListKind, saved);
  return { ...after, publishing };
}
