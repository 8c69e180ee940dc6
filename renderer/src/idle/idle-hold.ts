import { createContext, useContext, useEffect } from 'react';

/** Takes a hold on the idle reset; the returned function lets go of it. */
export type TakeIdleHold = () => () => void;

export const IdleHoldContext = createContext<TakeIdleHold>(() => () => {});

/**
 * Keeps the idle reset away while `active`: for what runs by itself with nobody touching (a guided
 * tour, a show mode), as a playing video does. The timer starts from nothing once every hold is gone.
 */
export function useIdleHold(active: boolean): void {
  const take = useContext(IdleHoldContext);
  useEffect(() => (active ? take() : undefined), [active, take]);
}
