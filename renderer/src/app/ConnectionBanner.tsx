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
  // Only while offline: a status region always present would be one more on every screen.
  if (window.kiosk || online) return null;
  return createPortal(
    <p className="connection-banner" role="status">
      {t('connection.lost')}
    </p>,
    document.body,
  );
}
