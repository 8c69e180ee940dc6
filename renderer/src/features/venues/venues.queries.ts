import { queryOptions } from '@tanstack/react-query';
import type { Availability, BoardEntry, Venue } from '../../../../electron/shared/venues.types';
import { invoke } from '../../lib/api';

/**
 * Venue booking's queries. Keys start with `venues`, the core domain, so a `data.changed` event (a
 * request made at another screen, a decision at the desk) refetches what is shown.
 */
export const venuesListQuery = queryOptions({
  queryKey: ['venues', 'list'],
  queryFn: (): Promise<Venue[]> => invoke('venues.list', {}),
});

export const dayAvailabilityQuery = (venueId: number, date: string) =>
  queryOptions({
    queryKey: ['venues', 'availability', venueId, date],
    queryFn: (): Promise<Availability> =>
      invoke('bookings.availability', { venueId, from: `${date}T00:00`, to: `${date}T23:59` }),
  });

/** A day's bookings for the door sign (one room) or the lobby board (every room). */
export const boardQuery = (date: string, venueId?: number) =>
  queryOptions({
    queryKey: ['venues', 'board', date, venueId ?? null],
    queryFn: (): Promise<BoardEntry[]> =>
      invoke('bookings.board', venueId === undefined ? { date } : { date, venueId }),
  });
