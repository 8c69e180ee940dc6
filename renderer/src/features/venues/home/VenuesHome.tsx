import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Venue } from '../../../../../electron/shared/venues.types';
import { useErrorText } from '../../../lib/error-text';
import { roomName } from '../room-name';
import { TicketIcon, VenueIcon } from '../venues-icons';
import { venuesPaths } from '../venues-paths';
import { venuesListQuery } from '../venues.queries';

function RoomCard({ venue }: { venue: Venue }) {
  const { t, i18n } = useTranslation('venues');
  const titleId = `venues-room-${venue.id}`;
  return (
    <li>
      <Link to={venuesPaths.room(venue.id)} className="venues-card" aria-labelledby={titleId}>
        <VenueIcon className="venues-card-icon" />
        <span className="venues-card-text">
          <h2 id={titleId}>{roomName(venue, i18n.language)}</h2>
          <span className="venues-card-meta">
            <span>{t('room.floor', { floor: venue.floor })}</span>
            <span>{t('room.capacity', { count: venue.capacity })}</span>
            <span>{t(venue.rules.needsApproval ? 'room.needsApproval' : 'room.instant')}</span>
          </span>
          {venue.equipment.length > 0 && (
            <span className="venues-card-equipment">
              {venue.equipment.map((e) => t(`equipment.${e}`)).join(t('list.separator'))}
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}

/** Venue booking's first screen: the rooms a visitor may ask for, and the way to a request's progress. */
export function VenuesHome() {
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const list = useQuery(venuesListQuery);
  return (
    <section className="venues-screen" aria-labelledby="venues-home-title">
      <header className="venues-welcome">
        <div>
          <h1 id="venues-home-title">{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
        </div>
        <nav className="venues-entries" aria-label={t('nav.home')}>
          <Link to={venuesPaths.free} className="btn btn-primary btn-huge">
            <VenueIcon />
            {t('nav.free')}
          </Link>
          <Link to={venuesPaths.today} className="btn btn-secondary btn-huge">
            <VenueIcon />
            {t('nav.today')}
          </Link>
          <Link to={venuesPaths.status()} className="btn btn-secondary btn-huge">
            <TicketIcon />
            {t('nav.status')}
          </Link>
        </nav>
      </header>
      {list.isPending && <p className="venues-status">{t('home.loading')}</p>}
      {list.isError && <p className="form-error">{errorText(list.error)}</p>}
      {list.data?.length === 0 && <p className="venues-status">{t('home.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="venues-cards" aria-label={t('home.list')}>
          {list.data.map((venue) => (
            <RoomCard key={venue.id} venue={venue} />
          ))}
        </ul>
      )}
    </section>
  );
}
