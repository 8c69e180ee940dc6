import { useEffect } from 'react';
import { onKioskEvent } from '../lib/api';
import { queryClient } from '../lib/queries';

/** Pushes from core: settings apply live, changed data is refetched, a restore signs staff out. */
export function useKioskEvents(onRestored: () => void): void {
  useEffect(() => {
    const stop = [
      onKioskEvent('settings.changed', () => void queryClient.invalidateQueries({ queryKey: ['kiosk'] })),
      onKioskEvent(
        'data.changed',
        ({ domain }) => void queryClient.invalidateQueries({ queryKey: [domain] }),
      ),
      onKioskEvent('database.restored', onRestored),
    ];
    return () => stop.forEach((off) => off());
  }, [onRestored]);
}
