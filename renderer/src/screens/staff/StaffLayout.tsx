import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { holdsRole } from '../../../../electron/shared/roles';
import type { StaffRouteHandle } from '../../app/router';
import { SignOutIcon } from '../../components/icons';
import { invoke } from '../../lib/api';
import { keys, useMe } from '../../lib/queries';
import { SecurityNotice } from './SecurityNotice';
import { useStaffSections } from './use-staff-sections';
import './staff.css';

function isStaffHandle(handle: unknown): handle is StaffRouteHandle {
  return typeof handle === 'object' && handle !== null && 'role' in handle;
}

/** The staff area: the sections this person's roles open, and signing out. */
export function StaffLayout() {
  const { t } = useTranslation('staff');
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const staff = me.data?.staff ?? null;
  const sections = useStaffSections(staff?.roles ?? []);
  const needed = useMatches()
    .map((m) => m.handle)
    .filter(isStaffHandle)
    .at(-1)?.role;

  const signOut = useMutation({
    mutationFn: () => invoke('auth.signOut', {}),
    onSettled: async () => {
      // Committed at once (not in a transition), so this layout is gone before the session is
      // forgotten and its own redirect to sign-in never runs.
      await navigate('/home', { flushSync: true });
      queryClient.setQueryData(keys.me, { staff: null });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'kiosk' && q.queryKey[0] !== 'auth' });
    },
  });

  if (me.isPending) return <p role="status">{t('loading')}</p>;
  if (!staff) return <Navigate to="/staff/sign-in" replace />;

  return (
    <div className="staff">
      <nav className="staff-nav" aria-label={t('nav.label')}>
        <p className="staff-who">{t('nav.signedInAs', { name: staff.name, staffNo: staff.staffNo })}</p>
        <ul>
          {sections.map((s) => (
            <li key={s.path}>
              <NavLink to={`/staff/${s.path}`} className="staff-link">
                {s.title}
              </NavLink>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          <SignOutIcon />
          {t('nav.signOut')}
        </button>
      </nav>
      <div className="staff-content">
        {/* Asked again at each navigation (a staff action anyway), never on a timer: a poll would
            keep an idle session alive past its 10 minutes. */}
        {holdsRole(staff.roles, 'admin') && <SecurityNotice key={pathname} />}
        {needed && !holdsRole(staff.roles, needed) ? (
          <p className="notice notice-error" role="alert">
            {t('nav.forbidden')}
          </p>
        ) : (
          <Outlet />
        )}
      </div>
    </div>
  );
}
