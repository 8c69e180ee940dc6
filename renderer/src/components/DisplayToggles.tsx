import { useTranslation } from 'react-i18next';
import { useKioskSession } from '../app/kiosk-session-context';
import { ContrastIcon, TextSizeIcon } from './icons';

export function DisplayToggles() {
  const { t } = useTranslation();
  const { largeText, highContrast, choose } = useKioskSession();
  return (
    <div className="display-toggles" role="group" aria-label={t('display.label')}>
      <button
        type="button"
        className="btn btn-chip"
        aria-pressed={largeText}
        onClick={() => choose({ largeText: !largeText })}
      >
        <TextSizeIcon />
        {t('display.largeText')}
      </button>
      <button
        type="button"
        className="btn btn-chip"
        aria-pressed={highContrast}
        onClick={() => choose({ highContrast: !highContrast })}
      >
        <ContrastIcon />
        {t('display.highContrast')}
      </button>
    </div>
  );
}
