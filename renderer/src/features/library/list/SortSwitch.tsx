import { useTranslation } from 'react-i18next';

/** Two or three big buttons, one pressed: how the list is ordered. */
export function SortSwitch<S extends 'list' | 'pinyin' | 'popular'>(props: {
  value: S;
  options: readonly S[];
  onChange: (sort: S) => void;
}) {
  const { value, options, onChange } = props;
  const { t } = useTranslation('library');
  return (
    <div className="library-sort-switch" role="group" aria-label={t('sort.label')}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="btn btn-chip btn-large"
          aria-pressed={option === value}
          onClick={() => onChange(option)}
        >
          {option === 'list' ? t('sort.list') : option === 'pinyin' ? t('sort.pinyin') : t('sort.popular')}
        </button>
      ))}
    </div>
  );
}
