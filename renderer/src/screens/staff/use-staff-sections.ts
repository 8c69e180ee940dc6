import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../../electron/shared';
import { holdsRole } from '../../../../electron/shared/roles';
import { AREAS, areaKey } from '../../features/registry';

export interface SectionLink {
  /** Relative to `/staff`. */
  path: string;
  title: string;
  role: StaffRole;
}

/**
 * The staff area's sections this person may open: the platform's, then each area's, then the
 * centre's calendar (areas follow it, so a librarian still starts at the desk).
 */
export function useStaffSections(roles: readonly StaffRole[]): SectionLink[] {
  const { t } = useTranslation('staff');
  const platform: SectionLink[] = [
    { path: 'settings', title: t('sections.settings'), role: 'admin' },
    { path: 'accounts', title: t('sections.accounts'), role: 'admin' },
    { path: 'backups', title: t('sections.backups'), role: 'admin' },
    { path: 'devices', title: t('sections.devices'), role: 'admin' },
    { path: 'audit', title: t('sections.audit'), role: 'admin' },
    { path: 'review', title: t('sections.review'), role: 'reviewer' },
  ];
  const areas = AREAS.flatMap((area) =>
    (area.staffSections ?? []).map((s) => ({
      path: `areas/${area.id}/${s.id}`,
      title: t(areaKey(area.namespace, s.titleKey), { defaultValue: s.id }),
      role: s.role,
    })),
  );
  const calendar: SectionLink = { path: 'calendar', title: t('sections.calendar'), role: 'librarian' };
  return [...platform, ...areas, calendar].filter((s) => holdsRole(roles, s.role));
}
