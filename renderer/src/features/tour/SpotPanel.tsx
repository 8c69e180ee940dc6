import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mediaUrl } from '../../../../electron/shared/media.types';
import { Dialog } from '../../components/Dialog';
import { invoke } from '../../lib/api';
import { pickText } from '../../lib/shown-text';
import { AREAS, linkPathOf } from '../registry';
import { useNextText, useStateText } from './Pin';
import { spotName } from './spot-name';
import type { TourSpot } from './tour-spots';

/** The rooms as the booking area lists them (its public contract): a room's capacity and photos. */
function useRoom(spot: TourSpot) {
  const room = spot.kind === 'room' && spot.link ? Number(spot.link.id) : null;
  const rooms = useQuery({
    queryKey: ['venues', 'list'],
    queryFn: () => invoke('venues.list', {}),
    enabled: room !== null,
  });
  return rooms.data?.find((v) => v.id === room) ?? null;
}

function Photos({ ids, name }: { ids: readonly string[]; name: string }) {
  const { t } = useTranslation('tour');
  if (ids.length === 0) return null;
  return (
    <ul className="tour-photos">
      {ids.slice(0, 6).map((id, i) => (
        <li key={id}>
          <img src={mediaUrl(id, 'screen')} alt={t('panel.photo', { name, n: i + 1 })} />
        </li>
      ))}
    </ul>
  );
}

const ACTION = {
  room: 'panel.book',
  shelf: 'panel.openShelf',
  exhibition: 'panel.openExhibition',
  link: 'panel.open',
} as const;

/**
 * A hotspot opened: a room with how it stands now, its capacity and photos and 预约 (the booking
 * request with the room chosen); a shelf or an exhibition with the way in; an information point
 * with its text and photos.
 */
export function SpotPanel({ spot, onClose }: { spot: TourSpot; onClose: () => void }) {
  const { t, i18n } = useTranslation('tour');
  const stateText = useStateText();
  const nextText = useNextText();
  const room = useRoom(spot);
  const name = spotName(spot, i18n.language, t(`kind.${spot.kind}`));
  const path = spot.link && !spot.gone ? linkPathOf(AREAS, spot.link) : null;
  const next = spot.state ? nextText(spot.state) : null;
  const info = spot.info ? pickText(spot.info.text, i18n.language) : null;
  return (
    <Dialog
      labelledBy="tour-spot-title"
      describedBy="tour-spot-text"
      onClose={onClose}
      className="tour-panel"
    >
      <p className="tour-panel-kind">{t(`kind.${spot.kind}`)}</p>
      <h2 id="tour-spot-title" className="dialog-title" lang={name.lang}>
        {name.text}
      </h2>
      <div id="tour-spot-text" className="dialog-text">
        {spot.state && (
          <p className={`tour-panel-state tour-tone-${spot.state.now}`}>
            <span className="tour-pin-dot" aria-hidden="true" />
            {stateText(spot.state)}
          </p>
        )}
        {next && <p>{next}</p>}
        {room && <p>{t('panel.capacity', { count: room.capacity })}</p>}
        {info && <p lang={info.fallback ? info.lang : undefined}>{info.text}</p>}
        {spot.gone && <p>{t('panel.gone')}</p>}
      </div>
      <Photos ids={room?.photos ?? spot.info?.photos ?? []} name={name.text} />
      <div className="dialog-actions">
        {path && spot.kind !== 'info' && (
          <Link to={path} className="btn btn-primary btn-large">
            {t(ACTION[spot.kind])}
          </Link>
        )}
        <button type="button" className="btn btn-secondary btn-large" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
    </Dialog>
  );
}
