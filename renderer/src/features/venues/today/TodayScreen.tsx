import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { roomName } from '../room-name';
import { ScreenHeader } from '../ScreenHeader';
import { useCentreClock } from '../use-centre-clock';
import { boardQuery, venuesListQuery } from '../venues.queries';

/** The lobby board: today's events across the centre, by time, with their rooms. */
export function TodayScreen() {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const now = useCentreClock();
  const date = now.slice(0, 10);
  const venues = useQuery(venuesListQuery);
  const day = useQuery(boardQuery(date));
  const named = (venueId: number) => {
    const venue = venues.data?.find((v) => v.id === venueId);
    return venue ? roomName(venue, i18n.language) : '';
  };
  const events = (day.data ?? []).filter((e) => e.title !== null);
  return (
    <section className="venues-screen" aria-labelledby="venues-today-title">
      <ScreenHeader
        title={<h1 id="venues-today-title">{t('today.title')}</h1>}
        lead={<p className="lead">{formatDay(date, i18n.language, 'full')}</p>}
      />
      {day.isError && <p className="form-error">{errorText(day.error)}</p>}
      {day.data && events.length === 0 && <p className="venues-status">{t('door.nothingToday')}</p>}
      <ol className="venues-desk-list">
        {events.map((e) => (
          <li
            key={`${e.venueId}-${e.start}`}
            className={e.end <= now ? 'venues-desk-row venues-door-past' : 'venues-desk-row'}
          >
            <div className="venues-desk-text">
              <h2 className="venues-today-time">
                {e.start.slice(11)}–{e.end.slice(11)} {e.title}
              </h2>
              <p>
                {named(e.venueId)}
                {e.organiser && `${t('list.separator')}${e.organiser}`}
                {e.purpose && `${t('list.separator')}${t(`purposes.${e.purpose}`)}`}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
