import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SERIES_MAX_DAYS, type Venue } from '../../../../../electron/shared/venues.types';
import { addDays } from '../../../../../electron/shared/dates';
import { wallNow, wallTime } from '../../../../../electron/shared/wall-time';
import { DatePicker } from '../../../components/calendar/DatePicker';
import { TimeRangePicker } from '../../../components/calendar/TimeRangePicker';
import { toMinutes } from '../../../components/calendar/time-slots';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { dayPlan } from '../day-slots';
import { dayAvailabilityQuery } from '../venues.queries';

export interface DayTime {
  date: string;
  start: string;
  end: string;
}

/** Whether a chosen time is shorter than the room allows. */
export const tooShortFor = (venue: Venue, when: DayTime) =>
  when.start !== '' &&
  when.end !== '' &&
  toMinutes(when.end) - toMinutes(when.start) < venue.rules.minMinutes;

/**
 * A day, then a time on it, among what the room still has free. Venue staff (`asStaff`) may book
 * from the quarter hour that has begun and up to a year ahead, as core lets them. `own`: the
 * booking being moved, whose own time is not in its way; `fixedDate`: only the time of day can
 * change (a series' dates).
 */
export function DayTimePicker(props: {
  venue: Venue;
  value: DayTime;
  onChange: (value: DayTime) => void;
  asStaff?: boolean;
  own?: { start: string; end: string };
  fixedDate?: boolean;
}) {
  const { venue, value, onChange, asStaff = false, own, fixedDate = false } = props;
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const now = wallTime(wallNow(new Date()));
  const today = now.slice(0, 10);
  const last = addDays(today, (asStaff ? SERIES_MAX_DAYS : venue.rules.maxDaysAhead) - 1);
  const { date } = value;
  const taken = useQuery({ ...dayAvailabilityQuery(venue.id, date), enabled: date !== '' });
  const day = useQuery({
    queryKey: ['calendar', 'days', date],
    queryFn: () => invoke('calendar.days', { from: date, to: date }),
    enabled: date !== '',
  });
  const open = day.data?.days[0]?.open;
  const busy = taken.data && {
    ...taken.data,
    busy: taken.data.busy.filter((b) => !(own && b.start === own.start && b.end === own.end)),
  };
  const plan = busy ? dayPlan(venue, date, busy, now, asStaff) : null;
  const chosen = value.start && value.end ? { start: value.start, end: value.end } : null;

  return (
    <>
      {!fixedDate && (
        <DatePicker
          label={t('request.date')}
          value={date}
          min={today}
          max={last}
          hint={asStaff ? undefined : t('request.dateHint', { days: venue.rules.maxDaysAhead })}
          onChange={(d) => onChange({ date: d, start: '', end: '' })}
        />
      )}
      {date !== '' && (taken.isPending || day.isPending) && (
        <p className="venues-status">{t('home.loading')}</p>
      )}
      {(taken.isError || day.isError) && <p className="form-error">{errorText(taken.error ?? day.error)}</p>}
      {open === false && <p className="venues-status">{t('request.centreClosed')}</p>}
      {open && plan && !plan.hours && <p className="venues-status">{t('request.roomShut')}</p>}
      {open && plan?.hours && (
        <TimeRangePicker
          key={date}
          label={t('request.time', { opens: plan.hours.start, closes: plan.hours.end })}
          value={chosen}
          onChange={(range) => onChange({ date, start: range?.start ?? '', end: range?.end ?? '' })}
          from={plan.hours.start}
          to={plan.hours.end}
          step={30}
          busy={plan.busy}
          maxMinutes={venue.rules.maxMinutes}
        />
      )}
      {tooShortFor(venue, value) && (
        <p className="venues-status" role="status">
          {t('request.atLeast', { minutes: venue.rules.minMinutes })}
        </p>
      )}
    </>
  );
}
