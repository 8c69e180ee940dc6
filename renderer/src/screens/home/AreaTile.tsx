import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { areaKey, type AreaModule } from '../../features/registry';

export function AreaTile({ area }: { area: AreaModule }) {
  const { t } = useTranslation();
  const { Icon, titleKey, subtitleKey } = area.tile;
  return (
    <Link to={`/areas/${area.id}`} className="tile">
      <Icon className="tile-icon" />
      <span className="tile-title">{t(areaKey(area.namespace, titleKey), { defaultValue: area.id })}</span>
      <span className="tile-subtitle">{t(areaKey(area.namespace, subtitleKey), { defaultValue: '' })}</span>
    </Link>
  );
}
