/** Where each exhibitions screen lives; every link in the area is built here. */
const BASE = '/areas/exhibitions';

export const exhibitionsPaths = {
  home: BASE,
  timeline: `${BASE}/timeline`,
  search: (q?: string) => (q ? `${BASE}/search?${new URLSearchParams({ q }).toString()}` : `${BASE}/search`),
  exhibition: (id: number) => `${BASE}/${id}`,
  exhibit: (exhibitionId: number, uid: string) => `${BASE}/${exhibitionId}/exhibits/${uid}`,
  /** An exhibit known only by its uid (a link from another area): the screen finds its exhibition. */
  exhibitByUid: (uid: string) => `${BASE}/exhibits/${uid}`,
};

/** A route parameter as a positive id, or null (a hand-typed or stale URL). */
export function idParam(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

const UID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A route parameter as an exhibit's uid, or null. */
export function uidParam(value: string | undefined): string | null {
  return value !== undefined && UID.test(value) ? value.toLowerCase() : null;
}
