import { useEffect } from 'react';
import { invoke } from '../../../lib/api';

/**
 * Counts a visit to an exhibition once per opening (for the attract screen and the statistics).
 * A failure is ignored on purpose: counting must never get in a visitor's way.
 */
export function useCountVisit(id: number | null): void {
  useEffect(() => {
    if (id !== null) invoke('exhibitions.visited', { id }).catch(() => undefined);
  }, [id]);
}
