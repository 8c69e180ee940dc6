import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupInfo } from '../../../../../electron/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatDateTime } from '../../../lib/format';
import { BackupTable } from './BackupTable';
import { RestoreDialog } from './RestoreDialog';
import { SealDialog } from './SealDialog';
import { UnsealPanel } from './UnsealPanel';
import { useRestore } from './use-restore';

export function BackupsSection() {
  const { t, i18n } = useTranslation('staff');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const backups = useQuery({ queryKey: ['backups', 'list'], queryFn: () => invoke('backups.list', {}) });
  const create = useMutation({
    mutationFn: () => invoke('backups.create', {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['backups'] }),
  });
  const [sealing, setSealing] = useState<BackupInfo | null>(null);
  const [sealed, setSealed] = useState<string | null>(null);
  const restore = useRestore(async () => {
    await navigate('/staff/sign-in', { replace: true, flushSync: true });
  });

  return (
    <section aria-labelledby="backups-title">
      <div className="section-head">
        <h1 id="backups-title">{t('sections.backups')}</h1>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => create.mutate()}
          disabled={create.isPending}
        >
          {create.isPending ? t('backups.making') : t('backups.make')}
        </button>
      </div>
      <p className="lead">{t('backups.intro')}</p>
      {create.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('backups.made', { when: formatDateTime(create.data.createdAt, i18n.language) })}
        </p>
      )}
      {(create.isError || backups.isError) && (
        <p className="form-error" role="alert">
          {errorText(create.error ?? backups.error)}
        </p>
      )}
      {sealed && (
        <p className="notice notice-ok" role="status">
          {t('backups.sealed', { file: sealed })}
        </p>
      )}
      {backups.data && (
        <BackupTable
          backups={backups.data}
          onRestore={restore.pick}
          onSeal={(b) => {
            setSealed(null);
            setSealing(b);
          }}
        />
      )}
      <UnsealPanel />
      {sealing && (
        <SealDialog
          backup={sealing}
          onDone={(file) => {
            setSealing(null);
            setSealed(file);
          }}
        />
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
