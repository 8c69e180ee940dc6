import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { areaKey, type AreaModule } from '../../features/registry';

/**
 * A second tap that lands before the area has rendered would push its route again, and Back would
 * then need two taps: the tile checks the live address, not the one it was rendered with.
 */
function ignoreRepeat(target: string) {
  return (event: MouseEvent) => {
    if (window.location.hash === `#${target}`) event.preventDefault();
  };
}

export function AreaTile({ area }: { area: AreaModule }) {
  const { t } = useTranslation();
  const { Icon, titleKey, subtitleKey } = area.tile;
  const target = `/areas/${area.id}`;
  return (
    <Link to={target} className="tile" onClick={ignoreRepeat(target)}>
      <Icon className="tile-icon" />
      <span className="tile-title">{t(areaKey(area.namespace, titleKey), { defaultValue: area.id })}</span>
      <span className="tile-subtitle">{t(areaKey(area.namespace, subtitleKey), { defaultValue: '' })}</span>
    </Link>
  );
}
