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
import type { RequestDraft } from './request-draft';

/**
 * The first step: a day, then a time on it, among what the room still has free. Venue staff
 * (`asStaff`) may book without notice and up to a year ahead, as core lets them.
 */
export function TimeStep(props: {
  venue: Venue;
  draft: Pick<RequestDraft, 'date' | 'start' | 'end'>;
  change: (patch: Partial<RequestDraft>) => void;
  notice: string | null;
  asStaff?: boolean;
}) {
  const { draft, change, notice, asStaff = false } = props;
  const venue = asStaff
    ? { ...props.venue, rules: { ...props.venue.rules, minNoticeMinutes: 0 } }
    : props.venue;
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const now = wallTime(wallNow(new Date()));
  const today = now.slice(0, 10);
  const last = addDays(today, (asStaff ? SERIES_MAX_DAYS : venue.rules.maxDaysAhead) - 1);
  const { date } = draft;
  const taken = useQuery({ ...dayAvailabilityQuery(venue.id, date), enabled: date !== '' });
  const day = useQuery({
    queryKey: ['calendar', 'days', date],
    queryFn: () => invoke('calendar.days', { from: date, to: date }),
    enabled: date !== '',
  });
  const open = day.data?.days[0]?.open;
  const plan = taken.data ? dayPlan(venue, date, taken.data, now) : null;
  const chosen = draft.start && draft.end ? { start: draft.start, end: draft.end } : null;
  const tooShort =
    chosen !== null && toMinutes(chosen.end) - toMinutes(chosen.start) < venue.rules.minMinutes;

  return (
    <div className="venues-step">
      <h2>{t('request.timeStep')}</h2>
      {notice && (
        <p className="form-error" role="alert">
          {notice}
        </p>
      )}
      <DatePicker
        label={t('request.date')}
        value={date}
        min={today}
        max={last}
        hint={asStaff ? undefined : t('request.dateHint', { days: venue.rules.maxDaysAhead })}
        onChange={(d) => change({ date: d, start: '', end: '' })}
      />
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
          onChange={(range) => change({ start: range?.start ?? '', end: range?.end ?? '' })}
          from={plan.hours.start}
          to={plan.hours.end}
          step={30}
          busy={plan.busy}
          maxMinutes={venue.rules.maxMinutes}
        />
      )}
      {tooShort && (
        <p className="venues-status" role="status">
          {t('request.atLeast', { minutes: venue.rules.minMinutes })}
        </p>
      )}
      <button
        type="button"
        className="btn btn-primary btn-huge venues-next"
        disabled={!chosen || tooShort}
        onClick={() => change({ step: 'form' })}
      >
        {t('request.next')}
      </button>
    </div>
  );
}
