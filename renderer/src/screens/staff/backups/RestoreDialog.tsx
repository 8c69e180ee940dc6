import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../../electron/shared';
import { Dialog } from '../../../components/Dialog';
import { formatDateTime } from '../../../lib/format';

/** The one question before a restore: what happens to the current file, and to everyone signed in. */
export function RestoreDialog(props: {
  backup: BackupInfo;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { backup, busy, error, onConfirm, onCancel } = props;
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  const id = useId();
  return (
    <Dialog
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      onClose={busy ? undefined : onCancel}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {t('backups.confirmTitle', { when: formatDateTime(backup.createdAt, i18n.language) })}
      </h2>
      <div id={`${id}-text`}>
        <p className="dialog-text">{t('backups.confirmKept')}</p>
        <p className="dialog-text">{t('backups.confirmSignIn')}</p>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {busy && (
        <p className="notice" role="status">
          {t('backups.restoring')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-danger" onClick={onConfirm} disabled={busy}>
          {t('backups.confirm')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
          {common('actions.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
