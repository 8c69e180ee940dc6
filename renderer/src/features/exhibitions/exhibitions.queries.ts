import { queryOptions } from '@tanstack/react-query';
import type {
  Exhibition,
  ExhibitionCard,
  ExhibitHit,
  TimelineItem,
} from '../../../../electron/shared/exhibitions.types';
import type { Paged } from '../../../../electron/shared/platform.api';
import { invoke } from '../../lib/api';

/**
 * The exhibitions' queries. Keys start with `exhibitions`, so a `data.changed` event for the area
 * (a version approved, a rollback) refetches what the visitor sees.
 */
export const exhibitionsListQuery = queryOptions({
  queryKey: ['exhibitions', 'list'],
  queryFn: (): Promise<ExhibitionCard[]> => invoke('exhibitions.list', {}),
});

export const exhibitionQuery = (id: number) =>
  queryOptions({
    queryKey: ['exhibitions', 'get', id],
    queryFn: (): Promise<Exhibition> => invoke('exhibitions.get', { id }),
  });

export const timelineQuery = queryOptions({
  queryKey: ['exhibitions', 'timeline'],
  queryFn: (): Promise<TimelineItem[]> => invoke('exhibitions.timeline', {}),
});

/** Results a page at a time: a search rarely needs more than the first. */
export const SEARCH_PAGE = 20;

export const searchQuery = (q: string, page: number) =>
  queryOptions({
    queryKey: ['exhibitions', 'search', q, page],
    queryFn: (): Promise<Paged<ExhibitHit>> =>
      invoke('exhibitions.search', { q, offset: page * SEARCH_PAGE, limit: SEARCH_PAGE }),
  });
