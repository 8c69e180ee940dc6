import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate, monthEnd, monthStart } from '../shared/dates';
import { Segmented } from '../../../components/Segmented';

export type Preset = 'last12' | 'thisYear' | 'lastYear' | 'lastMonth' | 'custom';
export interface Period {
  preset: Preset;
  from: string;
  to: string;
}

/** The period a preset means today; `custom` keeps the dates given. */
export function periodOf(preset: Preset, today: string, custom: { from: string; to: string }): Period {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'last12':
      return { preset, from: monthStart(today, -11), to: today };
    case 'thisYear':
      return { preset, from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { preset, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'lastMonth':
      return { preset, from: monthStart(today, -1), to: monthEnd(monthStart(today, -1)) };
    case 'custom':
      return { preset, ...custom };
  }
}

const PRESETS: readonly Preset[] = ['last12', 'thisYear', 'lastYear', 'lastMonth', 'custom'];

export function PeriodPicker(props: { value: Period; onChange: (p: Period) => void }) {
  const { value, onChange } = props;
  const { t } = useTranslation('library-desk');
  const fromId = useId();
  const toId = useId();
  const today = localDate();
  return (
    <div className="period">
      <Segmented<Preset>
        label={t('stats.period')}
        value={value.preset}
        onChange={(preset) => onChange(periodOf(preset, today, value))}
        options={PRESETS.map((p) => ({ value: p, label: t(`stats.presets.${p}`) }))}
      />
      {value.preset === 'custom' && (
        <div className="form-row period-dates">
          <div className="field">
            <label htmlFor={fromId} className="field-label">
              {t('stats.from')}
            </label>
            <input
              id={fromId}
              type="date"
              className="field-input"
              value={value.from}
              max={value.to}
              onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={toId} className="field-label">
              {t('stats.to')}
            </label>
            <input
              id={toId}
              type="date"
              className="field-input"
              value={value.to}
              min={value.from}
              onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })}
            />
          </div>
        </div>
      )}
    </div>
  );
}
