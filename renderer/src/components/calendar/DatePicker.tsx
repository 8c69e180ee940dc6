import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, today } from '../../lib/dates';
import { Dialog } from '../Dialog';
import { CalendarIcon } from './CalendarIcon';
import { clampMonth } from './month-grid';
import { MonthGrid } from './MonthGrid';

/**
 * A date field for touch: it shows the chosen day in words, and a tap opens a month to pick from.
 * Never the browser's own date input, whose picker is small, in the system's language and opens
 * the operating system's keyboard on some kiosks.
 */
export function DatePicker(props: {
  label: string;
  /** YYYY-MM-DD, or '' for none yet. */
  value: string;
  onChange: (date: string) => void;
  min?: string;
  max?: string;
  hint?: string;
  error?: string | null;
}) {
  const { label, value, onChange, min, max, hint, error } = props;
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const valueId = useId();
  const hintId = useId();
  const errorId = useId();
  const titleId = useId();
  const [shown, setShown] = useState<string | null>(null);
  const close = () => setShown(null);
  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <span id={labelId} className="field-label">
        {label}
      </span>
      <button
        type="button"
        className="field-input cal-field"
        aria-haspopup="dialog"
        aria-labelledby={`${labelId} ${valueId}`}
        aria-describedby={described || undefined}
        onClick={() => setShown(clampMonth(value || today(), min, max))}
      >
        <span id={valueId} className={value ? undefined : 'cal-field-empty'}>
          {value ? formatDay(value, i18n.language, 'long') : t('calendar.choose')}
        </span>
        <CalendarIcon className="cal-field-icon" />
      </button>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {shown !== null && (
        <Dialog labelledBy={titleId} onClose={close} className="cal-dialog" overKeyboard>
          <h2 id={titleId} className="dialog-title">
            {label}
          </h2>
          <MonthGrid
            month={shown}
            onMonthChange={setShown}
            selected={value || null}
            min={min}
            max={max}
            onPick={(date) => {
              onChange(date);
              close();
            }}
          />
          <div className="dialog-actions">
            <button type="button" className="btn btn-secondary" onClick={close}>
              {t('actions.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
