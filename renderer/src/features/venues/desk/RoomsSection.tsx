import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Venue } from '../../../../../electron/shared/venues.types';
import { weekdayName } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { venuesListQuery } from '../venues.queries';
import { BlackoutsPanel } from './BlackoutsPanel';
import { RoomForm } from './RoomForm';
import '../venues.css';

/**
 * 场地设置: the centre's rooms, each with its hours at a glance, to change or to add one; then the
 * closures (blackouts) to come, and a new one.
 */
export function Component() {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const venues = useQuery(venuesListQuery);
  const [open, setOpen] = useState<Venue | 'new' | null>(null);
  if (open !== null) return <RoomForm venue={open === 'new' ? null : open} onClose={() => setOpen(null)} />;
  const hoursOf = (v: Venue) =>
    v.hours.map((h) => `${weekdayName(h.weekday, i18n.language)} ${h.opens}–${h.closes}`).join('，');

  return (
    <div className="venues venues-desk">
      <div className="section-head">
        <h1>{t('staff.rooms')}</h1>
        <button type="button" className="btn btn-primary btn-large" onClick={() => setOpen('new')}>
          {t('rooms.add')}
        </button>
      </div>
      {venues.isError && <p className="form-error">{errorText(venues.error)}</p>}
      {venues.data?.length === 0 && <p className="venues-status">{t('rooms.none')}</p>}
      <ul className="venues-desk-list">
        {venues.data?.map((v) => (
          <li key={v.id} className="venues-desk-row">
            <div>
              <h2>{v.name}</h2>
              <p>{[v.floor, t('rooms.capacityOf', { count: v.capacity })].filter(Boolean).join(' · ')}</p>
              <p className="field-hint">{v.hours.length > 0 ? hoursOf(v) : t('rooms.neverOpen')}</p>
            </div>
            <button type="button" className="btn btn-secondary btn-large" onClick={() => setOpen(v)}>
              {t('rooms.edit')}
              <span className="visually-hidden"> {v.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {venues.data && <BlackoutsPanel venues={venues.data} />}
    </div>
  );
}
