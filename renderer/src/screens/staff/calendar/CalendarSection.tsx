import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../../electron/shared/calendar.types';
import { monthEnd, monthStart } from '../../../../../electron/shared/dates';
import { MonthGrid } from '../../../components/calendar/MonthGrid';
import { useDayLook } from '../../../components/calendar/use-day-look';
import { invoke } from '../../../lib/api';
import { formatDay, formatMonth, today } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { DayEditor } from './DayEditor';
import { WeeklyClosing } from './WeeklyClosing';
import './calendar-section.css';
import { TableWrap } from '../../../components/TableWrap';

/** Keys start with `calendar`: a `data.changed` push for the calendar refetches them. */
export const calendarKeys = {
  month: (first: string) => ['calendar', 'days', first] as const,
};

/**
 * The centre's calendar for staff: a month with the statutory holidays, 调休 workdays and closed
 * days marked; a tap on a day opens what it is and lets staff close or open it. Below, the
 * month's closed days as a table, and the weekdays the centre closes every week.
 */
export function CalendarSection() {
  const { t, i18n } = useTranslation('staff');
  const errorText = useErrorText();
  const { look, why } = useDayLook();
  const [month, setMonth] = useState(() => monthStart(today()));
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const range = useQuery({
    queryKey: calendarKeys.month(month),
    queryFn: () => invoke('calendar.days', { from: month, to: monthEnd(month) }),
    placeholderData: keepPreviousData,
  });
  const data = range.data;
  const byDate = new Map<string, CalendarDay>(data?.days.map((d) => [d.date, d]));
  const closed = data?.days.filter((d) => !d.open) ?? [];
  const year = Number(month.slice(0, 4));
  const editingDay = editing ? byDate.get(editing) : undefined;

  return (
    <section aria-labelledby="calendar-title" className="centre-cal">
      <h1 id="calendar-title">{t('sections.calendar')}</h1>
      {data && <p className="lead">{t('calendar.intro', { last: data.statutoryYears.last })}</p>}
      {data && year > data.statutoryYears.last && <p className="notice">{t('calendar.beyond', { year })}</p>}
      {range.isError && (
        <p className="form-error" role="alert">
          {errorText(range.error)}
        </p>
      )}
      {saved && (
        <p className="notice notice-ok" role="status">
          {saved}
        </p>
      )}
      {!data && !range.isError && <p role="status">{t('loading')}</p>}
      {data && (
        <div className="centre-cal-body">
          <div className="centre-cal-main">
            <div className="panel">
              <MonthGrid
                month={month}
                headingLevel={2}
                onMonthChange={(m) => {
                  setSaved(null);
                  setMonth(m);
                }}
                look={(date) => {
                  const day = byDate.get(date);
                  return day ? look(day) : { disabled: true };
                }}
                onPick={(date) => {
                  setSaved(null);
                  setEditing(date);
                }}
              />
              <Legend />
            </div>
            <WeeklyClosing closedWeekdays={data.closedWeekdays} onSaved={setSaved} />
          </div>
          <div className="centre-cal-side">
            <TableWrap label={t('calendar.listCaption', { month: formatMonth(month, i18n.language) })}>
              <table className="table">
                <caption>{t('calendar.listCaption', { month: formatMonth(month, i18n.language) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('calendar.date')}</th>
                    <th scope="col">{t('calendar.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {closed.length === 0 && (
                    <tr>
                      <td colSpan={2}>{t('calendar.none')}</td>
                    </tr>
                  )}
                  {closed.map((d) => (
                    <tr key={d.date}>
                      <th scope="row" className="centre-cal-date">
                        {formatDay(d.date, i18n.language)}
                      </th>
                      <td>{why(d).join(t('audit.separator'))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </div>
        </div>
      )}
      {editingDay && (
        <DayEditor
          day={editingDay}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setSaved(message);
          }}
        />
      )}
    </section>
  );
}

function Legend() {
  const { t } = useTranslation('staff');
  const items: [string, string][] = [
    ['closed', t('calendar.legendClosed')],
    ['workday', t('calendar.legendWorkday')],
    ['open', t('calendar.legendOpen')],
  ];
  return (
    <ul className="centre-cal-legend" aria-label={t('calendar.legend')}>
      {items.map(([tone, text]) => (
        <li key={tone}>
          <span className="centre-cal-swatch" data-tone={tone} aria-hidden="true" />
          {text}
        </li>
      ))}
      <li>
        <span className="centre-cal-swatch" data-marked="" aria-hidden="true" />
        {t('calendar.legendMarked')}
      </li>
      <li>
        <span className="centre-cal-swatch centre-cal-today" aria-hidden="true">
          1
        </span>
        {t('calendar.legendToday')}
      </li>
    </ul>
  );
}
