import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useMatches } from 'react-router';
import { clearSessionEnd } from '../lib/session-end';
import { KeyboardDock } from '../components/keyboard/KeyboardDock';
import { KeyboardProvider } from '../components/keyboard/KeyboardProvider';
import { IdleProvider } from '../idle/IdleProvider';
import { useCentreName, useDeviceUnpaired, useKioskInfo } from '../lib/queries';
import type { FullScreenHandle } from '../features/registry';
import { PairingScreen } from '../screens/pairing/PairingScreen';
import { AdminExit } from './AdminExit';
import { ConnectionBanner } from './ConnectionBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { gateRedirect } from './gate';
import { useKioskSession } from './kiosk-session-context';
import { ServiceDown, Starting } from './StartScreens';
import { TopBar } from './TopBar';

const AREA_PATH = /^\/areas\/([^/]+)/;

/** The shell around every screen: the gate, the top bar, the keyboard, the idle timer, the exit corner. */
export function RootLayout() {
  const info = useKioskInfo();
  const unpaired = useDeviceUnpaired();
  const { pathname } = useLocation();
  const session = useKioskSession();
  const { trackArea, reset } = session;
  const attract = pathname === '/';
  const fullScreen = useMatches().some(
    (m) => (m.handle as Partial<FullScreenHandle> | undefined)?.fullScreen,
  );

  const area = AREA_PATH.exec(pathname)?.[1];
  useEffect(() => {
    if (area) trackArea(area);
  }, [area, trackArea]);

  // Why the last staff session ended is for the sign-in screen just after; once the kiosk is
  // back with visitors, the next person to open the staff entrance is not told it.
  const onStaffScreens = pathname.startsWith('/staff');
  useEffect(() => {
    if (!onStaffScreens) clearSessionEnd();
  }, [onStaffScreens]);

  const { t, i18n } = useTranslation();
  const centreName = useCentreName(i18n.language);
  useEffect(() => {
    if (centreName) document.title = centreName;
  }, [centreName]);

  const onIdle = useCallback(() => void reset(), [reset]);
  const { refetch } = info;
  const retry = useCallback(() => void refetch(), [refetch]);

  if (unpaired) {
    return (
      <KeyboardProvider>
        <PairingScreen />
        <KeyboardDock />
        <ConnectionBanner />
      </KeyboardProvider>
    );
  }
  // Once loaded, `kiosk.info` keeps its data when the hub is away: the screen stays as it is, with
  // the banner over it, and never falls back to this one.
  if (!info.data) return info.isError ? <ServiceDown retry={retry} /> : <Starting />;
  const redirect = gateRedirect(info.data, pathname);
  if (redirect) return <Navigate to={redirect} replace />;

  return (
    <KeyboardProvider>
      <IdleProvider
        enabled={!attract}
        idleSeconds={info.data.idleSeconds}
        countdownSeconds={info.data.countdownSeconds}
        onTimeout={onIdle}
      >
        <div className={attract ? 'shell shell-attract' : 'shell'}>
          {!attract && !fullScreen && <TopBar centreName={centreName} />}
          <main id="main" className="shell-main">
            {info.data.cannotSave && onStaffScreens && (
              // Staff are the ones whose changes would be lost: they are told before they make any.
              <p className="notice notice-error" role="alert">
                {t(info.data.cannotSave === 'storage_full' ? 'storage.full' : 'storage.readOnly')}
              </p>
            )}
            <ErrorBoundary resetKey={pathname}>
              <Outlet />
            </ErrorBoundary>
          </main>
        </div>
        <KeyboardDock />
        <AdminExit canExit={info.data.canExit} />
        <ConnectionBanner />
      </IdleProvider>
    </KeyboardProvider>
  );
}
