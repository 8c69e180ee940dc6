import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KeyIcon, StarMark } from '../../components/icons';
import { AREAS, visibleAreas } from '../../features/registry';
import { useKioskInfo } from '../../lib/queries';
import { AreaTile } from './AreaTile';
import './home.css';

/** One large tile per area; until the first area arrives, a welcome that still looks meant. */
export function HomeScreen() {
  const { t } = useTranslation();
  const info = useKioskInfo().data;
  const areas = visibleAreas(AREAS, info?.areas ?? []);
  return (
    <div className="home">
      <div className="home-welcome">
        <h1>{t('home.welcome', { centre: info?.centreName ?? '' })}</h1>
        <p className="lead">{areas.length > 0 ? t('home.choose') : t('home.soon')}</p>
      </div>
      {areas.length > 0 ? (
        <ul className="tiles" aria-label={t('home.areas')}>
          {areas.map((area) => (
            <li key={area.id}>
              <AreaTile area={area} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="home-empty">
          <StarMark className="home-empty-star" />
          <p>{t('home.emptyText')}</p>
        </div>
      )}
      <div className="home-footer">
        <Link to="/staff" className="btn btn-quiet">
          <KeyIcon />
          {t('home.staff')}
        </Link>
      </div>
    </div>
  );
}
