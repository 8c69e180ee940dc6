import { useTranslation } from 'react-i18next';
import type { ClcClass } from '../../../../../electron/shared/library.api';
import { CLC_CLASSES } from '../../../../../electron/shared/library.types';

/** The 22 top classes of the 中图法, each with its name: a volunteer need not know that D is politics. */
export function ClcPicker(props: { value: ClcClass | ''; onChange: (clc: ClcClass | '') => void }) {
  const { value, onChange } = props;
  const { t } = useTranslation('library-desk');
  return (
    <fieldset className="library-clc-picker">
      <legend>{t('title.clc')}</legend>
      <div className="library-clc-grid">
        <button
          type="button"
          className="btn library-clc-option"
          aria-pressed={value === ''}
          onClick={() => onChange('')}
        >
          {t('title.clcNone')}
        </button>
        {CLC_CLASSES.map((c) => (
          <button
            key={c}
            type="button"
            className="btn library-clc-option"
            aria-pressed={value === c}
            onClick={() => onChange(c)}
          >
            <span className="library-clc-letter">{c}</span>
            <span className="library-clc-name">{t(`clc.${c}`)}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
