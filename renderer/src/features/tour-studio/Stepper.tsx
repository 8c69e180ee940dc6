import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const fit = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max);

/** A number set by touch: − and + buttons around its value (metres or degrees), kept within bounds. */
export function Stepper(props: {
  label: string;
  value: number;
  step: number;
  min: number;
  max: number;
  unit: string;
  onChange: (value: number) => void;
}) {
  const { label, value, step, min, max, unit, onChange } = props;
  const { t } = useTranslation('tour-studio');
  const id = useId();
  const set = (v: number) => onChange(Math.round(fit(v, min, max) * 100) / 100);
  return (
    <div className="tour-studio-stepper" role="group" aria-labelledby={id}>
      <span id={id} className="tour-studio-stepper-label">
        {label}
      </span>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={value <= min}
        aria-label={t('stepper.less', { label, step })}
        onClick={() => set(value - step)}
      >
        −
      </button>
      <output aria-live="polite">
        {value} {unit}
      </output>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={value >= max}
        aria-label={t('stepper.more', { label, step })}
        onClick={() => set(value + step)}
      >
        +
      </button>
    </div>
  );
}
