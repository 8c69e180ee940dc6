import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { keys, queryClient, setUnauthenticatedHandler } from '../lib/queries';
import { ErrorBoundary } from './ErrorBoundary';
import { KioskSessionProvider } from './KioskSessionProvider';
import { routes } from './router';
import { useKioskEvents } from './use-kiosk-events';

// Hash URLs work the same on the HTTP host and on Electron's app:// protocol.
const router = createHashRouter(routes);

type SignInReason = 'expired' | 'restored';

/**
 * Staff screens go back to sign-in (the recovery screen has its own). The screen is left before
 * the session is forgotten, so no staff screen renders, or refetches, without one.
 */
async function backToSignIn(reason: SignInReason): Promise<void> {
  const { pathname } = router.state.location;
  if (pathname.startsWith('/staff') && pathname !== '/staff/sign-in') {
    await router.navigate('/staff/sign-in', { state: { reason } });
  }
  queryClient.setQueryData(keys.me, { staff: null });
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
