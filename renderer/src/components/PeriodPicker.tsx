import { useTranslation } from 'react-i18next';
import { monthEnd, monthStart } from '../../../electron/shared/dates';
import { DatePicker } from './calendar/DatePicker';
import { today as todayOf } from '../lib/dates';
import { Segmented } from './Segmented';
import './period-picker.css';

export type Preset = 'thisMonth' | 'lastMonth' | 'last12' | 'thisYear' | 'lastYear' | 'custom';
export interface Period {
  preset: Preset;
  from: string;
  to: string;
}

/** The period a preset means today; `custom` keeps the dates given. */
export function periodOf(preset: Preset, today: string, custom: { from: string; to: string }): Period {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'thisMonth':
      return { preset, from: monthStart(today), to: today };
    case 'lastMonth':
      return { preset, from: monthStart(today, -1), to: monthEnd(monthStart(today, -1)) };
    case 'last12':
      return { preset, from: monthStart(today, -11), to: today };
    case 'thisYear':
      return { preset, from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { preset, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'custom':
      return { preset, from: custom.from, to: custom.to };
  }
}

/**
 * The period a staff screen's numbers cover: a row of presets (the screen chooses which) and, for
 * `custom`, two dates picked on the touch calendar, the end never before the start.
 */
export function PeriodPicker(props: {
  value: Period;
  onChange: (p: Period) => void;
  presets: readonly Preset[];
}) {
  const { value, onChange, presets } = props;
  const { t } = useTranslation();
  const today = todayOf();
  return (
    <div className="period-picker">
      <Segmented<Preset>
        label={t('period.label')}
        value={value.preset}
        onChange={(preset) => onChange(periodOf(preset, today, value))}
        options={presets.map((p) => ({ value: p, label: t(`period.presets.${p}`) }))}
      />
      {value.preset === 'custom' && (
        <div className="form-row period-picker-dates">
          <DatePicker
            label={t('period.from')}
            value={value.from}
            max={value.to}
            onChange={(from) => onChange({ ...value, from })}
          />
          <DatePicker
            label={t('period.to')}
            value={value.to}
            min={value.from}
            onChange={(to) => onChange({ ...value, to })}
          />
        </div>
      )}
    </div>
  );
}
