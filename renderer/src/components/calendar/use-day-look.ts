import { useTranslation } from 'react-i18next';
import type { CalendarDay, StatutoryDay } from '../../../../electron/shared/calendar.types';
import type { DayLook } from './MonthGrid';

/**
 * How a day of the centre's calendar shows on a month grid: a holiday's name or 班 under the
 * number, closed days in red, and in words for a screen reader why the day is open or closed.
 */
export function useDayLook(): {
  look: (day: CalendarDay) => DayLook;
  why: (day: CalendarDay) => string[];
} {
  const { t } = useTranslation();
  const holidayName = (s: StatutoryDay) =>
    s.id ? t(`calendar.holidays.${s.id}`, { defaultValue: s.name }) : s.name;

  const why = (day: CalendarDay): string[] => {
    const notes: string[] = [];
    const s = day.statutory;
    if (s?.kind === 'holiday') notes.push(t('calendar.notes.holiday', { name: holidayName(s) }));
    if (s?.kind === 'workday') notes.push(t('calendar.notes.workday', { name: holidayName(s) }));
    if (day.weeklyClosed) notes.push(t('calendar.notes.weekly'));
    if (day.override) {
      notes.push(t(day.override.status === 'closed' ? 'calendar.notes.closedBy' : 'calendar.notes.openBy'));
      if (day.override.reason) notes.push(t('calendar.notes.reason', { reason: day.override.reason }));
    }
    return notes;
  };

  const look = (day: CalendarDay): DayLook => {
    const s = day.statutory;
    const badge = day.override
      ? t(day.override.status === 'closed' ? 'calendar.badge.closed' : 'calendar.badge.open')
      : s?.kind === 'holiday'
        ? holidayName(s)
        : s?.kind === 'workday'
          ? t('calendar.badge.workday')
          : day.weeklyClosed
            ? t('calendar.badge.closed')
            : undefined;
    const tone = !day.open ? 'closed' : day.override ? 'open' : s?.kind === 'workday' ? 'workday' : undefined;
    return {
      ...(badge ? { badge } : {}),
      ...(tone ? { tone } : {}),
      marked: day.override !== null,
      notes: [t(day.open ? 'calendar.notes.open' : 'calendar.notes.closed'), ...why(day)],
    };
  };

  return { look, why };
}
