import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { setHubHandlers } from '../lib/api';
import { keys, queryClient, setUnauthenticatedHandler } from '../lib/queries';
import { endStaffSession, type SessionEnd } from '../lib/session-end';
import { ErrorBoundary } from './ErrorBoundary';
import { KioskSessionProvider } from './KioskSessionProvider';
import { routes } from './router';
import { useKioskEvents } from './use-kiosk-events';

// Hash URLs work the same on the HTTP host and on Electron's app:// protocol.
const router = createHashRouter(routes);

/**
 * Staff screens go back to sign-in, which says why (the recovery screen has its own way). The
 * session is forgotten first, then the screen left, with `flushSync` so that it is not left in a
 * transition with the staff screen still on show (the first visit to the lazy sign-in route still
 * is; the staff layout's own redirect then lands on sign-in, and the reason shows either way).
 */
async function backToSignIn(why: SessionEnd): Promise<void> {
  const { pathname } = router.state.location;
  if (!pathname.startsWith('/staff') || pathname === '/staff/sign-in') {
    queryClient.setQueryData(keys.me, { staff: null });
    return;
  }
  endStaffSession(why);
  await router.navigate('/staff/sign-in', { replace: true, flushSync: true });
}

export function App() {
  // Bumped by the idle reset: every screen and its state starts again from nothing.
  const [generation, setGeneration] = useState(0);
  const navigate = useCallback((to: string) => void router.navigate(to), []);
  const onReset = useCallback(() => setGeneration((g) => g + 1), []);
  const onRestored = useCallback(() => {
    void backToSignIn('restored').then(() => queryClient.invalidateQueries());
  }, []);

  useEffect(() => setUnauthenticatedHandler(() => void backToSignIn('expired')), []);
  useEffect(
    () =>
      setHubHandlers({
        // Pushes sent while the hub was away were missed: everything on screen is asked again.
        back: () => void queryClient.invalidateQueries(),
        // A refused stream: `kiosk.info` says whether this screen was unpaired.
        streamRefused: () => void queryClient.invalidateQueries({ queryKey: keys.info }),
      }),
    [],
  );
  useKioskEvents(onRestored);

  return (
    <QueryClientProvider client={queryClient}>
      <KioskSessionProvider navigate={navigate} onReset={onReset}>
        <ErrorBoundary outsideRouter>
          <RouterProvider key={generation} router={router} />
        </ErrorBoundary>
      </KioskSessionProvider>
    </QueryClientProvider>
  );
}
