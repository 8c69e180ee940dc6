import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays } from '../../../../../electron/shared/dates';
import type { Venue } from '../../../../../electron/shared/venues.types';
import { Segmented } from '../../../components/Segmented';
import { invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { roomName } from '../room-name';
import { ScreenHeader } from '../ScreenHeader';
import { useCentreClock } from '../use-centre-clock';
import { venuesPaths } from '../venues-paths';
import { venuesListQuery } from '../venues.queries';
import { roomDay, type RoomDay } from './free-grid';

const DAYS = 7;
type Span = 'today' | 'week';

/**
 * 空闲场地: which rooms are free today, hour by hour, and on each day of the week, with how many
 * hours; a tap on a free hour or day opens that room's request on that day. Taken means booked,
 * closed, or too soon for the notice a request needs, as the time picker shows it.
 */
export function FreeScreen() {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const now = useCentreClock();
  const today = now.slice(0, 10);
  const [span, setSpan] = useState<Span>('today');
  const dates = Array.from({ length: DAYS }, (_, i) => addDays(today, i));
  const venues = useQuery(venuesListQuery);
  const taken = useQuery({
    queryKey: ['venues', 'availability', 'all', today],
    queryFn: () =>
      invoke('bookings.availability', { from: `${today}T00:00`, to: `${addDays(today, DAYS)}T00:00` }),
  });
  const days = useQuery({
    queryKey: ['calendar', 'days', today, DAYS],
    queryFn: () => invoke('calendar.days', { from: today, to: addDays(today, DAYS - 1) }),
  });
  const failed = venues.error ?? taken.error ?? days.error;
  const ready = venues.data && taken.data && days.data;
  const dayOf = (v: Venue, date: string): RoomDay =>
    taken.data && days.data
      ? roomDay(v, date, taken.data, now, days.data.days.find((d) => d.date === date)?.open ?? false)
      : { open: false };
  const hours = (minutes: number) => minutes / 60;

  return (
    <section className="venues-screen" aria-labelledby="venues-free-title">
      <ScreenHeader
        title={<h1 id="venues-free-title">{t('free.title')}</h1>}
        lead={<p className="lead">{t('free.lead')}</p>}
      />
      <Segmented<Span>
        large
        label={t('free.span')}
        options={[
          { value: 'today', label: t('free.today') },
          { value: 'week', label: t('free.week') },
        ]}
        value={span}
        onChange={setSpan}
      />
      {failed && <p className="form-error">{errorText(failed)}</p>}
      {!ready && !failed && <p className="venues-status">{t('home.loading')}</p>}
      {ready && span === 'today' && (
        <div className="venues-free-scroll">
          <table className="venues-free">
            <caption>{formatDay(today, i18n.language, 'full')}</caption>
            <tbody>
              {venues.data.map((v) => {
                const day = dayOf(v, today);
                const name = roomName(v, i18n.language);
                return (
                  <tr key={v.id}>
                    <th scope="row">{name}</th>
                    {!day.open ? (
                      <td className="venues-free-shut">{t('free.shut')}</td>
                    ) : (
                      day.hours.map((h) => (
                        <td key={h.hour}>
                          {h.state === 'taken' ? (
                            <span className="venues-free-taken">
                              {h.hour}
                              <span className="visually-hidden"> {t('free.taken')}</span>
                            </span>
                          ) : (
                            <Link
                              to={venuesPaths.room(v.id, today)}
                              className={`venues-free-slot venues-free-${h.state}`}
                              aria-label={t(`free.${h.state}Hour`, { room: name, hour: h.hour })}
                            >
                              {h.hour}
                            </Link>
                          )}
                        </td>
                      ))
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {ready && span === 'week' && (
        <div className="venues-free-scroll">
          <table className="venues-free">
            <caption>{t('free.weekCaption')}</caption>
            <thead>
              <tr>
                <td />
                {dates.map((d) => (
                  <th key={d} scope="col">
                    {new Intl.DateTimeFormat(i18n.language, {
                      month: 'numeric',
                      day: 'numeric',
                      weekday: 'short',
                      timeZone: 'UTC',
                    }).format(new Date(`${d}T00:00:00Z`))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {venues.data.map((v) => {
                const name = roomName(v, i18n.language);
                return (
                  <tr key={v.id}>
                    <th scope="row">{name}</th>
                    {dates.map((d) => {
                      const day = dayOf(v, d);
                      return (
                        <td key={d}>
                          {!day.open ? (
                            <span className="venues-free-taken">{t('free.shut')}</span>
                          ) : day.freeMinutes === 0 ? (
                            <span className="venues-free-taken">{t('free.full')}</span>
                          ) : (
                            <Link
                              to={venuesPaths.room(v.id, d)}
                              className="venues-free-slot venues-free-free"
                              aria-label={t('free.dayFree', {
                                room: name,
                                date: formatDay(d, i18n.language, 'long'),
                                count: hours(day.freeMinutes),
                              })}
                            >
                              {t('free.hoursFree', { count: hours(day.freeMinutes) })}
                            </Link>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
