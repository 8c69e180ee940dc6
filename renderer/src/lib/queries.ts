import { QueryCache, QueryClient, MutationCache, queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { ApiFailure, invoke, reopenEvents } from './api';

/**
 * Query keys start with the domain they show (`kiosk`, `auth`, `staff`, ... and each area's own),
 * so a `data.changed` event for a domain refetches exactly its queries.
 */
export const keys = {
  info: ['kiosk', 'info'] as const,
  counters: ['kiosk', 'counters'] as const,
  me: ['auth', 'me'] as const,
};

export const kioskInfoQuery = queryOptions({
  queryKey: keys.info,
  queryFn: () => invoke('kiosk.info', {}),
  staleTime: Infinity,
});

/** The centre's name in the screen's language: the English form on an English screen, when set. */
export function useCentreName(language: string): string {
  const info = useQuery(kioskInfoQuery).data;
  if (!info) return '';
  return language === 'en' && info.centreNameEn.trim() !== '' ? info.centreNameEn : info.centreName;
}

let onUnauthenticated: () => void = () => {};

/** The shell decides where an expired staff session goes (back to sign-in). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

// Sticky until pairing succeeds: the pairing screen must not come and go with each refetch of a
// refused `kiosk.info` (a refetch without data passes through "pending"), nor lose what was typed.
let unpaired = false;
const unpairedListeners = new Set<() => void>();

function setUnpaired(value: boolean): void {
  if (unpaired === value) return;
  unpaired = value;
  unpairedListeners.forEach((listener) => listener());
}

function subscribeUnpaired(listener: () => void): () => void {
  unpairedListeners.add(listener);
  return () => unpairedListeners.delete(listener);
}

/** Whether the hub refused this screen as not paired (never on the hub's own screen or in Electron). */
export function useDeviceUnpaired(): boolean {
  return useSyncExternalStore(subscribeUnpaired, () => unpaired);
}

/** This screen is paired now: its event stream opens and everything it shows is fetched afresh. */
export async function devicePaired(): Promise<void> {
  setUnpaired(false);
  reopenEvents();
  await queryClient.invalidateQueries();
}

function watch(error: Error): void {
  if (!(error instanceof ApiFailure)) return;
  if (error.code === 'unauthenticated') onUnauthenticated();
  if (error.code === 'device_unpaired') setUnpaired(true);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: watch }),
  mutationCache: new MutationCache({ onError: watch }),
  defaultOptions: {
    queries: {
      // A refusal is an answer; only a service that did not answer is worth asking again.
      retry: (count, error) => error instanceof ApiFailure && error.code === 'internal' && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});

export function useKioskInfo() {
  return useQuery(kioskInfoQuery);
}

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => invoke('auth.me', {}), staleTime: 60_000 });
}

export function useCounters() {
  return useQuery({
    queryKey: keys.counters,
    queryFn: () => invoke('kiosk.counters', {}),
    refetchInterval: 60_000,
  });
}
