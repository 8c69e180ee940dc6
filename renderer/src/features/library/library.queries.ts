import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../lib/api';

/**
 * The reading room's queries. Keys start with `library`, so a `data.changed` event for the library
 * (a loan at the desk, an import) refetches what the visitor sees.
 */
export const shelvesQuery = queryOptions({
  queryKey: ['library', 'shelves'],
  queryFn: () => invoke('catalogue.shelves', {}),
});

export const readingListsQuery = queryOptions({
  queryKey: ['library', 'readingLists'],
  queryFn: () => invoke('catalogue.readingLists', {}),
});

export const titleQuery = (id: number) =>
  queryOptions({
    queryKey: ['library', 'title', id],
    queryFn: () => invoke('catalogue.getTitle', { id }),
  });

export const suggestQuery = (q: string) =>
  queryOptions({
    queryKey: ['library', 'suggest', q],
    queryFn: () => invoke('catalogue.suggest', { q }),
  });

/**
 * Whether self-service is on. Under `kiosk` rather than `library`: it is a setting, and a
 * `settings.changed` event refetches the `kiosk` queries.
 */
export const selfServiceQuery = queryOptions({
  queryKey: ['kiosk', 'library.selfService'],
  queryFn: () => invoke('selfservice.info', {}),
});
