import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StarMark } from '../components/icons';

/** While the first `kiosk.info` is on its way: the emblem, calmly. */
export function Starting() {
  const { t } = useTranslation();
  return (
    <main className="starting">
      <StarMark className="starting-star" />
      <p role="status">{t('starting')}</p>
    </main>
  );
}

const RETRY_MS = 5000;

/** The kiosk service does not answer (it is restarting, or a restore is running): keep asking. */
export function ServiceDown({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setInterval(retry, RETRY_MS);
    return () => clearInterval(timer);
  }, [retry]);
  return (
    <main className="starting">
      <h1>{t('serviceDown.title')}</h1>
      <p className="lead">{t('serviceDown.text')}</p>
      <button type="button" className="btn btn-primary btn-large" onClick={retry}>
        {t('serviceDown.retry')}
      </button>
    </main>
  );
}
