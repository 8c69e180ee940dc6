import { useTranslation } from 'react-i18next';
import { monthEnd, monthStart } from '../../../../../electron/shared/dates';
import { DatePicker } from '../../../components/calendar/DatePicker';
import { today as todayOf } from '../../../lib/dates';
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
      return { preset, from: custom.from, to: custom.to };
  }
}

const PRESETS: readonly Preset[] = ['last12', 'thisYear', 'lastYear', 'lastMonth', 'custom'];

export function PeriodPicker(props: { value: Period; onChange: (p: Period) => void }) {
  const { value, onChange } = props;
  const { t } = useTranslation('library-desk');
  const today = todayOf();
  return (
    <div className="library-period">
      <Segmented<Preset>
        label={t('stats.period')}
        value={value.preset}
        onChange={(preset) => onChange(periodOf(preset, today, value))}
        options={PRESETS.map((p) => ({ value: p, label: t(`stats.presets.${p}`) }))}
      />
      {value.preset === 'custom' && (
        <div className="form-row library-period-dates">
          <DatePicker
            label={t('stats.from')}
            value={value.from}
            max={value.to}
            onChange={(from) => onChange({ ...value, from })}
          />
          <DatePicker
            label={t('stats.to')}
            value={value.to}
            min={value.from}
            onChange={(to) => onChange({ ...value, to })}
          />
        </div>
      )}
    </div>
  );
}
