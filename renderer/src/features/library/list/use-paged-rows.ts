import { useQueries } from '@tanstack/react-query';
import type { Paged } from '../../../../../electron/shared';
import type { TitleCard } from '../../../../../electron/shared/library.api';
import { PAGE_SIZE, pageQuery, type BookSource } from './book-sources';

/**
 * The rows `first..last` of a paged list: only the pages under them are fetched, each once, so
 * a list of thousands costs a request per 48 rows the visitor actually scrolls past (and a fling
 * to the end fetches the end, not everything before it).
 */
export function usePagedRows(source: BookSource, first: number, last: number) {
  const pages: number[] = [];
  if (last >= first) {
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) pages.push(p);
  }
  const results = useQueries({
    queries: pages.map((p) => pageQuery(source, p)),
    combine: (answers) => answers.map((a) => a.data),
  });
  const loaded = new Map<number, Paged<TitleCard>>();
  pages.forEach((p, i) => {
    const data = results[i];
    if (data) loaded.set(p, data);
  });
  return (index: number): TitleCard | undefined =>
    loaded.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
}
