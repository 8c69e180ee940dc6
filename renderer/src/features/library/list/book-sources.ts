import type { Paged } from '../../../../../electron/shared';
import type { TitleCard } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';
import type { PagedSource } from '../../../lib/use-paged-rows';

export type SortOrder = 'pinyin' | 'popular';

/** Rows per request: a multiple of 2 and 3, the grid's column counts in portrait and landscape. */
export const PAGE_SIZE = 48;

/** A long list of books fetched page by page. */
export type BookSource<P extends Paged<TitleCard> = Paged<TitleCard>> = PagedSource<P>;

export const shelfSource = (id: number, sort: SortOrder) => ({
  key: ['library', 'shelf', id, sort],
  pageSize: PAGE_SIZE,
  fetch: (offset: number, limit: number) => invoke('catalogue.shelf', { id, sort, offset, limit }),
});

/** `list` keeps the librarian's own order of the reading list. */
export const readingListSource = (id: number, sort: SortOrder | 'list') => ({
  key: ['library', 'readingList', id, sort],
  pageSize: PAGE_SIZE,
  fetch: (offset: number, limit: number) =>
    invoke('catalogue.readingList', { id, offset, limit, ...(sort === 'list' ? {} : { sort }) }),
});

export const newArrivalsSource: BookSource = {
  key: ['library', 'newArrivals'],
  pageSize: PAGE_SIZE,
  fetch: (offset, limit) => invoke('catalogue.newArrivals', { offset, limit }),
};

export const popularSource: BookSource = {
  key: ['library', 'popular'],
  pageSize: PAGE_SIZE,
  fetch: (offset, limit) => invoke('catalogue.popular', { offset, limit }),
};

export const searchSource = (q: string) => ({
  key: ['library', 'search', q],
  pageSize: PAGE_SIZE,
  fetch: (offset: number, limit: number) => invoke('catalogue.search', { q, offset, limit }),
});
