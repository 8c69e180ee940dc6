import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShelves } from './queries';

/** Picks a shelf; with `noneLabel`, "no shelf" is a choice too. */
export function ShelfSelect(props: {
  label: string;
  value: number | null;
  onChange: (shelfId: number | null) => void;
  noneLabel?: string;
  error?: string | null;
}) {
  const { label, value, onChange, noneLabel, error } = props;
  const { t } = useTranslation('library-desk');
  const shelves = useShelves();
  const id = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="field-input"
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="" disabled={!noneLabel}>
          {noneLabel ?? t('shelves.choose')}
        </option>
        {shelves.data?.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
