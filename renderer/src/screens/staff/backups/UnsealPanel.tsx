import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../../../components/FilePicker';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { readAsBase64 } from '../../../lib/download';
import { useErrorText } from '../../../lib/error-text';
import { formatDateTime } from '../../../lib/format';

/**
 * A sealed backup brought back from a USB stick: the passphrase first, then the file. Opened and
 * sound, it joins the list as "from a USB stick" and is restored from there like any other.
 */
export function UnsealPanel() {
  const { t, i18n } = useTranslation('staff');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const open = useMutation({
    mutationFn: async (file: File) =>
      invoke('backups.unseal', { contentBase64: await readAsBase64(file), passphrase }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['backups'] }),
  });
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backups.unsealTitle')}</h2>
      <p>{t('backups.unsealText')}</p>
      <TextField
        label={t('backups.passphrase')}
        kind="code"
        name="backup-passphrase-open"
        value={passphrase}
        onChange={setPassphrase}
        maxLength={200}
      />
      <FilePicker
        accept=".hongyi-backup"
        disabled={open.isPending || passphrase === ''}
        onFile={(f) => open.mutate(f)}
      />
      {open.isPending && (
        <p className="notice" role="status">
          {t('backups.unsealing')}
        </p>
      )}
      {open.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('backups.unsealed', { when: formatDateTime(open.data.createdAt, i18n.language) })}
        </p>
      )}
      {open.isError && (
        <p className="form-error" role="alert">
          {errorText(open.error)}
        </p>
      )}
    </section>
  );
}
