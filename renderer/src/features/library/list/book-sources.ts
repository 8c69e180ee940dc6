import { queryOptions } from '@tanstack/react-query';
import type { Paged } from '../../../../../electron/shared';
import type { TitleCard } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';

export type SortOrder = 'pinyin' | 'popular';

/** Rows per request: a multiple of 2 and 3, the grid's column counts in portrait and landscape. */
export const PAGE_SIZE = 48;

/** A long list of books fetched page by page: the key of its queries and how to fetch one page. */
export interface BookSource<P extends Paged<TitleCard> = Paged<TitleCard>> {
  key: readonly unknown[];
  fetch(offset: number, limit: number): Promise<P>;
}

export function pageQuery<P extends Paged<TitleCard>>(source: BookSource<P>, index: number) {
  return queryOptions({
    queryKey: [...source.key, 'page', index],
    queryFn: () => source.fetch(index * PAGE_SIZE, PAGE_SIZE),
  });
}

export const shelfSource = (id: number, sort: SortOrder) => ({
  key: ['library', 'shelf', id, sort],
  fetch: (offset: number, limit: number) => invoke('catalogue.shelf', { id, sort, offset, limit }),
});

/** `list` keeps the librarian's own order of the reading list. */
export const readingListSource = (id: number, sort: SortOrder | 'list') => ({
  key: ['library', 'readingList', id, sort],
  fetch: (offset: number, limit: number) =>
    invoke('catalogue.readingList', { id, offset, limit, ...(sort === 'list' ? {} : { sort }) }),
});

export const newArrivalsSource: BookSource = {
  key: ['library', 'newArrivals'],
  fetch: (offset, limit) => invoke('catalogue.newArrivals', { offset, limit }),
};

export const popularSource: BookSource = {
  key: ['library', 'popular'],
  fetch: (offset, limit) => invoke('catalogue.popular', { offset, limit }),
};

export const searchSource = (q: string) => ({
  key: ['library', 'search', q],
  fetch: (offset: number, limit: number) => invoke('catalogue.search', { q, offset, limit }),
});
