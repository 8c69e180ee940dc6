import { createContext, useContext, useEffect } from 'react';

export interface IdleApi {
  /** Holds the idle timer until the returned function is called. */
  pause: () => () => void;
}

export const IdleContext = createContext<IdleApi>({ pause: () => () => {} });

/**
 * Holds the idle timer while `active` (a video playing, a guided tour running): nobody touches the
 * screen then, yet someone is watching.
 */
export function useIdlePause(active: boolean): void {
  const { pause } = useContext(IdleContext);
  useEffect(() => (active ? pause() : undefined), [active, pause]);
}
