import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../../electron/shared';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { saveExport } from '../../../lib/download';
import { useErrorText } from '../../../lib/error-text';
import { formatDateTime } from '../../../lib/format';

const MIN = 8;

/**
 * A backup sealed with a passphrase, typed twice, for a USB stick: the file is downloaded; the
 * passphrase is never kept. Without it the copy cannot be opened, so the dialog says so.
 */
export function SealDialog({
  backup,
  onDone,
}: {
  backup: BackupInfo;
  onDone: (fileName: string | null) => void;
}) {
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<'short' | 'mismatch' | null>(null);
  const seal = useMutation({
    mutationFn: () => invoke('backups.seal', { name: backup.name, passphrase }),
    onSuccess: (file) => {
      saveExport(file);
      onDone(file.fileName);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = passphrase.length < MIN ? 'short' : passphrase !== again ? 'mismatch' : null;
    setProblem(next);
    if (!next) seal.mutate();
  };
  return (
    <Dialog
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      onClose={seal.isPending ? undefined : () => onDone(null)}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="dialog-title">
          {t('backups.sealTitle', { when: formatDateTime(backup.createdAt, i18n.language) })}
        </h2>
        <p id={`${id}-text`} className="dialog-text">
          {t('backups.sealText')}
        </p>
        <TextField
          label={t('backups.passphrase')}
          hint={t('backups.passphraseHint', { min: MIN })}
          kind="code"
          name="backup-passphrase"
          value={passphrase}
          onChange={setPassphrase}
          maxLength={200}
          error={problem === 'short' ? t('backups.passphraseShort', { min: MIN }) : null}
        />
        <TextField
          label={t('backups.passphraseAgain')}
          kind="code"
          name="backup-passphrase-again"
          value={again}
          onChange={setAgain}
          maxLength={200}
          error={problem === 'mismatch' ? t('backups.passphraseMismatch') : null}
        />
        {seal.isError && (
          <p className="form-error" role="alert">
            {errorText(seal.error)}
          </p>
        )}
        {seal.isPending && (
          <p className="notice" role="status">
            {t('backups.sealing')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={seal.isPending}>
            {t('backups.sealConfirm')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={seal.isPending}
            onClick={() => onDone(null)}
          >
            {common('actions.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
