/** Where each reading-room screen lives; every link in the area is built here. */
const BASE = '/areas/library';

export const libraryPaths = {
  home: BASE,
  search: (q?: string) => (q ? `${BASE}/search?${new URLSearchParams({ q }).toString()}` : `${BASE}/search`),
  shelf: (id: number) => `${BASE}/shelves/${id}`,
  book: (id: number) => `${BASE}/books/${id}`,
  newArrivals: `${BASE}/new`,
  popular: `${BASE}/popular`,
  readingLists: `${BASE}/lists`,
  readingList: (id: number) => `${BASE}/lists/${id}`,
  selfService: `${BASE}/self-service`,
};

/** A route parameter as a positive id, or null (a hand-typed or stale URL). */
export function idParam(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
