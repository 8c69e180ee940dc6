import type { Handlers } from '../../../context';
import { deskReadingList, deskReadingLists, saveReadingList } from './reading-lists.service';

type ReadingListMethods = 'readingLists.list' | 'readingLists.get' | 'readingLists.save';

/** The librarian's side of the reading lists: drafts, reviewed before visitors see them. */
export const readingListsHandlers: Pick<Handlers, ReadingListMethods> = {
  'readingLists.list': (_input, ctx) => deskReadingLists(ctx.db),
  'readingLists.get': ({ id }, ctx) => deskReadingList(ctx.db, id),
  'readingLists.save': (input, ctx) => saveReadingList(ctx, input),
};
