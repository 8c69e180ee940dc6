import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, Venue } from '../../../../../electron/shared/venues.types';
import { formatDay } from '../../../lib/dates';
import { roomName } from '../room-name';

/** One booking as the desk lists it: what, where, when, who (with the whole phone number), and its actions. */
export function BookingRow(props: { booking: Booking; venues: readonly Venue[]; children: ReactNode }) {
  const { booking: b, venues, children } = props;
  const { t, i18n } = useTranslation('venues');
  const venue = venues.find((v) => v.id === b.venueId);
  const organiser = [b.organiser.company, b.organiser.branch].filter(Boolean).join(' · ');
  return (
    <li className="venues-desk-row">
      <div className="venues-desk-text">
        <h3>
          {b.title} <span className="venues-desk-purpose">{t(`purposes.${b.purpose}`)}</span>
        </h3>
        <p>
          {venue ? roomName(venue, i18n.language) : ''}
          {t('list.separator')}
          {t('request.when', {
            date: formatDay(b.start.slice(0, 10), i18n.language, 'full'),
            start: b.start.slice(11),
            end: b.end.slice(11),
          })}
        </p>
        <p>
          {organiser}
          {t('list.separator')}
          {t('desk.contact', { name: b.contactName, phone: b.contactPhone })}
          {t('list.separator')}
          {t('desk.headcount', { count: b.headcount })}
        </p>
        {b.notes && <p className="venues-desk-notes">{b.notes}</p>}
        <p className="venues-desk-ref">
          {t('done.ref')} {b.ref} · {t(`states.${b.status}`)}
          {b.seriesId !== null && ` · ${t('desk.inSeries')}`}
        </p>
      </div>
      <div className="venues-desk-actions">{children}</div>
    </li>
  );
}
