import { useSyncExternalStore } from 'react';
import { keys, queryClient } from './queries';

/** Why a staff session ended under the person using it; the sign-in screen says so. */
export type SessionEnd = 'expired' | 'restored';

let current: SessionEnd | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Forgets the staff session in this window and remembers why until the next sign-in or reset.
 * The reason is kept here rather than in the navigation to sign-in: whichever comes first, the
 * staff layout's own redirect or the navigation, the sign-in screen shows it.
 */
export function endStaffSession(why: SessionEnd | null): void {
  current = why;
  listeners.forEach((listener) => listener());
  queryClient.setQueryData(keys.me, { staff: null });
}

export function clearSessionEnd(): void {
  if (current === null) return;
  current = null;
  listeners.forEach((listener) => listener());
}

export function useSessionEnd(): SessionEnd | null {
  return useSyncExternalStore(subscribe, () => current);
}
