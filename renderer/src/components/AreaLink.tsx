import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LinkTarget } from '../../../electron/shared';
import { AREAS, linkPathOf } from '../features/registry';
import { invoke } from '../lib/api';

/**
 * A link into another area's content (`{ area, kind, id }`): the owning area gives the route, core
 * says whether the content still exists. A link to something gone says so and leads nowhere.
 */
export function AreaLink({
  target,
  className,
  children,
}: {
  target: LinkTarget;
  className?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const path = linkPathOf(AREAS, target);
  const resolved = useQuery({
    queryKey: [target.area, 'link', target.kind, target.id],
    queryFn: () => invoke('links.resolve', { targets: [target] }),
    enabled: path !== null,
  });
  const title = resolved.data?.[0]?.title;
  if (path === null || (resolved.isSuccess && title === null)) {
    return <span className="link-gone">{t('links.gone')}</span>;
  }
  return (
    <Link to={path} className={className ?? 'btn btn-secondary'}>
      {children ?? title ?? ''}
    </Link>
  );
}
