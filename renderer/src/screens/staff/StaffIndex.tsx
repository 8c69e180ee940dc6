import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe } from '../../lib/queries';
import { useStaffSections } from './use-staff-sections';

/** `/staff` opens the first section this person may use. */
export function StaffIndex() {
  const { t } = useTranslation('staff');
  const roles = useMe().data?.staff?.roles ?? [];
  const first = useStaffSections(roles)[0];
  if (first) return <Navigate to={`/staff/${first.path}`} replace />;
  return (
    <section aria-labelledby="staff-empty">
      <h1 id="staff-empty">{t('nav.emptyTitle')}</h1>
      <p className="lead">{t('nav.emptyText')}</p>
    </section>
  );
}
