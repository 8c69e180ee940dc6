import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useMe } from '../../lib/queries';
import { useSessionEnd } from '../../lib/session-end';
import { SignInForm } from './SignInForm';
import './staff.css';

export function SignInScreen() {
  const { t } = useTranslation('staff');
  const me = useMe();
  const navigate = useNavigate();
  const reason = useSessionEnd();
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
