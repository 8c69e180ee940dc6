import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { hub } from '../lib/api';

/**
 * Says, calmly and over everything (dialogs and the keyboard too), that the hub does not answer
 * and that the screen is reconnecting. It takes no touch: the page under it stays as it was, with
 * whatever the visitor typed. Electron talks to its own core and never loses it.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(hub.subscribe, hub.online);
  if (window.kiosk) return null;
  // The live region stays in place, so that the sentence appearing in it is read out.
  return createPortal(
    <div role="status">{!online && <p className="connection-banner">{t('connection.lost')}</p>}</div>,
    document.body,
  );
}
