import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/shared';
import { useKioskSession } from '../app/kiosk-session-context';

/** Each enabled language in its own name, so a visitor finds theirs whatever is on screen now. */
export function LanguageSwitch({ onChoose }: { onChoose?: (language: Language) => void }) {
  const { t } = useTranslation();
  const { language, languages, choose } = useKioskSession();
  if (languages.length < 2) return null;
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="btn btn-chip"
          aria-pressed={l === language}
          onClick={() => {
            choose({ language: l });
            onChoose?.(l);
          }}
        >
          {t(`language.names.${l}`)}
        </button>
      ))}
    </div>
  );
}
