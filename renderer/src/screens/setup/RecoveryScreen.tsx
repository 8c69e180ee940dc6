import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { holdsRole } from '../../../../electron/shared/roles';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { keys, useKioskInfo, useMe } from '../../lib/queries';
import { BackupTable } from '../staff/backups/BackupTable';
import { RestoreDialog } from '../staff/backups/RestoreDialog';
import { useRestore } from '../staff/backups/use-restore';
import { SignInForm } from '../staff/SignInForm';
import './setup.css';

/**
 * The database did not pass its check at start and was not opened, or it is missing while backups
 * are there (`kiosk.info`'s `recovery` says which). An admin signs in (PINs are
 * checked against the newest good backup) and picks a backup to restore.
 */
export function RecoveryScreen() {
  const { t } = useTranslation('setup');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const staff = useMe().data?.staff ?? null;
  const missing = useKioskInfo().data?.recovery === 'missing';
  const admin = staff !== null && holdsRole(staff.roles, 'admin');
  const backups = useQuery({
    queryKey: ['backups', 'list'],
    queryFn: () => invoke('backups.list', {}),
    enabled: admin,
  });
  const signOut = useMutation({
    mutationFn: () => invoke('auth.signOut', {}),
    onSettled: () => queryClient.setQueryData(keys.me, { staff: null }),
  });
  // After the restore the gate sees a sound database and leaves this screen by itself.
  const restore = useRestore(() => Promise.resolve());

  return (
    <section className="setup" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p className="lead">{t(missing ? 'recovery.introMissing' : 'recovery.intro')}</p>
      <p>{t('recovery.safe')}</p>
      {!staff && (
        <>
          <h2>{t('recovery.signIn')}</h2>
          <SignInForm />
        </>
      )}
      {staff && !admin && (
        <>
          <p className="form-error" role="alert">
            {t('recovery.adminOnly')}
          </p>
          <button type="button" className="btn btn-secondary" onClick={() => signOut.mutate()}>
            {t('recovery.signOut')}
          </button>
        </>
      )}
      {admin && (
        <>
          <h2>{t('recovery.pick')}</h2>
          {backups.isError && (
            <p className="form-error" role="alert">
              {errorText(backups.error)}
            </p>
          )}
          {backups.data && <BackupTable backups={backups.data} onRestore={restore.pick} />}
        </>
      )}
      {restore.picked && (
        <RestoreDialog
          backup={restore.picked}
          busy={restore.restore.isPending}
          error={restore.restore.isError ? errorText(restore.restore.error) : null}
          onConfirm={restore.confirm}
          onCancel={restore.cancel}
        />
      )}
    </section>
  );
}
