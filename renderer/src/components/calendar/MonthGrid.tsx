import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { monthStart } from '../../../../electron/shared/dates';
import { formatDay, formatMonth, today as todayOf, weekdayName } from '../../lib/dates';
import { monthWeeks, WEEK } from './month-grid';
import './calendar.css';

/** How one day looks on the grid, besides its number. */
export interface DayLook {
  /** A word under the number: a holiday's name, 休, 班, 闭馆. */
  badge?: string;
  /** Read out after the date (the badge's long form). */
  notes?: readonly string[];
  /** Colours the day: closed (red), worked (dark), open by decision (green). */
  tone?: 'closed' | 'workday' | 'open';
  /** Shows a mark that staff decided this day. */
  marked?: boolean;
  disabled?: boolean;
}

/**
 * A month on a touch screen: seven big day buttons a row, Monday first, with the previous and
 * next month a tap away. Only dates between `min` and `max` can be picked.
 */
export function MonthGrid(props: {
  /** Any day of the month to show. */
  month: string;
  onMonthChange: (firstDay: string) => void;
  onPick: (date: string) => void;
  /** The chosen day, marked pressed; leave it out where a tap does not choose (an editor). */
  selected?: string | null;
  min?: string;
  max?: string;
  look?: (date: string) => DayLook | undefined;
  /** `h2`, `h3`: the month's title in the page's outline. */
  headingLevel?: 2 | 3;
}) {
  const { month, onMonthChange, onPick, selected, min, max, look, headingLevel = 3 } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const titleId = useId();
  const today = todayOf();
  const first = monthStart(month);
  const canBack = !min || monthStart(first, -1) >= monthStart(min);
  const canOn = !max || monthStart(first, 1) <= monthStart(max);
  const thisMonth = monthStart(today);
  const canToday =
    first !== thisMonth && (!min || thisMonth >= monthStart(min)) && (!max || thisMonth <= monthStart(max));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const separator = t('calendar.separator');

  return (
    <div className="cal">
      <div className="cal-head">
        <button
          type="button"
          className="btn btn-secondary cal-step"
          disabled={!canBack}
          aria-label={t('calendar.prevMonth')}
          onClick={() => onMonthChange(monthStart(first, -1))}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <Heading id={titleId} className="cal-title" aria-live="polite">
          {formatMonth(first, lang)}
        </Heading>
        <button
          type="button"
          className="btn btn-secondary cal-step"
          disabled={!canOn}
          aria-label={t('calendar.nextMonth')}
          onClick={() => onMonthChange(monthStart(first, 1))}
        >
          <span aria-hidden="true">›</span>
        </button>
        {canToday && (
          <button type="button" className="btn btn-quiet cal-now" onClick={() => onMonthChange(thisMonth)}>
            {t('calendar.thisMonth')}
          </button>
        )}
      </div>
      <table className="cal-grid" aria-labelledby={titleId}>
        <thead>
          <tr>
            {WEEK.map((w) => (
              <th key={w} scope="col" abbr={weekdayName(w, lang, 'long')}>
                {weekdayName(w, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(first).map((week, i) => (
            <tr key={i}>
              {week.map((date, j) => {
                if (date === null) return <td key={`blank-${j}`} />;
                const day = look?.(date);
                const outside = (min !== undefined && date < min) || (max !== undefined && date > max);
                const notes = [
                  formatDay(date, lang, 'full'),
                  ...(date === today ? [t('calendar.today')] : []),
                  ...(day?.notes ?? []),
                ];
                return (
                  <td key={date}>
                    <button
                      type="button"
                      className="cal-day"
                      data-tone={day?.tone}
                      data-today={date === today ? '' : undefined}
                      data-marked={day?.marked ? '' : undefined}
                      aria-pressed={selected === undefined ? undefined : selected === date}
                      aria-current={date === today ? 'date' : undefined}
                      aria-label={notes.join(separator)}
                      disabled={outside || day?.disabled}
                      onClick={() => onPick(date)}
                    >
                      <span className="cal-num" aria-hidden="true">
                        {Number(date.slice(8))}
                      </span>
                      {day?.badge && (
                        <span className="cal-badge" aria-hidden="true">
                          {day.badge}
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
