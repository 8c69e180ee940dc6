import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../lib/queries';
import { SignInForm } from './SignInForm';
import './staff.css';

function reasonOf(state: unknown): 'expired' | 'restored' | null {
  if (typeof state !== 'object' || state === null || !('reason' in state)) return null;
  return state.reason === 'expired' || state.reason === 'restored' ? state.reason : null;
}

export function SignInScreen() {
  const { t } = useTranslation('staff');
  const me = useMe();
  const navigate = useNavigate();
  const reason = reasonOf(useLocation().state);
  if (me.data?.staff) return <Navigate to="/staff" replace />;
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {reason && (
        <p className="notice" role="status">
          {t(`signIn.reason.${reason}`)}
        </p>
      )}
      <SignInForm onSignedIn={() => void navigate('/staff', { replace: true })} />
    </section>
  );
}
