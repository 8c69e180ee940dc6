import { useTranslation } from 'react-i18next';
import { MAX_OCCURRENCES } from '../../../../../electron/shared/venues.types';
import { TextField } from '../../../components/keyboard/TextField';
import { Segmented } from '../../../components/Segmented';
import { nthWeekday, REPEATS, type Repeat } from './repeat-rule';

/**
 * How a booking made at the desk repeats: once, every week, every other week or every month on
 * the same weekday (每月第一个周五), for a number of dates; named from the date chosen.
 */
export function RepeatField(props: {
  date: string;
  repeat: Repeat;
  count: string;
  countError: string | null;
  change: (patch: { repeat?: Repeat; count?: string }) => void;
}) {
  const { date, repeat, count, countError, change } = props;
  const { t, i18n } = useTranslation('venues');
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  const nth = t(`book.nth.${nthWeekday(date)}` as 'book.nth.1');
  return (
    <div className="venues-repeat">
      <p className="field-label" aria-hidden="true">
        {t('book.repeat')}
      </p>
      <Segmented<Repeat>
        label={t('book.repeat')}
        options={REPEATS.map((r) => ({ value: r, label: t(`book.repeats.${r}`, { weekday, nth }) }))}
        value={repeat}
        onChange={(r) => change({ repeat: r })}
      />
      {repeat !== 'none' && (
        <TextField
          label={t('book.count')}
          kind="digits"
          maxLength={2}
          hint={t('book.countHint', { max: MAX_OCCURRENCES })}
          value={count}
          onChange={(v) => change({ count: v })}
          error={countError}
        />
      )}
    </div>
  );
}
