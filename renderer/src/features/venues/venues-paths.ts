/** Where each venue-booking screen lives; every link in the area is built here. */
const BASE = '/areas/venues';

export const venuesPaths = {
  home: BASE,
  /** A room's request; `date`: the day it opens on (a tap on the free-rooms screen). */
  room: (id: number, date?: string) => (date ? `${BASE}/rooms/${id}?date=${date}` : `${BASE}/rooms/${id}`),
  today: `${BASE}/today`,
  free: `${BASE}/free`,
  door: (id: number) => `/door/${id}`,
  status: (ref?: string) =>
    ref ? `${BASE}/status?${new URLSearchParams({ ref }).toString()}` : `${BASE}/status`,
};

/** A route parameter as a positive id, or null (a hand-typed or stale URL). */
export function idParam(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
