import { queryOptions, useQueries } from '@tanstack/react-query';
import type { Paged } from '../../../electron/shared';

/** A long list fetched page by page: the key of its queries, its page size and how to fetch a page. */
export interface PagedSource<P extends Paged<unknown>> {
  key: readonly unknown[];
  pageSize: number;
  fetch(offset: number, limit: number): Promise<P>;
}

export type RowOf<P> = P extends Paged<infer T> ? T : never;

export function pageQuery<P extends Paged<unknown>>(source: PagedSource<P>, index: number) {
  return queryOptions({
    queryKey: [...source.key, 'page', index],
    queryFn: () => source.fetch(index * source.pageSize, source.pageSize),
  });
}

/**
 * The rows `first..last` of a paged list: only the pages under them are fetched, each once, so
 * a list of thousands costs a request per page the user actually scrolls past (and a fling to
 * the end fetches the end, not everything before it).
 */
export function usePagedRows<P extends Paged<unknown>>(source: PagedSource<P>, first: number, last: number) {
  const size = source.pageSize;
  const pages: number[] = [];
  if (last >= first) {
    for (let p = Math.floor(first / size); p <= Math.floor(last / size); p++) pages.push(p);
  }
  const results = useQueries({
    queries: pages.map((p) => pageQuery(source, p)),
    combine: (answers) => answers.map((a) => a.data),
  });
  const loaded = new Map<number, P>();
  pages.forEach((p, i) => {
    const data = results[i];
    if (data) loaded.set(p, data);
  });
  return (index: number): RowOf<P> | undefined =>
    loaded.get(Math.floor(index / size))?.rows[index % size] as RowOf<P> | undefined;
}
